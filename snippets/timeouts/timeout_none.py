import asyncio
import time


async def main():
    start = time.perf_counter()
    loop = asyncio.get_running_loop()
    try:
        async with asyncio.timeout(None) as cm:  # no deadline yet
            print("deadline:", cm.when())
            cm.reschedule(loop.time() + 0.2)  # decided later, for example after a handshake
            await asyncio.sleep(0.5)
    except TimeoutError:
        print(f"TimeoutError after {time.perf_counter() - start:.1f} s")


asyncio.run(main())
