import asyncio
import logging
import sys

logging.basicConfig(stream=sys.stdout, format="%(levelname)s %(message)s", level=logging.INFO)


def log_outcome(task):
    name = task.get_name()
    if task.cancelled():  # check first: exception() raises CancelledError on a cancelled task
        logging.warning("%s was cancelled", name)
    elif task.exception() is not None:  # this call also marks the error as retrieved
        logging.error("%s failed: %r", name, task.exception())
    else:
        logging.info("%s returned %r", name, task.result())


async def parse(text):
    await asyncio.sleep(0.1)
    return int(text)


async def main():
    tasks = [
        asyncio.create_task(parse("42"), name="parse-42"),
        asyncio.create_task(parse("abc"), name="parse-abc"),
        asyncio.create_task(asyncio.sleep(1), name="slow"),
    ]
    for task in tasks:
        task.add_done_callback(log_outcome)
    await asyncio.sleep(0.2)
    tasks[2].cancel()
    await asyncio.wait(tasks)  # wait() itself raises nothing


asyncio.run(main())
