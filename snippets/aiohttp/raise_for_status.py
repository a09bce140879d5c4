import asyncio

import aiohttp
from aiohttp import web


async def broken(request):
    return web.Response(status=503, text="try again later")


async def main():
    app = web.Application()
    app.add_routes([web.get("/broken", broken)])
    runner = web.AppRunner(app)
    await runner.setup()
    await web.TCPSite(runner, "127.0.0.1", 0).start()
    host, port = runner.addresses[0]

    async with aiohttp.ClientSession(f"http://{host}:{port}") as session:
        for path in ("/broken", "/missing"):
            async with session.get(path) as resp:  # no exception for 4xx or 5xx
                print(path, resp.status, resp.reason, resp.ok)
                try:
                    resp.raise_for_status()
                except aiohttp.ClientResponseError as error:
                    print("  ClientResponseError:", error.status, error.message)
    await runner.cleanup()


asyncio.run(main())
