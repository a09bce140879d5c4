import asyncio
import os
import sys

import pytest
import pytest_asyncio


async def shout(reader, writer):
    writer.write((await reader.readline()).upper())
    writer.close()


@pytest_asyncio.fixture  # strict mode: an async fixture needs this decorator
async def port():
    server = await asyncio.start_server(shout, "127.0.0.1", 0)
    yield server.sockets[0].getsockname()[1]  # the test runs here
    server.close()
    await server.wait_closed()


@pytest.mark.asyncio  # strict mode: an async test needs this mark
async def test_shout(port):
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    writer.write(b"hello\n")
    assert await reader.readline() == b"HELLO\n"
    writer.close()


if __name__ == "__main__":
    # This file only; no pytest.ini or other config file is read.
    options = "-v --no-header -p no:cacheprovider -o asyncio_default_fixture_loop_scope=function"
    options += " -W ignore::pytest.PytestAssertRewriteWarning"  # pytest_asyncio imported first
    config = ["-c", os.devnull, "--rootdir", os.path.dirname(__file__)]
    sys.exit(pytest.main([__file__, *options.split(), *config]))
