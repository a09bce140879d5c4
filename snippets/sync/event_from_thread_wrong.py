import asyncio
import threading
import time


def worker(finished, start):
    time.sleep(0.2)
    print(f"thread calls set() at {time.perf_counter() - start:.1f} s")
    finished.set()  # wrong: called from another thread, it does not wake the loop


async def main():
    finished = asyncio.Event()
    start = time.perf_counter()
    threading.Thread(target=worker, args=(finished, start)).start()
    alarm = asyncio.create_task(asyncio.sleep(0.5))  # an unrelated timer
    await finished.wait()
    print(f"main wakes at {time.perf_counter() - start:.1f} s, when the timer wakes the loop")
    await alarm


asyncio.run(main())
