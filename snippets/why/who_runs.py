import asyncio
import os
import threading
from concurrent.futures import ProcessPoolExecutor

MAIN_PID = os.getpid()


def where():
    process = "the main" if os.getpid() == MAIN_PID else "another"
    return f"thread {threading.current_thread().name} in {process} process"


async def main():
    print("coroutine:   ", where())
    with ProcessPoolExecutor(max_workers=1) as pool:
        print("process pool:", await asyncio.get_running_loop().run_in_executor(pool, where))
    print("to_thread:   ", await asyncio.to_thread(where))
    print("threads now:   ", threading.active_count())  # the to_thread worker stays


if __name__ == "__main__":
    print("threads before:", threading.active_count())
    asyncio.run(main())
    print("threads after: ", threading.active_count())
