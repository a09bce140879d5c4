import asyncio
import time

start = time.perf_counter()


async def sleeps_one_second():
    await asyncio.sleep(1)
    print(f"asyncio.sleep(1) done at {time.perf_counter() - start:.1f} s")


async def blocks_two_seconds():
    time.sleep(2)
    print(f"time.sleep(2) done at {time.perf_counter() - start:.1f} s")


async def main():
    await asyncio.gather(sleeps_one_second(), blocks_two_seconds())


asyncio.run(main())
