import asyncio


async def job():
    await asyncio.sleep(0.1)
    return "from the coroutine"


async def main():
    loop = asyncio.get_running_loop()
    future = loop.create_future()
    loop.call_later(0.1, future.set_result, "set by a callback")
    print("future:", await future)

    task = asyncio.create_task(job())
    try:
        task.set_result("forced")
    except RuntimeError as error:
        print("task: RuntimeError:", error)
    print("task:", await task)


asyncio.run(main())
