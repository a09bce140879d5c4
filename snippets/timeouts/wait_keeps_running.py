import asyncio
import time


async def job(name, seconds, start):
    await asyncio.sleep(seconds)
    print(f"{name} finished after {time.perf_counter() - start:.1f} s")


async def main():
    start = time.perf_counter()
    tasks = [
        asyncio.create_task(job(name, seconds, start), name=name)
        for name, seconds in (("a", 0.1), ("b", 0.3), ("c", 0.4))
    ]
    done, pending = await asyncio.wait(tasks, timeout=0.2)
    print(
        f"wait returned after {time.perf_counter() - start:.1f} s,",
        "pending:",
        sorted(task.get_name() for task in pending),
    )
    await asyncio.wait(pending)  # nothing cancelled them: they still run to the end


asyncio.run(main())
