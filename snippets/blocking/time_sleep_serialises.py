import asyncio
import time


async def blocking_job():
    time.sleep(0.5)  # blocks the whole event loop


async def polite_job():
    await asyncio.sleep(0.5)  # gives control back to the loop while waiting


async def main():
    for job in (blocking_job, polite_job):
        start = time.perf_counter()
        await asyncio.gather(job(), job(), job())
        print(f"3 x {job.__name__}: {time.perf_counter() - start:.1f} s")


asyncio.run(main())
