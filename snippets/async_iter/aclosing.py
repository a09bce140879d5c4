import asyncio
from contextlib import aclosing


async def rows(name):
    try:
        for number in range(1, 10):
            await asyncio.sleep(0.01)
            yield number
    finally:
        print(f"{name}: cleanup")  # in a real program: close a connection


async def main():
    unclosed = rows("without aclosing")
    async for number in unclosed:
        print(f"without aclosing: got {number}")
        break  # the generator stays paused at its yield
    print("without aclosing: loop left")

    async with aclosing(rows("with aclosing")) as closed:
        async for number in closed:
            print(f"with aclosing: got {number}")
            break
    print("with aclosing: block left")  # aclose() has already run the finally block
    print("main ends")


asyncio.run(main())
