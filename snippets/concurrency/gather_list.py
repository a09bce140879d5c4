import asyncio
import time


async def fetch(page):
    await asyncio.sleep(0.2)
    return f"page {page}"


async def main():
    start = time.perf_counter()
    coros = [fetch(page) for page in range(1, 6)]
    results = await asyncio.gather(*coros)  # * unpacks the list into arguments
    print(results, f"in {time.perf_counter() - start:.1f} s")
    print(await asyncio.gather(*[]))  # an empty list is fine too


asyncio.run(main())
