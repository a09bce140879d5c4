import asyncio


async def main():
    loop = asyncio.get_running_loop()
    good = loop.create_future()
    bad = loop.create_future()
    good.set_result(42)
    bad.set_exception(ValueError("no such user"))

    print("await good:", await good)
    try:
        await bad
    except ValueError as error:
        print("await bad: ValueError:", error)


asyncio.run(main())
