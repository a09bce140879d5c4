import asyncio
import os
import sys

import pytest


@pytest.fixture  # auto mode: a plain fixture may be async
async def queue():
    queue = asyncio.Queue()
    asyncio.get_running_loop().call_later(0.1, queue.put_nowait, "job")
    return queue


async def test_job_arrives(queue):  # auto mode: no mark needed
    assert await queue.get() == "job"


if __name__ == "__main__":
    # This file only; no pytest.ini or other config file is read.
    options = "-v --no-header -p no:cacheprovider -o asyncio_default_fixture_loop_scope=function"
    options += " -o asyncio_mode=auto"  # in a project: asyncio_mode = auto in pytest.ini
    config = ["-c", os.devnull, "--rootdir", os.path.dirname(__file__)]
    sys.exit(pytest.main([__file__, *options.split(), *config]))
