import asyncio
import time


def names(tasks):
    return sorted(task.get_name() for task in tasks)


async def main():
    start = time.perf_counter()
    tasks = [
        asyncio.create_task(asyncio.sleep(seconds), name=name) for name, seconds in (("a", 0.1), ("b", 0.2), ("c", 0.5))
    ]
    done, pending = await asyncio.wait(tasks, timeout=0.3)  # no TimeoutError: just two sets
    print(f"done {names(done)}, pending {names(pending)},", f"after {time.perf_counter() - start:.1f} s")
    for task in pending:
        task.cancel()


asyncio.run(main())
