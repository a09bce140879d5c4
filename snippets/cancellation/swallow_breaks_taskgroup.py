import asyncio
import time


async def worker(swallow):
    for _ in range(3):
        try:
            await asyncio.sleep(0.2)
        except asyncio.CancelledError:
            if not swallow:
                raise  # correct: let the cancellation go on
            # wrong: the cancellation stops here and the loop goes on


async def fail_soon():
    await asyncio.sleep(0.1)
    raise ValueError("failed")


async def main(swallow):
    start = time.perf_counter()
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(fail_soon())
            tg.create_task(worker(swallow))
    except ExceptionGroup:
        print(f"swallow={swallow}: group ended at {time.perf_counter() - start:.1f} s")


asyncio.run(main(swallow=True))
asyncio.run(main(swallow=False))
