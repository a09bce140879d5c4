import asyncio
import gc


async def heartbeat():
    try:
        while True:
            await asyncio.sleep(0.1)
    finally:
        print("heartbeat: finally block runs")


async def main():
    beat = asyncio.create_task(heartbeat())
    await asyncio.sleep(0.25)
    beat.cancel()  # stop the task while the loop still runs
    await asyncio.gather(beat, return_exceptions=True)  # and wait for its finally block
    print("heartbeat cancelled:", beat.cancelled())


asyncio.run(main())  # also cancels any task that is still pending, before closing the loop
gc.collect()
print("program goes on")
