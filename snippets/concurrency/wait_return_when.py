import asyncio
import time


async def job(seconds, fails=False):
    await asyncio.sleep(seconds)
    if fails:
        raise ValueError("b failed")


def names(tasks):
    return sorted(task.get_name() for task in tasks)


async def main():
    for mode in (asyncio.FIRST_COMPLETED, asyncio.FIRST_EXCEPTION, asyncio.ALL_COMPLETED):
        start = time.perf_counter()
        tasks = [
            asyncio.create_task(job(0.1), name="a"),
            asyncio.create_task(job(0.2, fails=True), name="b"),
            asyncio.create_task(job(0.3), name="c"),
        ]
        done, pending = await asyncio.wait(tasks, return_when=mode)
        print(f"{mode}: done {names(done)}, pending {names(pending)},", f"after {time.perf_counter() - start:.1f} s")
        for task in pending:
            task.cancel()
        await asyncio.gather(*tasks, return_exceptions=True)  # collect the error and cancellations


asyncio.run(main())
