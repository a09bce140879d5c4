import asyncio
import time
from concurrent.futures import ProcessPoolExecutor


def crunch(seconds):  # pure Python computing: `seconds` of CPU time in this process
    end = time.process_time() + seconds
    while time.process_time() < end:
        pass
    return seconds


async def two_jobs(max_workers):
    loop = asyncio.get_running_loop()
    start = time.perf_counter()
    with ProcessPoolExecutor(max_workers=max_workers) as pool:
        jobs = [loop.run_in_executor(pool, crunch, 0.3) for _ in range(2)]
        await asyncio.gather(*jobs)
    print(f"2 jobs, max_workers={max_workers}: {time.perf_counter() - start:.1f} s")


async def main():
    await two_jobs(max_workers=2)
    await two_jobs(max_workers=1)


if __name__ == "__main__":
    asyncio.run(main())
