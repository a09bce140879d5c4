import asyncio
import time


async def worker(name, seconds, barrier, start):
    await asyncio.sleep(seconds)  # each worker gets ready at its own time
    print(f"{name} arrives at {time.perf_counter() - start:.1f} s")
    await barrier.wait()  # blocks until all 3 parties have arrived
    print(f"{name} passes at {time.perf_counter() - start:.1f} s")


async def main():
    barrier = asyncio.Barrier(3)
    start = time.perf_counter()
    await asyncio.gather(
        worker("a", 0.1, barrier, start),
        worker("b", 0.2, barrier, start),
        worker("c", 0.3, barrier, start),
    )


asyncio.run(main())
