import asyncio
import time


async def main():
    start = time.perf_counter()
    try:
        async with asyncio.timeout(0.2):
            try:
                await asyncio.sleep(0.5)
            except TimeoutError:
                print("inside: TimeoutError")  # never printed
            except asyncio.CancelledError:
                print(f"inside: CancelledError after {time.perf_counter() - start:.1f} s")
                raise  # let the timeout turn it into TimeoutError
    except TimeoutError:
        print(f"outside: TimeoutError after {time.perf_counter() - start:.1f} s")


asyncio.run(main())
