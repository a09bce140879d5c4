import asyncio
import os
import sys
import time
from unittest.mock import AsyncMock

import pytest


async def fetch_with_retry(fetch, attempts=3, delay=1.0):
    for attempt in range(1, attempts + 1):
        try:
            return await fetch()
        except ConnectionError:
            if attempt == attempts:
                raise
            await asyncio.sleep(delay)  # 1 s between attempts by default


@pytest.mark.asyncio
async def test_retry_until_success():
    fetch = AsyncMock(side_effect=[ConnectionError, ConnectionError, "ok"])
    start = time.perf_counter()
    assert await fetch_with_retry(fetch, delay=0) == "ok"  # no wait between attempts
    print(f"{fetch.await_count} attempts in {time.perf_counter() - start:.1f} s")


if __name__ == "__main__":
    # This file only; no pytest.ini or other config file is read.
    options = "-v --no-header -s -p no:cacheprovider -o asyncio_default_fixture_loop_scope=function"
    config = ["-c", os.devnull, "--rootdir", os.path.dirname(__file__)]
    sys.exit(pytest.main([__file__, *options.split(), *config]))
