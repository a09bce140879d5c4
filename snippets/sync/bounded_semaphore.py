import asyncio


async def count_holders(semaphore):
    holders = 0
    while not semaphore.locked():
        await semaphore.acquire()
        holders += 1
    return holders


async def main():
    plain = asyncio.Semaphore(2)
    plain.release()  # one release too many: accepted without a word
    print("Semaphore(2) after an extra release lets in", await count_holders(plain), "holders")

    bounded = asyncio.BoundedSemaphore(2)
    try:
        bounded.release()
    except ValueError as error:
        print("BoundedSemaphore(2): ValueError:", error)


asyncio.run(main())
