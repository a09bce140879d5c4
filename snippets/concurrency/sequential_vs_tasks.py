import asyncio
import time


async def job(name, seconds):
    await asyncio.sleep(seconds)
    return name


async def sequential():
    # each await starts only when the previous one has finished
    return [await job("a", 1), await job("b", 3), await job("c", 2)]


async def concurrent():
    # all three tasks are scheduled before the first await
    tasks = [asyncio.create_task(job(name, s)) for name, s in (("a", 1), ("b", 3), ("c", 2))]
    return [await task for task in tasks]


async def main():
    for variant in (sequential, concurrent):
        start = time.perf_counter()
        result = await variant()
        print(f"{variant.__name__}: {result} in {time.perf_counter() - start:.1f} s")


asyncio.run(main())
