import asyncio
import time


async def main():
    loop = asyncio.get_running_loop()
    print("loop.time() follows time.monotonic():", abs(loop.time() - time.monotonic()) < 0.01)
    before = loop.time()
    await asyncio.sleep(0.2)
    print(f"slept for {loop.time() - before:.1f} s of loop time")


asyncio.run(main())
