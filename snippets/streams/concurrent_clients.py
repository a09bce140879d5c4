import asyncio
import time


async def slow_echo(reader, writer):
    name = await reader.readline()
    await asyncio.sleep(0.2)  # the server waits 0.2 s for each client
    writer.write(b"hello " + name)
    await writer.drain()
    writer.close()
    await writer.wait_closed()


async def client(port, name):
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    writer.write(name.encode() + b"\n")
    reply = await reader.readline()
    writer.close()
    await writer.wait_closed()
    return reply.decode().strip()


async def main():
    server = await asyncio.start_server(slow_echo, "127.0.0.1", 0)
    port = server.sockets[0].getsockname()[1]
    async with server:
        start = time.perf_counter()
        reply = await client(port, "ann")
        print("one client:", [reply], f"in {time.perf_counter() - start:.1f} s")

        start = time.perf_counter()  # the server runs one handler task per client
        replies = await asyncio.gather(client(port, "ann"), client(port, "bob"), client(port, "cy"))
        print("three clients:", replies, f"in {time.perf_counter() - start:.1f} s")


asyncio.run(main())
