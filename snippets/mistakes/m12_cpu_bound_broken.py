import asyncio
import time


def resize_image(seconds):  # stands for pure Python computing: `seconds` of CPU time
    end = time.process_time() + seconds
    while time.process_time() < end:
        pass


async def heartbeat(start):
    for _ in range(3):
        await asyncio.sleep(0.1)  # should tick every 0.1 s
        print(f"tick at {time.perf_counter() - start:.1f} s")


async def main():
    start = time.perf_counter()
    beat = asyncio.create_task(heartbeat(start))
    await asyncio.sleep(0)  # the heartbeat starts its first sleep
    resize_image(0.3)  # CPU-bound work in async def: no other task runs meanwhile
    await beat


asyncio.run(main())
