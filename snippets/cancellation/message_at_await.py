import asyncio


async def worker():
    await asyncio.sleep(1)


async def main():
    task = asyncio.create_task(worker())
    await asyncio.sleep(0.1)
    task.cancel("shutting down")
    try:
        await task
    except asyncio.CancelledError as error:
        print(f"main: args = {error.args}")  # () on Python 3.9 and 3.10


asyncio.run(main())
