import asyncio

lock = asyncio.Lock()  # module level: shared by every asyncio.run() below


async def use_lock():
    async with lock:
        await asyncio.sleep(0.1)


async def main(run):
    await asyncio.gather(use_lock(), use_lock())  # one task waits: the lock binds to this loop
    print(f"run {run}: ok")


asyncio.run(main(1))
asyncio.run(main(2))  # a new loop, the same lock
