import asyncio


async def worker():
    print("worker runs in:", asyncio.current_task().get_name())
    await asyncio.sleep(0.1)


async def main():
    print("main runs in:", asyncio.current_task().get_name())
    tasks = [asyncio.create_task(worker(), name=f"worker-{n}") for n in (1, 2)]
    await asyncio.sleep(0)
    names = sorted(task.get_name() for task in asyncio.all_tasks())
    print("all_tasks():", names)
    for task in tasks:
        await task
    print("after the awaits:", [task.get_name() for task in asyncio.all_tasks()])


asyncio.run(main())
try:
    asyncio.current_task()
except RuntimeError as error:
    print("outside the loop: RuntimeError:", error)
