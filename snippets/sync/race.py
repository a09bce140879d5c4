import asyncio

balance = 0


async def deposit(amount):
    global balance
    current = balance  # read
    await asyncio.sleep(0)  # another task runs here and reads the same old value
    balance = current + amount  # write: overwrites the other task's deposit


async def main():
    await asyncio.gather(*(deposit(10) for _ in range(100)))
    print("expected 1000, got", balance)


asyncio.run(main())
