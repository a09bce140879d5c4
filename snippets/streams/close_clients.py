import asyncio


async def handle(reader, writer):
    line = await reader.readline()  # the client sends nothing
    print("server: readline() returned", line)


async def main():
    server = await asyncio.start_server(handle, "127.0.0.1", 0)
    port = server.sockets[0].getsockname()[1]
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    await asyncio.sleep(0.1)  # an idle client is connected

    server.close()  # stops accepting; open connections stay open
    try:
        await asyncio.wait_for(server.wait_closed(), 0.2)
    except asyncio.TimeoutError:
        print("wait_closed() still waits for the open connection")

    server.close_clients()  # Python 3.13: closes the open connections too
    await server.wait_closed()
    print("server closed; client read():", await reader.read())
    writer.close()
    await writer.wait_closed()


asyncio.run(main())
