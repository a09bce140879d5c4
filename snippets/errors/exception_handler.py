import asyncio


def handler(loop, context):
    print(f"handler: {context['message']!r}")
    print(f"  exception: {context.get('exception')!r}")
    print(f"  keys: {sorted(context)}")


def callback():
    raise RuntimeError("callback broke")


async def fetch():
    raise ConnectionError("server closed the connection")


async def main():
    loop = asyncio.get_running_loop()
    loop.set_exception_handler(handler)
    loop.call_soon(callback)  # an error in a plain callback
    task = asyncio.create_task(fetch())  # an error nobody retrieves
    await asyncio.sleep(0.1)
    del task
    loop.call_exception_handler({"message": "disk almost full"})  # report your own problem
    print("main: done")


asyncio.run(main())
