import asyncio
import os
import sys

import pytest


async def test_sleep():  # strict mode, and no @pytest.mark.asyncio
    await asyncio.sleep(0.1)


if __name__ == "__main__":
    # This file only; no pytest.ini or other config file is read.
    options = "-v --no-header -p no:cacheprovider -o asyncio_default_fixture_loop_scope=function"
    config = ["-c", os.devnull, "--rootdir", os.path.dirname(__file__)]
    sys.exit(pytest.main([__file__, *options.split(), *config]))
