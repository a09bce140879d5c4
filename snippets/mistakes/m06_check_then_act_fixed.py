import asyncio

balance = 100


async def withdraw(who, amount, lock):
    global balance
    async with lock:  # check and act as one step: one task at a time
        if balance >= amount:
            await asyncio.sleep(0.1)  # e.g. ask the payment service
            balance -= amount
            print(f"{who}: withdrew {amount}")
        else:
            print(f"{who}: refused, balance {balance}")


async def main():
    lock = asyncio.Lock()
    await asyncio.gather(withdraw("ann", 80, lock), withdraw("bob", 80, lock))
    print("balance:", balance)


asyncio.run(main())
