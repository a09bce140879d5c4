import asyncio
import time


async def download(start):
    try:
        await asyncio.sleep(0.5)
    finally:
        await asyncio.sleep(0.2)  # a slow cleanup, for example closing a connection
        print(f"cleanup done after {time.perf_counter() - start:.1f} s")


async def main():
    start = time.perf_counter()
    try:
        await asyncio.wait_for(download(start), timeout=0.1)
    except asyncio.TimeoutError:
        print(f"TimeoutError after {time.perf_counter() - start:.1f} s")  # not after 0.1 s


asyncio.run(main())
