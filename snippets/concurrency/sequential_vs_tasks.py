import asyncio
import time


async def job_a():
    await asyncio.sleep(1)
    return "a"


async def job_b():
    await asyncio.sleep(3)
    return "b"


async def job_c():
    await asyncio.sleep(2)
    return "c"


async def main():
    start = time.perf_counter()
    results = [await job_a(), await job_b(), await job_c()]  # each waits for the one before
    print(f"sequential: {results} in {time.perf_counter() - start:.1f} s")

    start = time.perf_counter()
    tasks = [asyncio.create_task(job()) for job in (job_a, job_b, job_c)]  # all start now
    results = [await task for task in tasks]
    print(f"concurrent: {results} in {time.perf_counter() - start:.1f} s")


asyncio.run(main())
