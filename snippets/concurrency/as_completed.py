import asyncio
import time


async def job(name, seconds):
    await asyncio.sleep(seconds)
    return name


async def main():
    start = time.perf_counter()
    coros = [job("a", 0.1), job("b", 0.3), job("c", 0.2)]
    for next_done in asyncio.as_completed(coros):  # yields in finishing order
        name = await next_done
        print(name, f"at {time.perf_counter() - start:.1f} s")


asyncio.run(main())
