import asyncio


class EchoServer(asyncio.DatagramProtocol):
    def connection_made(self, transport):
        self.transport = transport

    def datagram_received(self, data, addr):
        self.transport.sendto(data.upper(), addr)  # answer the sender


class Client(asyncio.DatagramProtocol):
    def __init__(self):
        self.replies = asyncio.Queue()

    def datagram_received(self, data, addr):
        self.replies.put_nowait(data)


async def main():
    loop = asyncio.get_running_loop()
    server, _ = await loop.create_datagram_endpoint(EchoServer, local_addr=("127.0.0.1", 0))
    port = server.get_extra_info("sockname")[1]
    client, protocol = await loop.create_datagram_endpoint(Client, remote_addr=("127.0.0.1", port))
    for word in (b"one", b"two", b"three"):
        client.sendto(word)  # remote_addr was given, so no address here
        print("reply:", await protocol.replies.get())
    client.close()
    server.close()


asyncio.run(main())
