import asyncio


async def main():
    print("inside main, a loop is running:", asyncio.get_running_loop().is_running())


asyncio.run(main())  # on exit it also unsets the thread's current loop
try:
    asyncio.get_event_loop()
except RuntimeError as error:
    print("get_event_loop() after asyncio.run: RuntimeError:", error)
