import asyncio


async def main():
    loop = asyncio.get_running_loop()
    print("inside a coroutine:", type(loop).__name__, "running:", loop.is_running())
    print("get_event_loop() here is the same loop:", asyncio.get_event_loop() is loop)


try:
    asyncio.get_running_loop()
except RuntimeError as error:
    print("outside any loop: RuntimeError:", error)

asyncio.run(main())
