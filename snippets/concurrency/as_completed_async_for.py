import asyncio
import time


async def job(name, seconds):
    await asyncio.sleep(seconds)
    return f"result of {name}"


async def main():
    start = time.perf_counter()
    tasks = [
        asyncio.create_task(job(name, seconds), name=name) for name, seconds in (("a", 0.3), ("b", 0.1), ("c", 0.2))
    ]
    async for task in asyncio.as_completed(tasks):  # Python 3.13: yields the tasks themselves
        print(
            f"{task.get_name()}: {task.result()!r} after {time.perf_counter() - start:.1f} s,",
            "one of the tasks:",
            task in tasks,
        )


asyncio.run(main())
