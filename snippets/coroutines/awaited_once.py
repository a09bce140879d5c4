import asyncio


async def fetch():
    await asyncio.sleep(0.1)
    return "data"


async def main():
    coro = fetch()
    print("first await:", await coro)
    try:
        await coro
    except RuntimeError as error:
        print("second await: RuntimeError:", error)
    print("new call:", await fetch())  # each call makes a fresh coroutine object


asyncio.run(main())
