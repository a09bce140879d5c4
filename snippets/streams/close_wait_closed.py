import asyncio


async def main():
    handler_done = asyncio.Event()

    async def wait_for_eof(reader, writer):
        data = await reader.read()  # returns b"" only when the client has closed
        print("server: read() returned", data, "at_eof() =", reader.at_eof())
        writer.close()
        await writer.wait_closed()
        handler_done.set()

    server = await asyncio.start_server(wait_for_eof, "127.0.0.1", 0)
    port = server.sockets[0].getsockname()[1]
    async with server:
        reader, writer = await asyncio.open_connection("127.0.0.1", port)
        writer.close()  # starts closing; does not wait
        print("client: is_closing() =", writer.is_closing())
        await writer.wait_closed()  # waits until the connection is really closed
        print("client: closed")
        await handler_done.wait()


asyncio.run(main())
