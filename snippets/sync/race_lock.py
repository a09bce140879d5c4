import asyncio

balance = 0


async def deposit(amount, lock):
    global balance
    async with lock:  # one task at a time from read to write
        current = balance
        await asyncio.sleep(0)
        balance = current + amount


async def main():
    lock = asyncio.Lock()
    await asyncio.gather(*(deposit(10, lock) for _ in range(100)))
    print("expected 1000, got", balance)


asyncio.run(main())
