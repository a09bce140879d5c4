import asyncio
import threading
from contextvars import ContextVar

local = threading.local()  # one per thread; all tasks share the one thread
request_id = ContextVar("request_id")  # one value per task


async def handle(rid, delay):
    local.rid = rid
    request_id.set(rid)
    await asyncio.sleep(delay)  # the other task runs meanwhile
    print(f"{rid}: threading.local says {local.rid}, ContextVar says {request_id.get()}")


async def main():
    await asyncio.gather(handle("req-1", 0.2), handle("req-2", 0.1))


asyncio.run(main())
