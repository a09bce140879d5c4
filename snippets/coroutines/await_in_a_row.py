import asyncio
import time


async def main():
    start = time.perf_counter()
    await asyncio.sleep(0.5)
    await asyncio.sleep(0.5)  # starts only after the first one has finished
    print(f"two awaits in a row: {time.perf_counter() - start:.1f} s")


asyncio.run(main())
