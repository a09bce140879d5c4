import asyncio


async def job():
    return "ok"


async def await_twice(name, awaitable):
    first = await awaitable
    try:
        second = await awaitable
    except RuntimeError as error:
        second = f"RuntimeError: {error}"
    print(f"{name}: {first}, then {second}")


async def main():
    future = asyncio.get_running_loop().create_future()
    future.set_result("ok")
    await await_twice("coroutine", job())
    await await_twice("task", asyncio.create_task(job()))
    await await_twice("future", future)
    print("Task is a subclass of Future:", issubclass(asyncio.Task, asyncio.Future))


asyncio.run(main())
