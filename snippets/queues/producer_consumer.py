import asyncio
import time


async def producer(queue, consumers):
    for item in range(6):
        await queue.put(item)
    for _ in range(consumers):
        await queue.put(None)  # one "no more work" marker per consumer


async def consumer(queue):
    handled = []
    while True:
        item = await queue.get()
        if item is None:
            return handled
        await asyncio.sleep(0.1)  # stands for processing the item
        handled.append(item)


async def main():
    for consumers in (1, 2):
        queue = asyncio.Queue()
        start = time.perf_counter()
        consuming = [consumer(queue) for _ in range(consumers)]
        _, *handled = await asyncio.gather(producer(queue, consumers), *consuming)
        elapsed = time.perf_counter() - start
        print(f"consumers: {consumers}  time: {elapsed:.1f} s  items:", *handled)


asyncio.run(main())
