import asyncio


async def fetch_price():
    await asyncio.sleep(0.1)
    return 42


def get_price():  # a synchronous helper, for example in a library
    return asyncio.run(fetch_price())


async def main():
    print("awaited:", await fetch_price())  # in async code, await the coroutine itself
    # A synchronous helper you cannot change: a worker thread has no loop, so run() works there.
    print("in a thread:", await asyncio.to_thread(get_price))


asyncio.run(main())
