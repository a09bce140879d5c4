import asyncio
import os
import signal


async def worker(name):
    try:
        while True:
            await asyncio.sleep(1)  # one unit of work: still going when the signal comes
    finally:
        print(f"{name}: finally block, connection closed")


def on_signal(sig, stop):  # a plain callback, called by the loop
    print("received", sig.name)
    stop.set()


async def main():
    loop = asyncio.get_running_loop()
    stop = asyncio.Event()
    for sig in (signal.SIGINT, signal.SIGTERM):  # POSIX only
        loop.add_signal_handler(sig, on_signal, sig, stop)
    workers = [asyncio.create_task(worker(f"worker {n}")) for n in (1, 2, 3)]

    # Another process sends SIGTERM, as `kill` or a service manager does.
    killer = await asyncio.create_subprocess_exec("sh", "-c", f"sleep 0.3; kill -TERM {os.getpid()}")
    await stop.wait()
    for task in workers:
        task.cancel()
    await asyncio.gather(*workers, return_exceptions=True)  # waits for every finally block
    await killer.wait()
    print("all workers stopped; exiting normally")


asyncio.run(main())
