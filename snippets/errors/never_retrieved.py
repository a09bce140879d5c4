import asyncio


async def fetch():
    raise ConnectionError("server closed the connection")


async def main():
    task = asyncio.create_task(fetch(), name="fetch")
    await asyncio.sleep(0.1)  # the task fails; nobody awaits it
    print("dropping the last reference")
    del task  # the task is destroyed here, and its error is logged
    print("main goes on")


asyncio.run(main())
