import asyncio
import sys
import time


async def main():
    proc = await asyncio.create_subprocess_exec(sys.executable, "-c", "import time; time.sleep(10)")
    start = time.perf_counter()
    try:
        await asyncio.wait_for(proc.wait(), timeout=0.3)
    except asyncio.TimeoutError:
        print(f"timeout after {time.perf_counter() - start:.1f} s, returncode: {proc.returncode}")
        proc.kill()  # sends SIGKILL on POSIX
        await proc.wait()  # collect the exit status, or the process stays a zombie
    print(f"after kill, returncode: {proc.returncode}")


asyncio.run(main())
