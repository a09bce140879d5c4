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


async def main(swallow):
    start = time.perf_counter()
    try:
        async with asyncio.timeout(0.3):
            await worker(swallow)
        print(f"swallow={swallow}: no error, block ended at {time.perf_counter() - start:.1f} s")
    except TimeoutError:
        print(f"swallow={swallow}: TimeoutError at {time.perf_counter() - start:.1f} s")


asyncio.run(main(swallow=True))
asyncio.run(main(swallow=False))
