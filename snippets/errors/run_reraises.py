import asyncio


async def load_config():
    await asyncio.sleep(0.1)
    raise FileNotFoundError("settings.toml")


async def main():
    print("main: loading")
    await load_config()
    print("main: never printed")


asyncio.run(main())  # re-raises main's exception: the program exits with status 1
print("never printed either")
