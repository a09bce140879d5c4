import asyncio
import itertools


async def main():
    queue = asyncio.PriorityQueue()
    queue.put_nowait((1, {"job": "fix outage"}))
    try:
        queue.put_nowait((1, {"job": "call customer"}))  # equal priority: compares the dicts
    except TypeError as error:
        print("TypeError:", error)

    queue = asyncio.PriorityQueue()
    arrival = itertools.count()  # 0, 1, 2, ...: breaks ties in arrival order
    for priority, job in [(2, "answer email"), (1, "fix outage"), (1, "call customer")]:
        queue.put_nowait((priority, next(arrival), {"job": job}))
    while not queue.empty():
        priority, _, job = await queue.get()
        print(priority, job)


asyncio.run(main())
