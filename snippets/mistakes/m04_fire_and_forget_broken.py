import asyncio


async def send(to):
    await asyncio.sleep(0.1)
    if to == "bob":
        raise ConnectionError("mail server down")
    print("sent to", to)


async def main():
    for to in ("ann", "bob"):
        asyncio.create_task(send(to), name=f"send to {to}")  # bug: no reference, never awaited
    await asyncio.sleep(0.2)
    print("main: all emails sent")  # main never learns about the failure


asyncio.run(main())
