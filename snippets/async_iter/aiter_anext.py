import asyncio


async def letters():
    for letter in "ab":
        await asyncio.sleep(0.01)
        yield letter


async def main():
    iterator = aiter(letters())  # calls __aiter__
    print(await anext(iterator))  # awaits __anext__
    print(await anext(iterator))
    print(await anext(iterator, "empty"))  # the default instead of StopAsyncIteration
    try:
        await anext(iterator)
    except StopAsyncIteration:
        print("StopAsyncIteration")


asyncio.run(main())
