import asyncio
import sys

CHILD = """
import sys
print("hello from the child")
print("something went wrong", file=sys.stderr)
sys.exit(3)
"""


async def main():
    proc = await asyncio.create_subprocess_exec(
        sys.executable,  # the program, then its arguments; no shell involved
        "-c",
        CHILD,
        stdout=asyncio.subprocess.PIPE,
        stderr=asyncio.subprocess.PIPE,
    )
    stdout, stderr = await proc.communicate()  # reads both pipes and waits for the exit
    print(f"stdout: {stdout.decode().strip()}")
    print(f"stderr: {stderr.decode().strip()}")
    print(f"returncode: {proc.returncode}")


asyncio.run(main())
