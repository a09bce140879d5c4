import asyncio


class Connection:
    def __init__(self, name):
        self.name = name

    async def __aenter__(self):
        await asyncio.sleep(0.1)
        print(f"open {self.name}")
        return self  # the value bound by "as"

    async def __aexit__(self, exc_type, exc, traceback):
        await asyncio.sleep(0.1)
        print(f"close {self.name}, exception: {exc_type.__name__ if exc_type else None}")
        return False  # True would swallow the exception


async def main():
    async with Connection("db") as conn:
        print(f"using {conn.name}")
    try:
        async with Connection("cache"):
            raise KeyError("missing")
    except KeyError:
        print("KeyError reached main")


asyncio.run(main())
