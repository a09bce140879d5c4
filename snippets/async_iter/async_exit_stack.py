import asyncio
from contextlib import AsyncExitStack, asynccontextmanager


@asynccontextmanager
async def connection(name):
    await asyncio.sleep(0.01)
    print(f"open {name}")
    try:
        yield name
    finally:
        print(f"close {name}")


async def main():
    names = ["db", "cache", "queue"]  # known only at run time
    async with AsyncExitStack() as stack:
        conns = [await stack.enter_async_context(connection(n)) for n in names]
        stack.callback(print, "plain callback")  # sync cleanup works too
        print(f"using {conns}")
    print("all closed, in reverse order")


asyncio.run(main())
