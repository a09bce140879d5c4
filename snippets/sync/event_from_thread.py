import asyncio
import threading
import time


def worker(loop, finished):
    time.sleep(0.2)  # blocking work in a plain thread
    loop.call_soon_threadsafe(finished.set)  # not finished.set(): the Event belongs to the loop


async def main():
    loop = asyncio.get_running_loop()
    finished = asyncio.Event()
    start = time.perf_counter()
    threading.Thread(target=worker, args=(loop, finished)).start()
    await finished.wait()
    print(f"the thread's signal arrived after {time.perf_counter() - start:.1f} s")


asyncio.run(main())
