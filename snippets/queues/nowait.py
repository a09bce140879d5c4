import asyncio


async def main():
    queue = asyncio.Queue(maxsize=3)
    for item in range(5):
        try:
            queue.put_nowait(item)  # never waits
        except asyncio.QueueFull:
            print(f"QueueFull: item {item} dropped")

    batch = []
    while True:
        try:
            batch.append(queue.get_nowait())  # never waits
        except asyncio.QueueEmpty:
            break
    print("batch:", batch)


asyncio.run(main())
