import asyncio
import time


async def waiter(future, start):
    value = await future  # suspends until someone sets the result
    print(f"waiter got {value!r} after {time.perf_counter() - start:.1f} s")


async def main():
    start = time.perf_counter()
    loop = asyncio.get_running_loop()
    future = loop.create_future()
    task = asyncio.create_task(waiter(future, start))
    await asyncio.sleep(0.2)  # the waiter is stuck at its await meanwhile
    print("done before set_result:", future.done())
    future.set_result("hello")
    print("done after set_result:", future.done())
    await task


asyncio.run(main())
