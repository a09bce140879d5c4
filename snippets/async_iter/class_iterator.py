import asyncio


class Countdown:
    """Counts down from start, waiting 0.1 s before each number."""

    def __init__(self, start):
        self.current = start

    def __aiter__(self):
        return self

    async def __anext__(self):
        if self.current == 0:
            raise StopAsyncIteration  # ends the async for loop
        await asyncio.sleep(0.1)
        self.current -= 1
        return self.current + 1


async def main():
    async for number in Countdown(3):
        print(number)
    print("done")


asyncio.run(main())
