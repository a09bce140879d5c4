import asyncio
import time


async def job(name, seconds):
    await asyncio.sleep(seconds)
    return name


async def main():
    start = time.perf_counter()
    results = await asyncio.gather(job("a", 0.1), job("b", 0.3), job("c", 0.2))
    print(results, f"in {time.perf_counter() - start:.1f} s")  # argument order, not finish order


asyncio.run(main())
