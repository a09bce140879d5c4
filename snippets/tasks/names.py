import asyncio


async def job():
    await asyncio.sleep(0.1)


async def main():
    print("main runs as:", asyncio.current_task().get_name())
    unnamed = asyncio.create_task(job())
    named = asyncio.create_task(job(), name="fetch-users")
    print("default name:", unnamed.get_name())
    print("given name:", named.get_name())
    unnamed.set_name("fetch-orders")
    print("renamed:", unnamed.get_name())
    await unnamed
    await named


asyncio.run(main())
