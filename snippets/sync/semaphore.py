import asyncio
import time

running = 0
most_at_once = 0


async def download(limit):
    global running, most_at_once
    async with limit:  # waits while 3 downloads hold the semaphore
        running += 1
        most_at_once = max(most_at_once, running)
        await asyncio.sleep(0.2)
        running -= 1


async def main():
    limit = asyncio.Semaphore(3)
    start = time.perf_counter()
    await asyncio.gather(*(download(limit) for _ in range(10)))
    print("most at once:", most_at_once)
    print(f"10 jobs took {time.perf_counter() - start:.1f} s")  # 4 rounds of 3 + 3 + 3 + 1 jobs


asyncio.run(main())
