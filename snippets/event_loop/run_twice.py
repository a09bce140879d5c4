import asyncio


async def download():
    await asyncio.sleep(0.2)
    return "data"


async def start():
    return asyncio.create_task(download())


task = asyncio.run(start())  # the first asyncio.run cancels the task on exit
print("after run 1, task cancelled:", task.cancelled())
