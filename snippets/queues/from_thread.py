import asyncio
import threading
import time


def sensor(loop, queue):  # runs in a plain thread, not in the loop
    for reading in (21.5, 21.7, 21.6):
        time.sleep(0.1)  # a blocking read
        loop.call_soon_threadsafe(queue.put_nowait, reading)
    loop.call_soon_threadsafe(queue.put_nowait, None)  # no more readings


async def main():
    queue = asyncio.Queue()
    thread = threading.Thread(target=sensor, args=(asyncio.get_running_loop(), queue))
    start = time.perf_counter()
    thread.start()
    while True:
        reading = await queue.get()
        if reading is None:
            break
        print(f"reading {reading} at {time.perf_counter() - start:.1f} s")
    thread.join()


asyncio.run(main())
