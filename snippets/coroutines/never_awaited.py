import asyncio


async def save(item):
    print(f"saved {item}")


async def main():
    save("report")  # bug: the coroutine object is created and dropped
    await save("invoice")


asyncio.run(main())
