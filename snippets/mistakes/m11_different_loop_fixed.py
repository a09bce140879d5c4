import asyncio


async def use_lock(lock):
    async with lock:
        await asyncio.sleep(0.1)


async def main(run):
    lock = asyncio.Lock()  # created inside the loop that uses it
    await asyncio.gather(use_lock(lock), use_lock(lock))
    print(f"run {run}: ok")


asyncio.run(main(1))
asyncio.run(main(2))  # a new loop, a new lock
