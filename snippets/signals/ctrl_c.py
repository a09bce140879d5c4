import asyncio
import os
import signal
import sys


async def saver(queue):
    try:
        while True:
            item = await queue.get()
            print("saver: saved", item)
            queue.task_done()
    finally:
        print("saver: cancelled")


async def main():
    queue = asyncio.Queue()
    saver_task = asyncio.create_task(saver(queue))
    loop = asyncio.get_running_loop()
    loop.call_later(0.2, os.kill, os.getpid(), signal.SIGINT)  # as if Ctrl-C were pressed
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:  # Ctrl-C cancels main only
        print("main: cancelled; saver still running:", not saver_task.done())
        queue.put_nowait("the last state")
        await queue.join()  # the loop still runs, and so does the saver
        print("main: cleanup finished")
        raise


try:
    asyncio.run(main())
except KeyboardInterrupt:
    print("asyncio.run raised KeyboardInterrupt")
    sys.exit(130)  # the usual exit status after Ctrl-C
