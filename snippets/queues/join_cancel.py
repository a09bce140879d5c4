import asyncio
import time


async def worker(name, queue):
    while True:  # a worker never ends by itself
        item = await queue.get()
        await asyncio.sleep(0.1)
        print(f"{name} finished item {item}")
        queue.task_done()  # one task_done() for every get()


async def main():
    queue = asyncio.Queue()
    for item in range(4):
        queue.put_nowait(item)
    workers = [asyncio.create_task(worker(name, queue)) for name in ("A", "B")]
    start = time.perf_counter()
    await queue.join()  # waits until every item put in was marked done
    print(f"join() returned at {time.perf_counter() - start:.1f} s")
    for task in workers:
        task.cancel()  # they wait on an empty queue: stop them
    await asyncio.gather(*workers, return_exceptions=True)
    print("workers cancelled:", [task.cancelled() for task in workers])


asyncio.run(main())
