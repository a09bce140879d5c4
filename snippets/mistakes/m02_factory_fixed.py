import asyncio

failures = [ConnectionError("connection reset")]  # the first attempt fails


async def fetch(url):
    await asyncio.sleep(0.1)
    if failures:
        raise failures.pop()
    return f"page from {url}"


async def retry(make_coro, times=3):
    for attempt in range(1, times + 1):
        try:
            return await make_coro()  # a fresh coroutine object for each attempt
        except ConnectionError as error:
            print(f"attempt {attempt}: {error}")


print(asyncio.run(retry(lambda: fetch("example.org"))))  # a function that makes the coroutine
