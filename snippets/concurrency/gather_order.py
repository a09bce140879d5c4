import asyncio
import time


async def job(name, seconds, start):
    await asyncio.sleep(seconds)
    print(f"{name} finished after {time.perf_counter() - start:.1f} s")
    return name


async def main():
    start = time.perf_counter()
    # a is the slowest and c the fastest: they finish in reverse order
    results = await asyncio.gather(job("a", 0.3, start), job("b", 0.2, start), job("c", 0.1, start))
    print(results)  # still in argument order


asyncio.run(main())
