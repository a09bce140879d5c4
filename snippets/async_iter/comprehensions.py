import asyncio


async def numbers(count):
    for number in range(count):
        await asyncio.sleep(0.01)
        yield number


async def double(number):
    await asyncio.sleep(0.01)
    return number * 2


async def main():
    print([n async for n in numbers(4)])
    print({n % 2 async for n in numbers(4)})
    print({n: await double(n) async for n in numbers(3)})
    print([await double(n) for n in range(3)])  # await in a plain comprehension
    print([n async for n in numbers(6) if n % 3 == 0])


asyncio.run(main())
