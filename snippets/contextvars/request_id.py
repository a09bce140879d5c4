import asyncio
from contextvars import ContextVar

request_id = ContextVar("request_id")


def log(message):
    print(f"[{request_id.get()}] {message}")  # no parameter needed


async def load_user():
    await asyncio.sleep(0.1)
    log("user loaded")


async def handle(rid):
    request_id.set(rid)  # visible to every call made from this task
    log("start")
    await load_user()
    log("end")


async def main():
    await asyncio.gather(handle("req-1"), handle("req-2"))


asyncio.run(main())
