import asyncio
import traceback


async def parse(text):
    await asyncio.sleep(0.1)
    return int(text)  # raises ValueError for "four"


async def total(texts):
    result = 0
    for text in texts:
        result += await parse(text)  # the return value of parse arrives here
    return result


async def main():
    print("total:", await total(["1", "2"]))
    try:
        await total(["3", "four"])
    except ValueError as error:  # raised in parse, passed up through each await
        print("caught in main:", error)
        print("through:", [frame.name for frame in traceback.extract_tb(error.__traceback__)])


asyncio.run(main())
