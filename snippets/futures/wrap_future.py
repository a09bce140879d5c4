import asyncio
import concurrent.futures
import time


def blocking_job():
    time.sleep(0.3)
    return "from the thread"


async def ticker(start):
    for _ in range(2):
        await asyncio.sleep(0.1)
        print(f"loop is free at {time.perf_counter() - start:.1f} s")


async def main():
    start = time.perf_counter()
    with concurrent.futures.ThreadPoolExecutor() as pool:
        thread_future = pool.submit(blocking_job)  # a concurrent.futures.Future: not awaitable
        asyncio_future = asyncio.wrap_future(thread_future)
        print("wrapped is an asyncio.Future:", isinstance(asyncio_future, asyncio.Future))
        _, result = await asyncio.gather(ticker(start), asyncio_future)
    print(f"{result!r} after {time.perf_counter() - start:.1f} s")


asyncio.run(main())
