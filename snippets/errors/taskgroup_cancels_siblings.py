import asyncio
import time

start = time.perf_counter()


async def fail_soon():
    await asyncio.sleep(0.1)
    raise ValueError("bad data")


async def slow():
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError:
        print(f"slow: cancelled at {time.perf_counter() - start:.1f} s")
        raise


async def main():
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(fail_soon())
            tg.create_task(slow())
    except ExceptionGroup as group:
        print(f"group: {group} at {time.perf_counter() - start:.1f} s")
        print("inside:", repr(group.exceptions))


asyncio.run(main())
