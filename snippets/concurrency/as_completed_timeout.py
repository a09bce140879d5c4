import asyncio
import time


async def job(name, seconds, start):
    await asyncio.sleep(seconds)
    print(f"{name} finished after {time.perf_counter() - start:.1f} s")


async def main():
    start = time.perf_counter()
    coros = [job("a", 0.1, start), job("b", 0.5, start), job("c", 0.2, start)]
    try:
        for next_done in asyncio.as_completed(coros, timeout=0.3):
            await next_done
    except asyncio.TimeoutError:  # the same class as TimeoutError since Python 3.11
        print(f"TimeoutError after {time.perf_counter() - start:.1f} s")
    await asyncio.sleep(0.3)  # b was not cancelled: it still finishes


asyncio.run(main())
