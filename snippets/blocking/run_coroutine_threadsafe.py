import asyncio
import concurrent.futures
import threading
import time


async def fetch(name):
    await asyncio.sleep(0.2)
    return f"{name} fetched in {threading.current_thread().name}"


# The loop runs in a background thread; the main thread is plain synchronous code.
loop = asyncio.new_event_loop()
loop_thread = threading.Thread(target=loop.run_forever, name="loop-thread")
loop_thread.start()

start = time.perf_counter()
futures = [asyncio.run_coroutine_threadsafe(fetch(name), loop) for name in ("a", "b", "c")]
print("concurrent.futures.Future:", isinstance(futures[0], concurrent.futures.Future))
for future in futures:
    print(future.result(timeout=1))  # blocks this thread, not the loop
print(f"3 coroutines from {threading.current_thread().name}: {time.perf_counter() - start:.1f} s")

loop.call_soon_threadsafe(loop.stop)
loop_thread.join()
loop.close()
