import asyncio
import time

import aiohttp
from aiohttp import web

in_flight = 0
most_in_flight = 0


async def slow(request):
    global in_flight, most_in_flight
    in_flight += 1
    most_in_flight = max(most_in_flight, in_flight)
    await asyncio.sleep(0.2)
    in_flight -= 1
    return web.Response(text="done")


async def fetch(session, url, limit):
    async with limit:  # at most 3 coroutines get past this line at a time
        async with session.get(url) as resp:
            return await resp.text()


async def main():
    app = web.Application()
    app.add_routes([web.get("/", slow)])
    runner = web.AppRunner(app)
    await runner.setup()
    await web.TCPSite(runner, "127.0.0.1", 0).start()
    host, port = runner.addresses[0]
    url = f"http://{host}:{port}/"

    limit = asyncio.Semaphore(3)
    async with aiohttp.ClientSession() as session:
        start = time.perf_counter()
        pages = await asyncio.gather(*(fetch(session, url, limit) for _ in range(10)))
        print(f"{len(pages)} responses in {time.perf_counter() - start:.1f} s")
    print("most requests in flight at the server:", most_in_flight)
    await runner.cleanup()


asyncio.run(main())
