import asyncio
import time


async def waiter(name, ready, start):
    await ready.wait()
    print(f"{name} goes at {time.perf_counter() - start:.1f} s")


async def opener(ready, start):
    await asyncio.sleep(0.3)  # for example: loading the configuration
    print(f"opener sets the event at {time.perf_counter() - start:.1f} s")
    ready.set()


async def main():
    start = time.perf_counter()
    ready = asyncio.Event()
    await asyncio.gather(*(waiter(name, ready, start) for name in "abc"), opener(ready, start))
    print("is_set:", ready.is_set())
    await waiter("d", ready, start)  # already set: wait() returns at once


asyncio.run(main())
