import asyncio
import time


async def block(seconds):
    time.sleep(seconds)  # blocks the loop


async def main():
    loop = asyncio.get_running_loop()
    for threshold in (loop.slow_callback_duration, 0.01):
        loop.slow_callback_duration = threshold
        print(f"slow_callback_duration = {threshold}: blocking for 0.02 seconds")
        await asyncio.create_task(block(0.02), name="blocker")


asyncio.run(main(), debug=True)
