import asyncio


async def worker():
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError as error:
        print(f"worker: cancelled, args = {error.args}")
        print("worker: closing the connection")
        raise  # let the cancellation go on


async def main():
    task = asyncio.create_task(worker())
    await asyncio.sleep(0.1)
    task.cancel("shutting down")  # the message arrives as error.args[0]
    try:
        await task
    except asyncio.CancelledError:
        print(f"main: task.cancelled() = {task.cancelled()}")


asyncio.run(main())
