import asyncio
import subprocess
import sys


async def save(item):
    print(f"saved {item}")


async def handle(item):
    saving = save(item)  # only creates the coroutine object
    if item.startswith("draft"):
        await saving  # bug: only drafts are saved
    print(f"handled {item}")


async def main():
    await handle("report")


if sys.argv[1:] == ["child"]:
    asyncio.run(main())
else:
    for options in ([], ["-X", "tracemalloc=2"]):
        print("$ python", *options, "never_awaited_where.py", flush=True)
        subprocess.run([sys.executable, *options, __file__, "child"], check=True)
