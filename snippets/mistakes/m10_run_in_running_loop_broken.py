import asyncio


async def fetch_price():
    await asyncio.sleep(0.1)
    return 42


def get_price():  # a synchronous helper, for example in a library
    return asyncio.run(fetch_price())


async def main():
    print("price:", get_price())  # called from async code: a loop is already running


asyncio.run(main())
