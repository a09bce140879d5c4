import asyncio


async def job():
    return "ok"


task = asyncio.create_task(job())  # bug: no event loop is running here
