import asyncio
import time


async def main():
    start = time.perf_counter()
    await asyncio.gather(asyncio.sleep(0.5), asyncio.sleep(0.5))
    print(f"two sleeps of half a second, run together: {time.perf_counter() - start:.1f} s")


asyncio.run(main())
