import asyncio
import time
from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor

JOBS = 2


def burn(n):  # pure Python computing: 0.3 s of CPU time in the calling thread
    end = time.thread_time() + 0.3
    while time.thread_time() < end:
        pass


async def burn_async(n):
    burn(n)  # no await inside: nothing else runs meanwhile


async def burn_all_async():
    await asyncio.gather(*(burn_async(n) for n in range(JOBS)))


def burn_all_in(executor_class):
    with executor_class(max_workers=JOBS) as pool:
        list(pool.map(burn, range(JOBS)))


def timed(label, function, *args):
    start = time.perf_counter()
    function(*args)
    print(f"{label:<10} {time.perf_counter() - start:.1f} s")


if __name__ == "__main__":
    timed("sequential", lambda: [burn(n) for n in range(JOBS)])
    timed("threads", burn_all_in, ThreadPoolExecutor)
    timed("processes", burn_all_in, ProcessPoolExecutor)
    timed("asyncio", asyncio.run, burn_all_async())
