import asyncio

background = set()  # strong references: the loop itself keeps only weak ones


async def send_email(to):
    await asyncio.sleep(0.1)
    print("sent to", to)


def fire_and_forget(coro):
    task = asyncio.create_task(coro)
    background.add(task)
    task.add_done_callback(background.discard)  # drop the reference when done (1)


async def main():
    for to in ("ann", "bob"):
        fire_and_forget(send_email(to))
    print("running in the background:", len(background))
    await asyncio.sleep(0.2)  # main does other work meanwhile
    print("left in the set:", len(background))


asyncio.run(main())
