import asyncio
import time

start = time.perf_counter()
results = await asyncio.gather(asyncio.sleep(0.5, "a"), asyncio.sleep(0.5, "b"))
print(results, f"in {time.perf_counter() - start:.1f} s")
