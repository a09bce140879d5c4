import asyncio
import time


async def transfer(name, first, second, start):
    async with first:
        await asyncio.sleep(0.1)
        async with second:
            await asyncio.sleep(0.1)
            print(f"{name}: got both locks at {time.perf_counter() - start:.1f} s")


async def main():
    lock_a, lock_b = asyncio.Lock(), asyncio.Lock()
    start = time.perf_counter()
    await asyncio.gather(
        transfer("task 1", lock_a, lock_b, start),
        transfer("task 2", lock_a, lock_b, start),  # the same order: a, then b
    )


asyncio.run(main())
