import asyncio
import time

start = time.perf_counter()


async def download():
    print("download: started")
    try:
        await asyncio.sleep(1)  # CancelledError is raised here
        print("download: finished")  # never runs
    finally:
        print(f"download: cleanup at {time.perf_counter() - start:.1f} s")


async def main():
    task = asyncio.create_task(download())
    await asyncio.sleep(0.2)
    task.cancel()
    try:
        await task
    except asyncio.CancelledError:
        print(f"main: task cancelled at {time.perf_counter() - start:.1f} s")


asyncio.run(main())
