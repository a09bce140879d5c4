import multiprocessing
import time


def crunch(seconds):  # pure Python computing: `seconds` of CPU time in this process
    end = time.process_time() + seconds
    while time.process_time() < end:
        pass
    return seconds


if __name__ == "__main__":  # worker processes may import this module
    start = time.perf_counter()
    results = [crunch(0.3), crunch(0.3)]
    print(f"one after another: {time.perf_counter() - start:.1f} s {results}")

    start = time.perf_counter()
    with multiprocessing.Pool(processes=2) as pool:
        results = pool.map(crunch, [0.3, 0.3])
    print(f"multiprocessing.Pool: {time.perf_counter() - start:.1f} s {results}")
