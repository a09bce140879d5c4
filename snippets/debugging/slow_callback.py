import asyncio
import time


def parse(report):
    time.sleep(0.2)  # blocking work: a big parser, a hash, a synchronous client
    return len(report)


async def handle(report):
    await asyncio.sleep(0.1)
    return parse(report)


async def main():
    size = await asyncio.create_task(handle("report"), name="handler")
    print("size:", size)


asyncio.run(main(), debug=True)
