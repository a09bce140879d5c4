import asyncio


async def job(caller):
    return asyncio.current_task() is caller


async def main():
    same_task = await asyncio.wait_for(job(asyncio.current_task()), timeout=1)
    print("the coroutine runs in the calling task:", same_task)  # False before Python 3.12


asyncio.run(main())
