import asyncio
import concurrent.futures


async def main():
    print(asyncio.TimeoutError is TimeoutError)
    print(concurrent.futures.TimeoutError is TimeoutError)
    try:
        await asyncio.wait_for(asyncio.sleep(0.5), timeout=0.1)
    except TimeoutError:  # the built-in name catches asyncio's timeouts
        print("caught TimeoutError")


asyncio.run(main())
