import asyncio


async def forgotten():
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        print("leftover task: cancelled")
        raise


async def numbers():
    try:
        yield 1
        yield 2
    finally:
        print("async generator: closed")


gen = numbers()  # still referenced when main returns, and never finished


async def main():
    asyncio.create_task(forgotten())  # never awaited
    print("first number:", await gen.__anext__())
    await asyncio.sleep(0.1)
    print("main returns")
    return asyncio.get_running_loop()


loop = asyncio.run(main())
print("loop closed:", loop.is_closed())
