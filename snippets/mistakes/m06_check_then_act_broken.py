import asyncio

balance = 100


async def withdraw(who, amount):
    global balance
    if balance >= amount:  # check
        await asyncio.sleep(0.1)  # e.g. ask the payment service; the other task runs here
        balance -= amount  # act, on a check that is no longer true
        print(f"{who}: withdrew {amount}")
    else:
        print(f"{who}: refused, balance {balance}")


async def main():
    await asyncio.gather(withdraw("ann", 80), withdraw("bob", 80))
    print("balance:", balance)


asyncio.run(main())
