import asyncio

loop = asyncio.get_event_loop()  # no loop is running, none was set
print("got a new loop:", type(loop).__name__, "running:", loop.is_running())
loop.close()
