import asyncio
import time

balances = {"a": 100, "b": 100}


async def transfer(locks, source, target, amount):
    async with locks[source]:
        await asyncio.sleep(0.1)  # e.g. read from a database
        async with locks[target]:  # bug: the other task holds it and waits for ours
            balances[source] -= amount
            balances[target] += amount


async def main():
    locks = {"a": asyncio.Lock(), "b": asyncio.Lock()}
    start = time.perf_counter()
    tasks = [
        asyncio.create_task(transfer(locks, "a", "b", 10)),
        asyncio.create_task(transfer(locks, "b", "a", 20)),  # the opposite direction
    ]
    done, stuck = await asyncio.wait(tasks, timeout=0.5)  # returns when all are done, or at the timeout
    print(f"after {time.perf_counter() - start:.1f} s: {len(done)} done, {len(stuck)} stuck")
    for task in stuck:
        task.cancel()


asyncio.run(main())
