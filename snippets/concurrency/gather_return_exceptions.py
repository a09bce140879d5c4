import asyncio


async def job(name, seconds):
    await asyncio.sleep(seconds)
    if name == "b":
        raise ValueError(f"{name} failed")
    return name


async def main():
    jobs = [job("a", 0.1), job("b", 0.2), job("c", 0.3)]
    results = await asyncio.gather(*jobs, return_exceptions=True)
    print(results)  # the exception takes the place of b's result
    for result in results:
        if isinstance(result, BaseException):  # CancelledError too
            print("failed:", repr(result))


asyncio.run(main())
