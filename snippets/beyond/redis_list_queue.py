import asyncio
import os
import time

import redis.asyncio as redis

REDIS_URL = os.environ.get("REDIS_URL", "redis://127.0.0.1:6379/0")


async def producer(client):
    for n in range(1, 4):
        await asyncio.sleep(0.2)
        await client.lpush("orders", f"order {n}")
    await client.lpush("orders", "done")


async def consumer(client, start):
    while True:
        _, order = await client.brpop(["orders"])  # the loop runs other tasks meanwhile
        if order == "done":
            break
        print(f"{order} after {time.perf_counter() - start:.1f} s")


async def main():
    async with redis.Redis.from_url(REDIS_URL, decode_responses=True) as client:
        start = time.perf_counter()
        await asyncio.gather(producer(client), consumer(client, start))


asyncio.run(main())
