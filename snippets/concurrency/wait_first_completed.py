import asyncio
import time


async def job(name, seconds):
    await asyncio.sleep(seconds)
    return name


async def main():
    start = time.perf_counter()
    tasks = {asyncio.create_task(job(n, s)) for n, s in (("a", 0.1), ("b", 0.3), ("c", 0.2))}
    done, pending = await asyncio.wait(tasks, return_when=asyncio.FIRST_COMPLETED)
    print([t.result() for t in done], f"done, {len(pending)} pending at {time.perf_counter() - start:.1f} s")
    for task in pending:  # wait() never cancels: that is up to you
        task.cancel()
    await asyncio.wait(pending)
    print(sorted(t.cancelled() for t in pending))


asyncio.run(main())
