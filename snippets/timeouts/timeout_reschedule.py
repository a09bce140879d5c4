import asyncio
import time


async def main():
    start = time.perf_counter()
    loop = asyncio.get_running_loop()
    async with asyncio.timeout(0.3) as cm:
        await asyncio.sleep(0.1)
        print(f"deadline in {cm.when() - loop.time():.1f} s, but more work came in")
        cm.reschedule(cm.when() + 0.3)  # move the deadline 0.3 s later
        print(f"deadline in {cm.when() - loop.time():.1f} s")
        await asyncio.sleep(0.3)
    print(f"finished after {time.perf_counter() - start:.1f} s, expired: {cm.expired()}")


asyncio.run(main())
