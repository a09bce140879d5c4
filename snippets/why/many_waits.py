import asyncio
import threading
import time


async def wait():
    await asyncio.sleep(0.2)


async def main():
    start = time.perf_counter()
    await asyncio.gather(*(wait() for _ in range(2_000)))
    print(f"2,000 coroutines waited together: {time.perf_counter() - start:.1f} s")
    print("threads used:", threading.active_count())


asyncio.run(main())
