import asyncio


async def main():
    try:
        async with asyncio.open("notes.txt") as file:  # asyncio has no open()
            print(await file.read())
    except AttributeError as error:
        print("AttributeError:", error)
    try:
        await asyncio.sleep(0.1, loop=asyncio.get_running_loop())  # loop= was removed in Python 3.10
    except TypeError as error:
        print("TypeError:", error)
    try:
        asyncio.coroutine  # the old decorator, removed in Python 3.11
    except AttributeError as error:
        print("AttributeError:", error)


asyncio.run(main())
