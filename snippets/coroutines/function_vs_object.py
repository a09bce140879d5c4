import asyncio
import inspect


async def greet(name):
    await asyncio.sleep(0.1)
    return f"hello, {name}"


async def main():
    coro = greet("world")  # runs nothing yet: it only creates a coroutine object
    print(inspect.iscoroutinefunction(greet), type(coro).__name__)
    print(await coro)  # now the body runs, up to its return value


asyncio.run(main())
