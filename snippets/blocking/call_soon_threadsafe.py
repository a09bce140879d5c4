import asyncio
import threading
import time


def blocking_work(loop, future, safe):  # runs in a plain thread
    time.sleep(0.2)
    if safe:
        loop.call_soon_threadsafe(future.set_result, "done")  # also wakes the loop
    else:
        future.set_result("done")  # wrong: not thread-safe, the loop does not wake up


async def wait_for_thread(safe):
    loop = asyncio.get_running_loop()
    future = loop.create_future()
    other_timer = asyncio.create_task(asyncio.sleep(0.5))  # the loop's next timer
    start = time.perf_counter()
    threading.Thread(target=blocking_work, args=(loop, future, safe)).start()
    result = await future
    print(f"safe={safe}: {result!r}, noticed at {time.perf_counter() - start:.1f} s")
    await other_timer


asyncio.run(wait_for_thread(safe=False))
asyncio.run(wait_for_thread(safe=True))
