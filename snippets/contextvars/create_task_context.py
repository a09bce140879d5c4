import asyncio
import contextvars

counter = contextvars.ContextVar("counter", default=0)


async def increment():
    counter.set(counter.get() + 1)


async def main():
    for _ in range(3):
        await asyncio.create_task(increment())  # each task: its own copy
    print(f"own copies: {counter.get()}")

    shared = contextvars.copy_context()
    for _ in range(3):
        await asyncio.create_task(increment(), context=shared)  # one context for all
    print(f"shared context: {shared[counter]}, main: {counter.get()}")


asyncio.run(main())
