import asyncio
import time


async def heartbeat(ticks):
    while True:
        ticks.append(time.perf_counter())
        await asyncio.sleep(0.1)  # should tick every 0.1 s


async def main():
    ticks = []
    beat = asyncio.create_task(heartbeat(ticks))
    await asyncio.sleep(0)  # let the heartbeat start
    time.sleep(0.4)  # bug: a blocking call, like requests.get(), inside async code
    await asyncio.sleep(0.2)
    beat.cancel()
    longest = max(later - earlier for earlier, later in zip(ticks, ticks[1:]))
    print(f"longest gap between heartbeats: {longest:.1f} s")


asyncio.run(main())
