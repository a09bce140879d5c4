import asyncio


async def download():
    await asyncio.sleep(0.2)
    return "data"


async def start():
    return asyncio.create_task(download())


async def finish(task):
    return await task


with asyncio.Runner() as runner:
    task = runner.run(start())  # the task outlives this first run
    print("after run 1, task done:", task.done())
    print("run 2 awaits it:", runner.run(finish(task)))
    loop = runner.get_loop()
    print("same loop for both runs:", task.get_loop() is loop)
print("after the with block, loop closed:", loop.is_closed())
