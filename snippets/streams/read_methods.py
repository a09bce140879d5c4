import asyncio


async def send_and_close(reader, writer):
    writer.write(b"HELLO client\nSIZE:5\nabcdeXY")  # 7 bytes after the size line
    writer.close()  # no more data will come
    await writer.wait_closed()


async def main():
    server = await asyncio.start_server(send_and_close, "127.0.0.1", 0)
    port = server.sockets[0].getsockname()[1]
    async with server:
        reader, writer = await asyncio.open_connection("127.0.0.1", port)
        print("readline:   ", await reader.readline())
        print("readuntil:  ", await reader.readuntil(b":"))
        size = int(await reader.readline())  # int() ignores the b"\n"
        print("readexactly:", await reader.readexactly(size))
        try:
            await reader.readexactly(4)  # only 2 bytes are left
        except asyncio.IncompleteReadError as error:
            print(f"IncompleteReadError: expected {error.expected}, partial {error.partial}")
        print("read() at EOF:", await reader.read())
        writer.close()
        await writer.wait_closed()


asyncio.run(main())
