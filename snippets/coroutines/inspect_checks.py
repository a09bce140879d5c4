import asyncio
import functools
import inspect


async def fetch(url):
    await asyncio.sleep(0.1)
    return url


def fetch_later(url):  # a plain function that returns a coroutine object
    return fetch(url)


functions = {"fetch": fetch, "partial(fetch)": functools.partial(fetch, "a"), "fetch_later": fetch_later}
for name, function in functions.items():
    print(f"iscoroutinefunction({name}): {inspect.iscoroutinefunction(function)}")

coro = fetch_later("b")  # check what a call returns, not the function
print(f"iscoroutine: {inspect.iscoroutine(coro)}, isawaitable: {inspect.isawaitable(coro)}")
print("result:", asyncio.run(coro))
