import asyncio
import time


async def job(name, seconds):
    await asyncio.sleep(seconds)
    return name


async def main():
    start = time.perf_counter()
    a = asyncio.create_task(job("a", 0.1))
    b = asyncio.create_task(job("b", 0.3))
    c = asyncio.create_task(job("c", 0.2))
    print(await a, await b, await c, f"in {time.perf_counter() - start:.1f} s")


asyncio.run(main())
