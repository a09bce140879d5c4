import asyncio
import time
from concurrent.futures import ProcessPoolExecutor


def resize_image(seconds):  # stands for pure Python computing: `seconds` of CPU time
    end = time.process_time() + seconds
    while time.process_time() < end:
        pass


async def heartbeat(start):
    for _ in range(3):
        await asyncio.sleep(0.1)  # should tick every 0.1 s
        print(f"tick at {time.perf_counter() - start:.1f} s")


async def main(pool):
    start = time.perf_counter()
    beat = asyncio.create_task(heartbeat(start))
    await asyncio.sleep(0)  # the heartbeat starts its first sleep
    await asyncio.get_running_loop().run_in_executor(pool, resize_image, 0.3)  # another process
    await beat


if __name__ == "__main__":  # worker processes may import this module
    with ProcessPoolExecutor() as pool:
        asyncio.run(main(pool))
