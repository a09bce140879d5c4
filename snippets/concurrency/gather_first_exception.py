import asyncio
import time


async def job(name, seconds, start):
    await asyncio.sleep(seconds)
    if name == "a":
        raise ValueError("a failed")
    print(f"{name} finished after {time.perf_counter() - start:.1f} s")


async def main():
    start = time.perf_counter()
    try:
        await asyncio.gather(job("a", 0.1, start), job("b", 0.2, start), job("c", 0.3, start))
    except ValueError as error:
        print(f"gather raised {error!r} after {time.perf_counter() - start:.1f} s")
    await asyncio.sleep(0.3)  # meanwhile b and c keep running: nobody cancelled them


asyncio.run(main())
