import asyncio
import sys

CHILD = """
import sys
for line in sys.stdin:
    print(line.strip().upper())
"""


async def main():
    pipe = asyncio.subprocess.PIPE
    proc = await asyncio.create_subprocess_exec(sys.executable, "-c", CHILD, stdin=pipe, stdout=pipe)
    stdout, _ = await proc.communicate(input=b"one\ntwo\n")  # writes, closes stdin, reads
    print(stdout.decode(), end="")

    proc = await asyncio.create_subprocess_exec(sys.executable, "-c", CHILD, stdin=pipe, stdout=pipe)
    for word in ["three", "four"]:
        proc.stdin.write(f"{word}\n".encode())
        await proc.stdin.drain()  # wait while the pipe buffer is full
    proc.stdin.close()  # end of input: the child's loop ends
    print((await proc.stdout.read()).decode(), end="")
    await proc.wait()


asyncio.run(main())
