import asyncio
import time


async def main():
    start = time.perf_counter()
    loop = asyncio.get_running_loop()
    deadline = loop.time() + 0.7  # timeouts use the loop's clock
    try:
        async with asyncio.timeout_at(deadline):
            for step in range(1, 4):
                await asyncio.sleep(0.3)
                print(f"step {step} done after {time.perf_counter() - start:.1f} s")
    except TimeoutError:
        print(f"TimeoutError after {time.perf_counter() - start:.1f} s")


asyncio.run(main())
