import time
from concurrent.futures import ThreadPoolExecutor


def download(name):  # a blocking library call, such as requests.get()
    time.sleep(0.2)
    return f"{name}: 200"


start = time.perf_counter()
with ThreadPoolExecutor(max_workers=3) as pool:
    for result in pool.map(download, ["a.csv", "b.csv", "c.csv"]):
        print(result)
print(f"3 downloads in {time.perf_counter() - start:.1f} s, no async code")
