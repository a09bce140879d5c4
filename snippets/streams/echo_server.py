import asyncio


async def handle_client(reader, writer):
    line = await reader.readline()  # b"hello\n"
    writer.write(b"echo: " + line)
    await writer.drain()
    writer.close()
    await writer.wait_closed()


async def main():
    server = await asyncio.start_server(handle_client, "127.0.0.1", 0)  # port 0: any free port
    port = server.sockets[0].getsockname()[1]
    async with server:
        reader, writer = await asyncio.open_connection("127.0.0.1", port)
        writer.write(b"hello\n")
        await writer.drain()
        print("client got:", await reader.readline())
        writer.close()
        await writer.wait_closed()
    print("server closed")


asyncio.run(main())
