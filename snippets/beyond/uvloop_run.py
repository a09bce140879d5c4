import asyncio

import uvloop


async def echo(reader, writer):
    writer.write(await reader.readline())
    await writer.drain()
    writer.close()


async def main():
    server = await asyncio.start_server(echo, "127.0.0.1", 0)
    port = server.sockets[0].getsockname()[1]
    async with server:
        reader, writer = await asyncio.open_connection("127.0.0.1", port)
        writer.write(b"hello\n")
        reply = await reader.readline()
        writer.close()
        await writer.wait_closed()
    loop = type(asyncio.get_running_loop())
    print(f"{loop.__module__}.{loop.__qualname__} echoed {reply!r}")


asyncio.run(main())  # the default loop
uvloop.run(main())  # the same program on uvloop
