import asyncio


async def main():
    for queue_class in (asyncio.Queue, asyncio.LifoQueue, asyncio.PriorityQueue):
        queue = queue_class()
        for item in (3, 1, 2):
            await queue.put(item)
        got = [await queue.get() for _ in range(3)]
        print(f"{queue_class.__name__:<13} put 3, 1, 2  get {got}")


asyncio.run(main())
