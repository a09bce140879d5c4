import asyncio
import time


async def worker(uncancel):
    task = asyncio.current_task()
    async with asyncio.timeout(0.4):
        try:
            await asyncio.sleep(1)  # the first job; main asks to skip it
        except asyncio.CancelledError:
            print(f"  skip requested, cancelling() = {task.cancelling()}")
            if uncancel:
                task.uncancel()  # the request is handled: remove it
            print(f"  going on, cancelling() = {task.cancelling()}")
        await asyncio.sleep(1)  # the second job runs into the timeout


async def main(uncancel):
    start = time.perf_counter()
    task = asyncio.create_task(worker(uncancel))
    await asyncio.sleep(0.1)
    task.cancel()
    try:
        await task
    except (TimeoutError, asyncio.CancelledError) as error:
        elapsed = time.perf_counter() - start
        print(f"uncancel={uncancel}: {type(error).__name__} at {elapsed:.1f} s")


asyncio.run(main(uncancel=False))
asyncio.run(main(uncancel=True))
