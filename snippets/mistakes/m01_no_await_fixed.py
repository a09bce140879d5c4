import asyncio


async def is_banned(user):
    print(f"checking {user}")
    await asyncio.sleep(0.1)  # e.g. a database query
    return user == "mallory"


async def main():
    for user in ("alice", "mallory"):
        if await is_banned(user):  # await runs the check and gives its result
            print(f"{user}: access denied")
        else:
            print(f"{user}: welcome")


asyncio.run(main())
