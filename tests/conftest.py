"""Shared fixtures: the concurrent snippet batch, and the five editions built and served locally."""

from __future__ import annotations

import functools
import http.server
import os
import shutil
import threading
from pathlib import Path

import pytest

from tools import site as site_tool
from tools.snippets import Batch, discover, free_port


def pytest_collection_modifyitems(session, config, items):
    # Snippets first: their timings are measured while no build loads the two cores.
    items.sort(key=lambda item: 0 if item.nodeid.startswith("tests/test_snippets.py::test_snippet[") else 1)


@pytest.fixture(scope="session")
def snippet_batch(request) -> Batch:
    """Every selected snippet, started at once (serial ones alone afterwards)."""
    wanted = {item.callspec.params["snippet"].rel for item in request.session.items
              if hasattr(item, "callspec") and "snippet" in item.callspec.params}
    batch = Batch([s for s in discover() if s.rel in wanted]).start()
    yield batch
    batch.wait()
    runs = [batch.run(s).duration for s in batch.snippets]
    if runs:
        print(f"\nsnippets: {len(runs)} in {batch.wall:.1f} s wall; sum of their own run times "
              f"{sum(runs):.1f} s; longest {max(runs):.1f} s")


class QuietHandler(http.server.SimpleHTTPRequestHandler):
    """Serves the site as a static host does: a missing file gets the root 404.html, status 404."""

    def log_message(self, *args):
        pass

    def send_error(self, code, message=None, explain=None):
        page = Path(self.directory) / "404.html"
        if code != 404 or not page.is_file():
            return super().send_error(code, message, explain)
        body = page.read_bytes()
        self.send_response(404, message)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(body)


@pytest.fixture(scope="session")
def site():
    """All five editions, built once (as `python -m tools.site build` does) for a free local port
    and served from 127.0.0.1 on it. Yields (site folder, base URL)."""
    port = free_port()
    base = f"http://127.0.0.1:{port}/"
    shutil.rmtree(site_tool.SITE, ignore_errors=True)
    site_tool.build_all(list(site_tool.LANGUAGES), base)
    handler = functools.partial(QuietHandler, directory=str(site_tool.SITE))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", port), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield site_tool.SITE, base
    server.shutdown()


CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync"]


@pytest.fixture(scope="session")
def browser():
    """One Debian Chromium (CHROMIUM, default /usr/bin/chromium) driven by Playwright, shared by
    every browser test of the session."""
    sync_api = pytest.importorskip("playwright.sync_api")
    executable = os.environ.get("CHROMIUM", "/usr/bin/chromium")
    if not Path(executable).exists():
        pytest.fail(f"Chromium not found at {executable}: run the tests with `bash tools/dev.sh test`, "
                    "which installs Debian's chromium, or set CHROMIUM")
    with sync_api.sync_playwright() as p:
        b = p.chromium.launch(executable_path=executable, args=CHROMIUM_ARGS)
        yield b
        b.close()
