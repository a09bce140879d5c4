import asyncio


async def fail(error):
    # no await before the raise: every child fails before the group can cancel it
    raise error


async def main():
    async with asyncio.TaskGroup() as tg:
        tg.create_task(fail(ValueError("bad port")))
        tg.create_task(fail(ConnectionError("no route")))


asyncio.run(main())
