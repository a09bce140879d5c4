import asyncio


async def is_banned(user):
    print(f"checking {user}")
    await asyncio.sleep(0.1)  # e.g. a database query
    return user == "mallory"


async def main():
    for user in ("alice", "mallory"):
        if is_banned(user):  # bug: a coroutine object is always true
            print(f"{user}: access denied")
        else:
            print(f"{user}: welcome")


asyncio.run(main())
