import asyncio


class Ready:
    """Any object whose __await__ returns an iterator can be awaited."""

    def __await__(self):
        return asyncio.sleep(0.1, result="custom awaitable").__await__()


async def main():
    loop = asyncio.get_running_loop()
    future = loop.create_future()
    loop.call_later(0.1, future.set_result, "future")
    task = asyncio.create_task(asyncio.sleep(0.1, result="task"))

    print(await asyncio.sleep(0.1, result="coroutine"))
    print(await task)
    print(await future)
    print(await Ready())


asyncio.run(main())
