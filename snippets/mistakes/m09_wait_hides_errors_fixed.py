import asyncio


async def save(name):
    await asyncio.sleep(0.1)
    if name.endswith(".tmp"):
        raise PermissionError(f"cannot write {name}")
    return name


async def main():
    names = ["a.txt", "b.tmp", "c.tmp"]
    results = await asyncio.gather(*(save(name) for name in names), return_exceptions=True)
    for name, result in zip(names, results):
        outcome = f"failed: {result!r}" if isinstance(result, Exception) else "saved"
        print(f"{name}: {outcome}")


asyncio.run(main())
