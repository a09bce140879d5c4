import asyncio

import aiohttp
from aiohttp import web

connections = set()


async def hello(request):
    connections.add(request.transport)  # one transport per TCP connection
    return web.Response(text="Hello")


async def main():
    app = web.Application()
    app.add_routes([web.get("/", hello)])
    runner = web.AppRunner(app)
    await runner.setup()
    await web.TCPSite(runner, "127.0.0.1", 0).start()
    host, port = runner.addresses[0]
    url = f"http://{host}:{port}/"

    async with aiohttp.ClientSession() as session:  # one session for all requests
        for _ in range(5):
            async with session.get(url) as resp:
                await resp.text()
    print("one shared session:", len(connections), "connection(s)")

    connections.clear()
    for _ in range(5):
        async with aiohttp.ClientSession() as session:  # wrong: a session per request
            async with session.get(url) as resp:
                await resp.text()
    print("a session per request:", len(connections), "connection(s)")
    await runner.cleanup()


asyncio.run(main())
