import asyncio
import time


async def worker(queue):
    try:
        while True:
            item = await queue.get()
            await asyncio.sleep(0.2)
            print(f"handled item {item}")
            queue.task_done()
    except asyncio.QueueShutDown:
        print("worker stops: QueueShutDown")


async def main():
    queue = asyncio.Queue()
    for item in range(5):
        queue.put_nowait(item)
    task = asyncio.create_task(worker(queue))
    start = time.perf_counter()
    await asyncio.sleep(0.1)  # the worker is busy with item 0
    print("waiting items:", queue.qsize())
    queue.shutdown(immediate=True)  # drops the waiting items
    print("after shutdown(immediate=True):", queue.qsize())
    await queue.join()  # only the item in progress is left to finish
    print(f"join() returned at {time.perf_counter() - start:.1f} s")
    await task


asyncio.run(main())
