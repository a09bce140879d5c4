import asyncio


async def fetch():
    await asyncio.sleep(0.1)
    raise ConnectionError("server closed the connection")


async def main():
    task = asyncio.create_task(fetch())
    await asyncio.sleep(0.2)  # the task fails meanwhile; nothing is raised here
    print("done:", task.done())
    print("stored:", repr(task.exception()))
    try:
        await task  # the stored exception is raised again here
    except ConnectionError as error:
        print("await raised:", repr(error))


asyncio.run(main())
