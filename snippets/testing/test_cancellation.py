import asyncio
import os
import sys

import pytest


async def worker_that_reraises(log):
    try:
        await asyncio.sleep(10)
    finally:
        log.append("cleanup")


async def worker_that_swallows(log):
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        log.append("cleanup")  # bug: no raise


@pytest.mark.asyncio
@pytest.mark.parametrize("worker", [worker_that_reraises, worker_that_swallows])
async def test_cancel(worker):
    log = []
    task = asyncio.create_task(worker(log))
    await asyncio.sleep(0)  # let the task start: it reaches its await
    task.cancel()
    with pytest.raises(asyncio.CancelledError):
        await task
    assert log == ["cleanup"]


if __name__ == "__main__":
    # This file only; no pytest.ini or other config file is read.
    options = "-v --no-header --tb=line -p no:cacheprovider -o asyncio_default_fixture_loop_scope=function"
    config = ["-c", os.devnull, "--rootdir", os.path.dirname(__file__)]
    sys.exit(pytest.main([__file__, *options.split(), *config]))
