import asyncio
import os
import time

import redis.asyncio as redis

REDIS_URL = os.environ.get("REDIS_URL", "redis://127.0.0.1:6379/0")


async def acquire(client, owner):
    # SET only if the key does not exist (nx), and let it expire after 0.3 s (px)
    while not await client.set("lock:report", owner, nx=True, px=300):
        await asyncio.sleep(0.05)


async def main():
    async with redis.Redis.from_url(REDIS_URL, decode_responses=True) as client:
        start = time.perf_counter()
        await acquire(client, "worker A")
        print("worker A holds the lock, then crashes without releasing it")
        print("worker B tries at once:", await client.set("lock:report", "worker B", nx=True))
        await acquire(client, "worker B")
        print(f"worker B holds the lock after {time.perf_counter() - start:.1f} s")
        print("lock owner:", await client.get("lock:report"))


asyncio.run(main())
