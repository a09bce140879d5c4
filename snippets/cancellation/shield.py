import asyncio
import time

start = time.perf_counter()


async def save():
    await asyncio.sleep(0.3)
    print(f"save: finished at {time.perf_counter() - start:.1f} s")


async def handler(saving):
    await asyncio.shield(saving)  # cancelling handler does not cancel saving


async def main():
    saving = asyncio.create_task(save())  # keep a reference to the shielded task
    request = asyncio.create_task(handler(saving))
    await asyncio.sleep(0.1)
    request.cancel()
    try:
        await request
    except asyncio.CancelledError:
        print(f"handler: cancelled at {time.perf_counter() - start:.1f} s")
    await saving  # the inner task is still running; wait for it


asyncio.run(main())
