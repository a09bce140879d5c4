import asyncio
import time


async def ticks(count, interval):
    for number in range(count):
        await asyncio.sleep(interval)  # an async generator may await between values
        yield number


async def main():
    start = time.perf_counter()
    async for number in ticks(3, 0.2):
        print(f"tick {number} at {time.perf_counter() - start:.1f} s")


asyncio.run(main())
