import asyncio

import aiohttp
from aiohttp import web


async def plain(request):
    return web.Response(text='{"sum": 6}')  # JSON text, but sent as text/plain


async def main():
    app = web.Application()
    app.add_routes([web.get("/plain", plain)])
    runner = web.AppRunner(app)
    await runner.setup()
    await web.TCPSite(runner, "127.0.0.1", 0).start()
    host, port = runner.addresses[0]

    async with aiohttp.ClientSession(f"http://{host}:{port}") as session:
        async with session.get("/plain") as resp:
            try:
                await resp.json()
            except aiohttp.ContentTypeError as error:
                print("ContentTypeError:", error.message)
            print(await resp.json(content_type=None))  # skip the check
    await runner.cleanup()


asyncio.run(main())
