import asyncio
import time

import aiohttp
from aiohttp import web

start = time.perf_counter()


async def slow(request):
    await asyncio.sleep(0.3)
    return web.Response(text="slow answer")


async def on_cleanup(app):
    print(f"on_cleanup runs at {time.perf_counter() - start:.1f} s")


async def fetch(session, url):
    async with session.get(url) as resp:
        return await resp.text()


async def main():
    app = web.Application()
    app.add_routes([web.get("/", slow)])
    app.on_cleanup.append(on_cleanup)  # close databases and other resources here
    runner = web.AppRunner(app)
    await runner.setup()
    await web.TCPSite(runner, "127.0.0.1", 0).start()
    host, port = runner.addresses[0]
    url = f"http://{host}:{port}/"

    async with aiohttp.ClientSession() as session:
        request = asyncio.create_task(fetch(session, url))
        await asyncio.sleep(0.1)  # the request is now in the handler
        await runner.cleanup()  # stop listening, wait for handlers, run on_cleanup
        print(f"cleanup returned at {time.perf_counter() - start:.1f} s")
        print("the running request got:", await request)
        try:
            await fetch(session, url)
        except aiohttp.ClientConnectorError:
            print("a new request: ClientConnectorError")


asyncio.run(main())
