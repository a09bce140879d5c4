import asyncio


async def save(name):
    await asyncio.sleep(0.1)
    if name.endswith(".tmp"):
        raise PermissionError(f"cannot write {name}")
    return name


async def main():
    names = ["a.txt", "b.tmp", "c.tmp"]
    tasks = [asyncio.create_task(save(name), name=name) for name in names]
    await asyncio.wait(tasks)  # waits for the tasks, but never raises their errors
    print("main: all files saved")


asyncio.run(main())
print("program ends")
