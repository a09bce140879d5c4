import asyncio
import os
import time

import redis.asyncio as redis

REDIS_URL = os.environ.get("REDIS_URL", "redis://127.0.0.1:6379/0")


async def write_report(client, worker, start, got_lock, holding=None):
    # timeout: the lock expires after 5 s if never released; sleep: time between two tries
    async with client.lock("lock:report", timeout=5, sleep=0.02):
        got_lock[worker] = time.perf_counter() - start
        if holding is not None:
            holding.set()
        await asyncio.sleep(0.3)  # writing the report


async def main():
    got_lock = {}
    async with redis.Redis.from_url(REDIS_URL) as client:
        start = time.perf_counter()
        a_holds = asyncio.Event()
        first = asyncio.create_task(write_report(client, "worker A", start, got_lock, a_holds))
        await a_holds.wait()  # worker B arrives while A holds the lock
        await asyncio.gather(first, write_report(client, "worker B", start, got_lock))
    for worker, seconds in sorted(got_lock.items(), key=lambda item: item[1]):
        print(f"{worker} got the lock after {seconds:.1f} s")


asyncio.run(main())
