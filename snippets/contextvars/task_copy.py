import asyncio
from contextvars import ContextVar

user = ContextVar("user", default="nobody")


async def child():
    print(f"child sees: {user.get()}")  # the value at create_task time
    user.set("child")
    print(f"child set: {user.get()}")


async def main():
    user.set("alice")
    task = asyncio.create_task(child())  # the task gets a copy of the current context
    user.set("bob")  # too late for the copy
    await task
    print(f"main still sees: {user.get()}")  # the child's change stayed in its copy


asyncio.run(main())
