import asyncio
import os
import signal
import time


async def main():
    loop = asyncio.get_running_loop()
    loop.add_signal_handler(signal.SIGTERM, asyncio.current_task().cancel)  # POSIX only
    loop.call_later(0.2, os.kill, os.getpid(), signal.SIGTERM)  # a real SIGTERM in 0.2 s
    start = time.perf_counter()
    try:
        await asyncio.sleep(10)  # the program's work
    finally:
        print(f"main: cleaning up after {time.perf_counter() - start:.1f} s")


try:
    asyncio.run(main())
except asyncio.CancelledError:
    print("stopped by SIGTERM")
