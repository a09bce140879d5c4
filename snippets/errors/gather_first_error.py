import asyncio
import time

start = time.perf_counter()


async def job(name, seconds, error=None):
    await asyncio.sleep(seconds)
    if error:
        print(f"{name}: raises {error!r} at {time.perf_counter() - start:.1f} s")
        raise error
    print(f"{name}: finished at {time.perf_counter() - start:.1f} s")
    return name


async def main():
    jobs = [job("a", 0.1, ValueError("a")), job("b", 0.2, KeyError("b")), job("c", 0.3)]
    try:
        await asyncio.gather(*jobs)
    except ValueError as error:
        print(f"main: gather raised {error!r} at {time.perf_counter() - start:.1f} s")
    await asyncio.sleep(0.3)  # b and c go on running; b's error is silently dropped
    print("main: done")


asyncio.run(main())
