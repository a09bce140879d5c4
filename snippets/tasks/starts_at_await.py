import asyncio


async def job():
    print("job: started")
    await asyncio.sleep(0.1)
    print("job: finished")


async def main():
    task = asyncio.create_task(job())
    print("main: task created, the job has not started")
    await asyncio.sleep(0)  # main yields: now the loop can start the task
    print("main: back, the job is waiting in its sleep")
    await task


asyncio.run(main())
