import asyncio

cache = {"user": "ann"}


async def lookup(key):
    if key in cache:
        return cache[key]  # no await: an eager task finishes inside create_task
    await asyncio.sleep(0.1)
    return "loaded"


async def main():
    asyncio.get_running_loop().set_task_factory(asyncio.eager_task_factory)
    hit = asyncio.create_task(lookup("user"))
    miss = asyncio.create_task(lookup("order"))
    print("hit done:", hit.done(), "result:", hit.result())
    print("miss done:", miss.done())
    print("miss result:", await miss)


asyncio.run(main())
