import asyncio

import aiohttp
from aiohttp import web


async def hello(request):
    return web.Response(text="Hello")


async def user(request):
    name = request.match_info["name"]  # the {name} part of the path
    return web.json_response({"name": name, "letters": len(name)})


async def main():
    app = web.Application()
    app.add_routes([web.get("/", hello), web.get("/users/{name}", user)])
    runner = web.AppRunner(app)
    await runner.setup()
    await web.TCPSite(runner, "127.0.0.1", 0).start()  # port 0: the OS picks a free port
    host, port = runner.addresses[0]

    async with aiohttp.ClientSession(f"http://{host}:{port}") as session:
        for path in ("/", "/users/ada", "/nothing"):
            async with session.get(path) as resp:
                print(path, resp.status, resp.content_type, await resp.text())
    await runner.cleanup()


asyncio.run(main())
