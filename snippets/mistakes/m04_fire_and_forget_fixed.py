import asyncio


async def send(to):
    await asyncio.sleep(0.1)
    if to == "bob":
        raise ConnectionError("mail server down")
    print("sent to", to)


async def main():
    try:
        async with asyncio.TaskGroup() as group:  # holds the tasks and waits for them
            for to in ("ann", "bob"):
                group.create_task(send(to))
        print("main: all emails sent")
    except* ConnectionError as failed:
        print("main: not sent:", *failed.exceptions)


asyncio.run(main())
