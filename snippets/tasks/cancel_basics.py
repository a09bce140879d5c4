import asyncio


async def job():
    await asyncio.sleep(10)


async def main():
    task = asyncio.create_task(job())
    await asyncio.sleep(0.1)
    print("cancel():", task.cancel())
    await asyncio.sleep(0)  # the loop delivers CancelledError inside job()
    print("done():", task.done(), "cancelled():", task.cancelled())
    for method in (task.result, task.exception):
        try:
            method()
        except asyncio.CancelledError:
            print(f"{method.__name__}() raises CancelledError")


asyncio.run(main())
