import asyncio
import time


async def job(name, seconds):
    await asyncio.sleep(seconds)
    return name


async def main():
    start = time.perf_counter()
    async with asyncio.TaskGroup() as tg:  # waits for every task when the block ends
        tasks = [tg.create_task(job(n, s)) for n, s in (("a", 0.1), ("b", 0.3), ("c", 0.2))]
    print([t.result() for t in tasks], f"in {time.perf_counter() - start:.1f} s")


asyncio.run(main())
