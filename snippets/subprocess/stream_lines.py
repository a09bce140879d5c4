import asyncio
import sys
import time

CHILD = """
import time
print("started", flush=True)
for step in range(3):
    time.sleep(0.2)
    print(f"step {step}", flush=True)
"""


async def main():
    proc = await asyncio.create_subprocess_exec(sys.executable, "-c", CHILD, stdout=asyncio.subprocess.PIPE)
    print((await proc.stdout.readline()).decode().strip())
    start = time.perf_counter()  # count from the child's first line, not from its start-up
    while True:
        line = await proc.stdout.readline()  # b"" means the child closed its stdout
        if not line:
            break
        print(f"{line.decode().strip()} at {time.perf_counter() - start:.1f} s")
    await proc.wait()
    print(f"exit code {proc.returncode}")


asyncio.run(main())
