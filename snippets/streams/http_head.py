import asyncio
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer


class Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"

    def do_HEAD(self):
        self.send_response(200)  # also adds the Server and Date headers
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", "1024")
        self.end_headers()

    def log_message(self, *args):  # no request log on stderr
        pass


async def main(port):
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    writer.write(b"HEAD / HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n")
    await writer.drain()
    print((await reader.readline()).decode().strip())  # the status line
    headers = {}
    while True:
        line = await reader.readline()
        if line in (b"\r\n", b""):  # an empty line ends the headers
            break
        name, _, value = line.decode().partition(":")
        headers[name.lower()] = value.strip()
    writer.close()
    await writer.wait_closed()
    print("content-type:", headers["content-type"])
    print("header names:", sorted(headers))


httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)  # a real HTTP server, in a thread
threading.Thread(target=httpd.serve_forever, daemon=True).start()
asyncio.run(main(httpd.server_port))
httpd.shutdown()
httpd.server_close()
