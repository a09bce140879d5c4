import asyncio
import time

import aiohttp
from aiohttp import web


async def countdown(request):
    response = web.StreamResponse()
    await response.prepare(request)  # sends the status line and the headers
    for word in (b"three ", b"two ", b"one "):
        await asyncio.sleep(0.2)
        await response.write(word)
    return response


async def main():
    app = web.Application()
    app.add_routes([web.get("/", countdown)])
    runner = web.AppRunner(app)
    await runner.setup()
    await web.TCPSite(runner, "127.0.0.1", 0).start()
    host, port = runner.addresses[0]

    async with aiohttp.ClientSession() as session:
        start = time.perf_counter()
        async with session.get(f"http://{host}:{port}/") as resp:
            print(f"status {resp.status} at {time.perf_counter() - start:.1f} s")
            async for chunk in resp.content.iter_chunked(1024):
                print(f"{chunk!r} at {time.perf_counter() - start:.1f} s")
        print(f"body complete at {time.perf_counter() - start:.1f} s")
    await runner.cleanup()


asyncio.run(main())
