import asyncio
from contextlib import asynccontextmanager


@asynccontextmanager
async def connection(name):
    await asyncio.sleep(0.1)  # setup may await
    print(f"open {name}")
    try:
        yield name.upper()  # the value bound by "as"
    finally:
        await asyncio.sleep(0.1)  # cleanup may await too
        print(f"close {name}")


async def main():
    try:
        async with connection("db") as conn:
            print(f"using {conn}")
            raise ValueError("query failed")
    except ValueError as error:
        print(f"caught: {error}")


asyncio.run(main())
