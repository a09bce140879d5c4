import asyncio


async def consumer(name, queue):
    try:
        while True:
            item = await queue.get()
            await asyncio.sleep(0.1)
            print(f"{name} handled item {item}")
    except asyncio.QueueShutDown:  # shut down and empty
        print(f"{name} stops: QueueShutDown")


async def main():
    queue = asyncio.Queue()
    consumers = [asyncio.create_task(consumer(name, queue)) for name in ("A", "B")]
    for item in range(3):
        await queue.put(item)
    queue.shutdown()  # no more puts; get() raises once the queue is empty
    try:
        await queue.put(3)
    except asyncio.QueueShutDown:
        print("put() after shutdown(): QueueShutDown")
    await asyncio.gather(*consumers)


asyncio.run(main())
