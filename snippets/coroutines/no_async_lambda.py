import asyncio


async def double(x):
    await asyncio.sleep(0.1)
    return 2 * x


async def twice(make_coro):  # calls make_coro() for a fresh coroutine each time
    return [await make_coro(), await make_coro()]


async def main():
    for source in ("async lambda: await double(1)", "lambda: await double(1)"):
        try:
            compile(f"async def f():\n    g = {source}\n", "f.py", "exec")
        except SyntaxError as error:
            print(f"{source!r}: SyntaxError: {error.msg}")

    print(await twice(lambda: double(21)))  # a plain lambda that returns a coroutine object


asyncio.run(main())
