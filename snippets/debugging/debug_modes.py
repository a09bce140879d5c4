import asyncio
import os
import subprocess
import sys


async def main():
    print("loop.get_debug():", asyncio.get_running_loop().get_debug())


def run_again(label, *options, **env):
    """Run this file in a new interpreter with a command-line option or an environment variable."""
    child = subprocess.run(
        [sys.executable, *options, __file__, "child"],
        env={**os.environ, **env},
        stdout=subprocess.PIPE,
        text=True,
        check=True,
    )
    print(f"{label:25}", child.stdout, end="")


if sys.argv[1:] == ["child"]:
    asyncio.run(main())
else:
    run_again("python debug_modes.py")
    run_again("PYTHONASYNCIODEBUG=1", PYTHONASYNCIODEBUG="1")
    run_again("python -X dev", "-X", "dev")
    print(f"{'asyncio.run(debug=True)':25}", end=" ")
    asyncio.run(main(), debug=True)
