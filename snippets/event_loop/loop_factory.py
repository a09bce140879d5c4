import asyncio

import uvloop


async def main():
    loop = asyncio.get_running_loop()
    return f"{type(loop).__module__}.{type(loop).__name__}"


print("uvloop:", asyncio.run(main(), loop_factory=uvloop.new_event_loop))
print("asyncio:", asyncio.run(main(), loop_factory=asyncio.new_event_loop))
print("default:", asyncio.run(main()))
