import os
import resource
import select
import selectors
import socket

soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
if soft < 2048:  # allow descriptor numbers above 1024 in this process
    resource.setrlimit(resource.RLIMIT_NOFILE, (min(2048, hard), hard))

reader, writer = socket.socketpair()
writer.send(b"x")
high_fd = os.dup2(reader.fileno(), 1500)  # the same socket, as descriptor 1500

try:
    select.select([high_fd], [], [], 0)
except ValueError as error:
    print("select.select:", error)

for selector in (selectors.PollSelector(), selectors.DefaultSelector()):
    selector.register(high_fd, selectors.EVENT_READ)
    ready = selector.select(timeout=0)
    print(f"{type(selector).__name__}: descriptor {ready[0][0].fd} is readable")
    selector.close()
os.close(high_fd)
