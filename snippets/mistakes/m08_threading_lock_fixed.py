import asyncio
import time

start = time.perf_counter()


async def write_report(name, lock):
    async with lock:  # waits without blocking the loop
        await asyncio.sleep(0.1)
    print(f"{name}: released the lock at {time.perf_counter() - start:.1f} s")


async def main():
    lock = asyncio.Lock()
    await asyncio.gather(write_report("a", lock), write_report("b", lock))


asyncio.run(main())
