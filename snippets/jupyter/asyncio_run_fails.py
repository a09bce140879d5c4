import asyncio


async def main():
    return "done"


asyncio.run(main())
