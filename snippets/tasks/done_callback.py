import asyncio


def log_result(task):
    print(f"callback: {task.get_name()} finished with {task.result()!r}")


def unwanted(task):
    print("never printed")


async def job():
    await asyncio.sleep(0.1)
    print("job: returns")
    return "ok"


async def main():
    task = asyncio.create_task(job(), name="job-1")
    task.add_done_callback(log_result)
    task.add_done_callback(unwanted)
    print("removed callbacks:", task.remove_done_callback(unwanted))
    await task
    task.add_done_callback(log_result)  # already done: scheduled, not called at once
    print("main: added a callback to the finished task")
    await asyncio.sleep(0)


asyncio.run(main())
