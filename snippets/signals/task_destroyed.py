import asyncio
import gc


async def heartbeat():
    try:
        while True:
            await asyncio.sleep(0.1)
    finally:
        print("heartbeat: finally block runs")


async def main():
    asyncio.create_task(heartbeat())
    await asyncio.sleep(0.25)  # main returns; nobody stops the heartbeat


loop = asyncio.new_event_loop()
loop.run_until_complete(main())
loop.close()  # the heartbeat task is still pending
print("loop closed")
gc.collect()  # the task is garbage now; destroying it logs an error
print("program goes on")
