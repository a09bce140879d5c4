import asyncio
import time


async def main():
    start = time.perf_counter()
    try:
        async with asyncio.timeout(0.1):
            time.sleep(0.4)  # blocks the loop: nothing can interrupt it
            print(f"blocking call returned after {time.perf_counter() - start:.1f} s")
            await asyncio.sleep(0.1)  # the loop runs again: now the timeout can act
    except TimeoutError:
        print(f"TimeoutError after {time.perf_counter() - start:.1f} s")


asyncio.run(main())
