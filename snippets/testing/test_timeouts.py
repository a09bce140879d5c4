import asyncio
import os
import sys

import pytest

pytestmark = pytest.mark.asyncio  # marks every test in this file


async def fetch(delay):
    await asyncio.sleep(delay)  # stands for a server that answers after `delay` s
    return "reply"


async def test_slow_fetch_times_out():
    loop = asyncio.get_running_loop()
    start = loop.time()
    with pytest.raises(TimeoutError):
        async with asyncio.timeout(0.1):
            await fetch(delay=10)
    assert loop.time() - start < 0.5  # raised at the deadline, not after 10 s


async def test_fast_fetch():
    async with asyncio.timeout(1):  # a hang fails the test instead of blocking it
        assert await fetch(delay=0.1) == "reply"


if __name__ == "__main__":
    # This file only; no pytest.ini or other config file is read.
    options = "-v --no-header -p no:cacheprovider -o asyncio_default_fixture_loop_scope=function"
    config = ["-c", os.devnull, "--rootdir", os.path.dirname(__file__)]
    sys.exit(pytest.main([__file__, *options.split(), *config]))
