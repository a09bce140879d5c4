import asyncio
import time


async def producer(queue, start):
    most_waiting = 0
    for item in range(6):
        await queue.put(item)  # with maxsize: waits while the queue is full
        most_waiting = max(most_waiting, queue.qsize())
    print(f"  producer done at {time.perf_counter() - start:.1f} s, at most {most_waiting} items waiting")


async def consumer(queue, start):
    for _ in range(6):
        await queue.get()
        await asyncio.sleep(0.1)  # a slow consumer
    print(f"  consumer done at {time.perf_counter() - start:.1f} s")


async def main():
    for maxsize in (0, 2):  # 0: no limit
        print(f"maxsize={maxsize}")
        queue = asyncio.Queue(maxsize)
        start = time.perf_counter()
        await asyncio.gather(producer(queue, start), consumer(queue, start))


asyncio.run(main())
