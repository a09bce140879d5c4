import asyncio
import time

import aiohttp
from aiohttp import web


async def slow(request):
    await asyncio.sleep(0.5)
    return web.Response(text="slow answer")


async def main():
    app = web.Application()
    app.add_routes([web.get("/", slow)])
    runner = web.AppRunner(app)
    await runner.setup()
    await web.TCPSite(runner, "127.0.0.1", 0).start()
    host, port = runner.addresses[0]
    url = f"http://{host}:{port}/"

    timeout = aiohttp.ClientTimeout(total=0.2)  # for every request of this session
    async with aiohttp.ClientSession(timeout=timeout) as session:
        start = time.perf_counter()
        try:
            async with session.get(url) as resp:
                print(await resp.text())
        except asyncio.TimeoutError as error:  # on 3.10, not the built-in TimeoutError
            print(f"{type(error).__name__} after {time.perf_counter() - start:.1f} s")

        start = time.perf_counter()
        async with session.get(url, timeout=aiohttp.ClientTimeout(total=1)) as resp:
            print(f"{await resp.text()} after {time.perf_counter() - start:.1f} s")
    await runner.cleanup()


asyncio.run(main())
