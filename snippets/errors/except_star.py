import asyncio


async def fail(error):
    # no await before the raise: every child fails before the group can cancel it
    raise error


async def main():
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(fail(ValueError("bad port")))
            tg.create_task(fail(KeyError("user")))
            tg.create_task(fail(ValueError("bad host")))
    except* ValueError as group:
        print("ValueErrors:", [str(e) for e in group.exceptions])
    except* KeyError as group:
        print("KeyErrors:", [repr(e) for e in group.exceptions])


asyncio.run(main())
