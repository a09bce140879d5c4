import asyncio
import os
import signal
import sys


async def fetch(url):
    await asyncio.sleep(0.3)


async def crawl(urls):
    for url in urls:
        await fetch(url)


def dump_tasks():
    for task in sorted(asyncio.all_tasks(), key=lambda task: task.get_name()):
        task.print_stack(file=sys.stdout)


async def main():
    # POSIX only: `kill -USR1 <pid>` from a shell prints every task's stack.
    asyncio.get_running_loop().add_signal_handler(signal.SIGUSR1, dump_tasks)
    crawler = asyncio.create_task(crawl(["a", "b"]), name="crawler")
    await asyncio.sleep(0.1)
    os.kill(os.getpid(), signal.SIGUSR1)  # as if sent from a shell
    await crawler


asyncio.run(main())
