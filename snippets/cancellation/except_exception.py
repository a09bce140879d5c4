import asyncio


async def poll():
    while True:
        try:
            await asyncio.sleep(0.1)
        except Exception as error:  # does not catch CancelledError
            print(f"poll: ignored {error!r}")


async def main():
    print("BaseException:", issubclass(asyncio.CancelledError, BaseException))
    print("Exception:", issubclass(asyncio.CancelledError, Exception))
    task = asyncio.create_task(poll())
    await asyncio.sleep(0.25)
    task.cancel()
    try:
        await task
    except asyncio.CancelledError:
        print("main: poll was cancelled")


asyncio.run(main())
