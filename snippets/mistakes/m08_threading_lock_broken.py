import asyncio
import threading
import time

lock = threading.Lock()  # wrong in async code: acquire() blocks the whole thread
start = time.perf_counter()


async def write_report(name):
    if lock.acquire(timeout=0.5):  # like `with lock:`, but gives up after 0.5 s
        await asyncio.sleep(0.1)  # the holder awaits, for example to write to a socket
        lock.release()
        print(f"{name}: released the lock at {time.perf_counter() - start:.1f} s")
    else:
        print(f"{name}: no lock after {time.perf_counter() - start:.1f} s")


async def main():
    await asyncio.gather(write_report("a"), write_report("b"))


asyncio.run(main())
