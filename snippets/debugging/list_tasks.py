import asyncio


async def fetch(url):
    await asyncio.sleep(0.3)


async def crawl(urls):
    for url in urls:
        await fetch(url)


async def heartbeat():
    while True:
        await asyncio.sleep(0.2)


def awaits(coro):
    """The chain of coroutines that a suspended coroutine waits in."""
    names = []
    while asyncio.iscoroutine(coro):
        names.append(coro.__qualname__)
        coro = coro.cr_await
    return " -> ".join(names)


async def main():
    asyncio.create_task(crawl(["a", "b"]), name="crawler")
    asyncio.create_task(heartbeat(), name="heartbeat")
    await asyncio.sleep(0.1)
    others = asyncio.all_tasks() - {asyncio.current_task()}
    for task in sorted(others, key=lambda task: task.get_name()):
        frame = task.get_stack()[-1]
        print(f"{task.get_name()}: {task.get_coro().__qualname__}() at line {frame.f_lineno}")
        print(f"  awaits: {awaits(task.get_coro())}")


asyncio.run(main())
