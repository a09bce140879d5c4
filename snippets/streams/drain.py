import asyncio
import time


async def late_reader(reader, writer):
    start = time.perf_counter()
    await asyncio.sleep(0.3)  # reads nothing for 0.3 s
    print(f"server: starts reading after {time.perf_counter() - start:.1f} s")
    data = await reader.read()  # reads everything, up to EOF
    writer.write(f"server got {len(data) // 2**20} MiB\n".encode())
    writer.close()
    await writer.wait_closed()


async def main():
    server = await asyncio.start_server(late_reader, "127.0.0.1", 0)
    port = server.sockets[0].getsockname()[1]
    async with server:
        reader, writer = await asyncio.open_connection("127.0.0.1", port)
        low, high = writer.transport.get_write_buffer_limits()
        print(f"write buffer limits: low {low}, high {high} bytes")
        writer.write(b"x" * 2**23)  # 8 MiB; write() never waits
        buffered = writer.transport.get_write_buffer_size()
        print("write() returned; buffered bytes above high:", buffered > high)
        await writer.drain()  # waits until the buffer is small again
        print("drain() returned")
        writer.write_eof()  # tell the server that no more data comes
        print((await reader.readline()).decode().strip())
        writer.close()
        await writer.wait_closed()


asyncio.run(main())
