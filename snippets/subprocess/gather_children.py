import asyncio
import sys
import time


async def run_child(seconds):
    proc = await asyncio.create_subprocess_exec(sys.executable, "-c", f"import time; time.sleep({seconds})")
    await proc.wait()  # suspends this coroutine only; the other children keep running


async def main():
    start = time.perf_counter()
    await asyncio.gather(run_child(0.3), run_child(0.3), run_child(0.3))
    print(f"all 3 children done in {time.perf_counter() - start:.1f} s")


asyncio.run(main())
