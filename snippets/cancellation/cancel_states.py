import asyncio


async def job():
    print("job: started")
    await asyncio.sleep(1)


async def main():
    finished = asyncio.create_task(asyncio.sleep(0))
    await finished
    print("cancel a finished task:", finished.cancel())

    task = asyncio.create_task(job())
    print("cancel a pending task:", task.cancel())
    print("cancelled() right after cancel():", task.cancelled())
    try:
        await task
    except asyncio.CancelledError:
        print("await raised CancelledError")
    print("cancelled() after it ended:", task.cancelled())


asyncio.run(main())
