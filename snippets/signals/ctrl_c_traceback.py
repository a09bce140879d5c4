import asyncio
import os
import signal


async def main():
    loop = asyncio.get_running_loop()
    loop.call_later(0.2, os.kill, os.getpid(), signal.SIGINT)  # as if Ctrl-C were pressed
    await asyncio.sleep(10)


asyncio.run(main())
