import asyncio

import aiohttp
from aiohttp import web


async def add(request):
    numbers = await request.json()  # the request body, decoded
    return web.json_response({"sum": sum(numbers["values"])})


async def main():
    app = web.Application()
    app.add_routes([web.post("/add", add)])
    runner = web.AppRunner(app)
    await runner.setup()
    await web.TCPSite(runner, "127.0.0.1", 0).start()
    host, port = runner.addresses[0]

    async with aiohttp.ClientSession(f"http://{host}:{port}") as session:
        async with session.post("/add", json={"values": [1, 2, 3]}) as resp:
            print(resp.status, resp.content_type)
            data = await resp.json()
            print(data, type(data).__name__)
    await runner.cleanup()


asyncio.run(main())
