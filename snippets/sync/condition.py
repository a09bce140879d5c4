import asyncio
import time

batch = []


def batch_full():
    print(f"  consumer checks: {len(batch)} item(s)")
    return len(batch) >= 3


async def consumer(condition, start):
    async with condition:
        await condition.wait_for(batch_full)  # releases the lock while it waits
        print(f"consumer takes {batch} at {time.perf_counter() - start:.1f} s")


async def producer(condition):
    for item in (1, 2, 3):
        await asyncio.sleep(0.1)
        async with condition:
            batch.append(item)
            print("producer adds", item)
            condition.notify()  # wake one waiter; it checks the predicate again


async def main():
    condition = asyncio.Condition()
    await asyncio.gather(consumer(condition, time.perf_counter()), producer(condition))


asyncio.run(main())
