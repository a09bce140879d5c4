import asyncio
import time


async def main():
    future = asyncio.get_running_loop().create_future()  # nobody will ever set it
    start = time.perf_counter()
    try:
        await asyncio.wait_for(future, timeout=0.3)  # a bare `await future` would wait forever
    except asyncio.TimeoutError:  # the same class as TimeoutError since Python 3.11
        print(f"TimeoutError after {time.perf_counter() - start:.1f} s")
    print("future cancelled by wait_for:", future.cancelled())


asyncio.run(main())
