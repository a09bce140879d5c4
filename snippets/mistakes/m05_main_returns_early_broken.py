import asyncio

saved = []


async def save(name, seconds):
    await asyncio.sleep(seconds)  # e.g. writing to a database
    saved.append(name)


async def main():
    jobs = {"a": 0.1, "b": 0.3, "c": 0.5}
    tasks = [asyncio.create_task(save(name, seconds)) for name, seconds in jobs.items()]
    await asyncio.sleep(0.2)  # main's own work
    print("main returns; tasks still running:", sum(not task.done() for task in tasks))


asyncio.run(main())
print("saved:", saved)
