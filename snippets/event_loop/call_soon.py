import asyncio


def say(word):
    print("callback:", word)


async def main():
    loop = asyncio.get_running_loop()
    for word in ("one", "two", "three"):
        loop.call_soon(say, word)
    print("main: scheduled three callbacks, none has run yet")
    await asyncio.sleep(0)  # give control back to the loop for one pass
    print("main: resumed after them")


asyncio.run(main())
