import asyncio
import threading
import time

NAMES = ["a.csv", "b.csv", "c.csv"]


def download(index, results):  # a thread returns nothing: it stores its result
    time.sleep(0.2)
    results[index] = f"{NAMES[index]}: 200"


async def download_async(name):
    await asyncio.sleep(0.2)
    return f"{name}: 200"


async def download_all():
    return await asyncio.gather(*(download_async(name) for name in NAMES))


start = time.perf_counter()
results = [None] * len(NAMES)
threads = [threading.Thread(target=download, args=(i, results)) for i in range(len(NAMES))]
for thread in threads:
    thread.start()
for thread in threads:
    thread.join()  # wait until the thread ends
print(f"threading.Thread: {time.perf_counter() - start:.1f} s {results}")

start = time.perf_counter()
results = asyncio.run(download_all())
print(f"asyncio.gather:   {time.perf_counter() - start:.1f} s {results}")
