import asyncio


async def job(kind):
    print(f"{kind} task: started")
    await asyncio.sleep(0.1)


async def main():
    loop = asyncio.get_running_loop()
    normal = asyncio.create_task(job("normal"))
    print("main: after create_task (normal)")
    loop.set_task_factory(asyncio.eager_task_factory)
    eager = asyncio.create_task(job("eager"))
    print("main: after create_task (eager)")
    await normal
    await eager


asyncio.run(main())
