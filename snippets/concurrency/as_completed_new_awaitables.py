import asyncio
import time


async def job(name, seconds):
    await asyncio.sleep(seconds)
    return name


async def main():
    start = time.perf_counter()
    tasks = [asyncio.create_task(job(n, s)) for n, s in (("a", 0.3), ("b", 0.1), ("c", 0.2))]
    for next_done in asyncio.as_completed(tasks):
        name = await next_done  # only the result tells you which job it was
        print(f"{name} after {time.perf_counter() - start:.1f} s,", "one of the tasks:", next_done in tasks)


asyncio.run(main())
