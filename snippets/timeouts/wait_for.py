import asyncio
import time


async def download(start):
    try:
        await asyncio.sleep(0.5)
        return "data"
    except asyncio.CancelledError:
        print(f"download cancelled after {time.perf_counter() - start:.1f} s, cleaning up")
        raise


async def main():
    start = time.perf_counter()
    try:
        await asyncio.wait_for(download(start), timeout=0.2)
    except asyncio.TimeoutError:  # the same class as TimeoutError since Python 3.11
        print(f"TimeoutError after {time.perf_counter() - start:.1f} s")


asyncio.run(main())
