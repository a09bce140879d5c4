import asyncio


async def refresh():
    print("coroutine: refreshed")


def start_refresh():
    print("callback: starting refresh() as a task")
    asyncio.create_task(refresh())  # a callback cannot await, but it can start a task


async def main():
    loop = asyncio.get_running_loop()
    loop.call_soon(refresh)  # wrong: the loop calls refresh() and drops the coroutine
    await asyncio.sleep(0.1)
    loop.call_soon(start_refresh)
    await asyncio.sleep(0.1)


asyncio.run(main())
