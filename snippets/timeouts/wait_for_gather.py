import asyncio
import time


async def job(name, seconds, start):
    try:
        await asyncio.sleep(seconds)
        print(f"{name} finished after {time.perf_counter() - start:.1f} s")
    except asyncio.CancelledError:
        print(f"{name} cancelled after {time.perf_counter() - start:.1f} s")
        raise


async def main():
    start = time.perf_counter()
    jobs = [job("a", 0.1, start), job("b", 0.3, start), job("c", 0.5, start)]
    try:
        await asyncio.wait_for(asyncio.gather(*jobs), timeout=0.2)
    except asyncio.TimeoutError:
        print(f"TimeoutError after {time.perf_counter() - start:.1f} s")


asyncio.run(main())
