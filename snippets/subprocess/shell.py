import asyncio
import shlex
import sys


async def run(command):
    proc = await asyncio.create_subprocess_shell(command, stdout=asyncio.subprocess.PIPE)
    stdout, _ = await proc.communicate()
    return stdout.decode().strip()


async def main():
    python = shlex.quote(sys.executable)
    name = "Bob; echo INJECTED"  # imagine this came from a user
    print(await run(f"{python} -c 'import sys; print(sys.argv[1])' {name}"))
    print(await run(f"{python} -c 'import sys; print(sys.argv[1])' {shlex.quote(name)}"))


asyncio.run(main())
