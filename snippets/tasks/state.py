import asyncio


async def job():
    await asyncio.sleep(0.1)
    return 42


async def main():
    task = asyncio.create_task(job())
    print("done:", task.done())
    try:
        task.result()
    except asyncio.InvalidStateError as error:
        print("result() too early: InvalidStateError:", error)
    await asyncio.sleep(0.2)  # the task finishes meanwhile
    print("done:", task.done())
    print("result():", task.result())
    print("exception():", task.exception())


asyncio.run(main())
