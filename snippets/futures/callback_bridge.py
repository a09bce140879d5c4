import asyncio
import time


def lookup(name, on_done):
    """A callback-style API: calls on_done(error, value) 0.2 s later."""
    loop = asyncio.get_running_loop()
    if name == "ann":
        loop.call_later(0.2, on_done, None, 31)
    else:
        loop.call_later(0.2, on_done, LookupError(name), None)


async def lookup_async(name):
    future = asyncio.get_running_loop().create_future()

    def on_done(error, value):
        if future.done():  # cancelled meanwhile, for example by a timeout
            return
        if error is None:
            future.set_result(value)
        else:
            future.set_exception(error)

    lookup(name, on_done)
    return await future


async def main():
    start = time.perf_counter()
    results = await asyncio.gather(lookup_async("ann"), lookup_async("bob"), return_exceptions=True)
    print(results, f"after {time.perf_counter() - start:.1f} s")


asyncio.run(main())
