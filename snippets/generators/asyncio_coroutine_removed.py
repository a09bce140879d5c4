import asyncio
import inspect
import types

try:
    asyncio.coroutine  # the old decorator for generator-based coroutines
except AttributeError as error:
    print("AttributeError:", error)


@types.coroutine  # still here: the low-level way to make a generator awaitable
def pause():
    yield


async def main():  # the modern way to write a coroutine
    await pause()
    return "done"


print(inspect.iscoroutinefunction(main), asyncio.run(main()))
