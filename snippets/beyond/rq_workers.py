import asyncio
import os
import sys
import time

from jobs import make_thumbnail
from redis import Redis
from rq import Queue, Worker

REDIS_URL = os.environ.get("REDIS_URL", "redis://127.0.0.1:6379/0")
HERE = os.path.dirname(os.path.abspath(__file__))  # the workers import jobs.py from here


async def start_worker():
    command = ["-m", "rq.cli", "worker", "--quiet", "--url", REDIS_URL, "--path", HERE, "thumbnails"]
    return await asyncio.create_subprocess_exec(sys.executable, *command)


async def result_of(job):
    while (status := job.get_status()) in ("queued", "started"):  # one short Redis request
        await asyncio.sleep(0.05)  # the loop runs other tasks in between
    if status != "finished":
        raise RuntimeError(f"{job.description}: {status.value}")
    return job.return_value()


async def main():
    queue = Queue("thumbnails", connection=Redis.from_url(REDIS_URL))
    queue.connection.ping()  # no server? fail here, before starting any worker
    workers = [await start_worker() for _ in range(2)]
    try:
        while Worker.count(queue=queue) < len(workers):  # until both workers listen
            await asyncio.sleep(0.05)
        start = time.perf_counter()
        jobs = [queue.enqueue(make_thumbnail, f"photo{n}.jpg") for n in range(1, 5)]
        print(await asyncio.gather(*(result_of(job) for job in jobs)))
        print(f"4 jobs on 2 workers: {time.perf_counter() - start:.1f} s")
    finally:
        for worker in workers:
            worker.terminate()  # SIGTERM: a worker ends its current job, then exits
        for worker in workers:
            await worker.wait()


asyncio.run(main())
