import asyncio
import time

start = time.perf_counter()


def report(name):
    print(f"{name} ran at {time.perf_counter() - start:.1f} s")


async def main():
    loop = asyncio.get_running_loop()
    loop.call_later(0.3, report, "call_later(0.3)")
    loop.call_at(loop.time() + 0.1, report, "call_at(now + 0.1)")
    cancelled = loop.call_later(0.2, report, "cancelled timer")
    cancelled.cancel()
    print("handle cancelled:", cancelled.cancelled())
    await asyncio.sleep(0.4)


asyncio.run(main())
