import asyncio


async def slow_square(x):
    await asyncio.sleep(0.5)
    return x * x


task = asyncio.create_task(slow_square(7))  # runs on the kernel's loop, also between cells
print("cell ends; task done:", task.done())
