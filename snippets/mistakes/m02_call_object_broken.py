import asyncio


async def fetch(url):
    await asyncio.sleep(0.1)
    return f"page from {url}"


async def retry(make_coro, times=3):
    for attempt in range(1, times + 1):
        try:
            return await make_coro()  # calls what it was given, once per attempt
        except ConnectionError as error:
            print(f"attempt {attempt}: {error}")


print(asyncio.run(retry(fetch("example.org"))))  # bug: a coroutine object, not a function
