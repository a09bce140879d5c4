import asyncio
import time


async def main():
    start = time.perf_counter()
    try:
        async with asyncio.timeout(0.2):
            await asyncio.sleep(0.1)
            print(f"first step done after {time.perf_counter() - start:.1f} s")
            await asyncio.sleep(0.5)
            print("second step done")  # never printed
    except TimeoutError:
        print(f"TimeoutError after {time.perf_counter() - start:.1f} s")


asyncio.run(main())
