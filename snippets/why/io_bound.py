import asyncio
import time
from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor

WAITS = 5


def wait(n):  # stands for a blocking network call of 0.2 s
    time.sleep(0.2)


async def wait_async(n):
    await asyncio.sleep(0.2)


async def wait_all_async():
    await asyncio.gather(*(wait_async(n) for n in range(WAITS)))


def wait_all_in(executor_class):
    with executor_class(max_workers=WAITS) as pool:
        list(pool.map(wait, range(WAITS)))


def timed(label, function, *args):
    start = time.perf_counter()
    function(*args)
    print(f"{label:<10} {time.perf_counter() - start:.1f} s")


if __name__ == "__main__":
    timed("sequential", lambda: [wait(n) for n in range(WAITS)])
    timed("threads", wait_all_in, ThreadPoolExecutor)
    timed("processes", wait_all_in, ProcessPoolExecutor)
    timed("asyncio", asyncio.run, wait_all_async())
