import asyncio
import time

start = time.perf_counter()


async def heartbeat():
    while True:  # runs forever unless cancelled
        print(f"beat at {time.perf_counter() - start:.1f} s")
        await asyncio.sleep(0.2)


async def stop_later(name, seconds):
    await asyncio.sleep(seconds)
    for task in asyncio.all_tasks():  # no reference needed: find the task by name
        if task.get_name() == name:
            task.cancel()


async def main():
    beat = asyncio.create_task(heartbeat(), name="heartbeat")
    stopper = asyncio.create_task(stop_later("heartbeat", 0.3))
    try:
        await beat  # without stop_later, this would wait forever
    except asyncio.CancelledError:
        print(f"heartbeat cancelled at {time.perf_counter() - start:.1f} s")
    await stopper


asyncio.run(main())
