import asyncio


async def main():
    await asyncio.sleep(0.1)
    return "done"


print("result:", asyncio.run(main()))
