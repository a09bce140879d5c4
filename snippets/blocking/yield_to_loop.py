import asyncio
import time


def work_a_little():  # one small piece of a long computation: 0.01 s of CPU time
    end = time.process_time() + 0.01
    while time.process_time() < end:
        pass


async def crunch(yield_to_loop):
    for _ in range(40):  # 40 pieces: 0.4 s of CPU time
        work_a_little()
        if yield_to_loop:
            await asyncio.sleep(0)  # lets other tasks run, then continues


async def heartbeat(gaps):
    while True:
        before = time.perf_counter()
        await asyncio.sleep(0.1)
        gaps.append(time.perf_counter() - before)


async def main():
    for yield_to_loop in (False, True):
        gaps = []
        beat = asyncio.create_task(heartbeat(gaps))
        await asyncio.sleep(0)  # the heartbeat starts its first sleep
        start = time.perf_counter()
        await crunch(yield_to_loop)
        print(f"yield_to_loop={yield_to_loop}: crunch {time.perf_counter() - start:.1f} s", end=", ")
        await asyncio.sleep(0.1)  # a chance for a late tick
        beat.cancel()
        print(f"longest gap between heartbeats {max(gaps):.1f} s")


asyncio.run(main())
