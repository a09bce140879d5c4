import asyncio


class Echo(asyncio.Protocol):
    def connection_made(self, transport):
        print("connection_made")
        self.transport = transport

    def data_received(self, data):  # a callback: it cannot await
        print("data_received:", data)
        self.transport.write(data)  # buffered; the transport sends it when it can

    def connection_lost(self, exc):  # exc is None for a normal close
        print("connection_lost:", exc)


async def main():
    loop = asyncio.get_running_loop()
    server = await loop.create_server(Echo, "127.0.0.1", 0)  # one Echo() per connection
    port = server.sockets[0].getsockname()[1]
    async with server:
        reader, writer = await asyncio.open_connection("127.0.0.1", port)
        writer.write(b"ping")
        print("client got:", await reader.readexactly(4))
        writer.close()
        await writer.wait_closed()
        await asyncio.sleep(0.1)  # let the server side see the close


asyncio.run(main())
