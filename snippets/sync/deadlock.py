import asyncio
import time


async def transfer(name, first, second, patience, start):
    async with first:
        await asyncio.sleep(0.1)  # both tasks now hold their first lock
        try:
            await asyncio.wait_for(second.acquire(), timeout=patience)
        except asyncio.TimeoutError:
            print(f"{name}: timed out waiting for its second lock at {time.perf_counter() - start:.1f} s")
            return  # leaving the block releases the first lock
        second.release()
        print(f"{name}: got both locks at {time.perf_counter() - start:.1f} s")


async def main():
    lock_a, lock_b = asyncio.Lock(), asyncio.Lock()
    start = time.perf_counter()
    await asyncio.gather(
        transfer("task 1", lock_a, lock_b, 0.2, start),  # a, then b
        transfer("task 2", lock_b, lock_a, 0.4, start),  # b, then a: the opposite order
    )


asyncio.run(main())
