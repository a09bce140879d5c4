"""Measure what readers and contributors wait for, and compare it with the performance targets.

    python -m tools.bench                     # every figure, then the target table (about 3.5 min)
    python -m tools.bench --skip-lighthouse   # without the six Lighthouse runs (1.5 min less)
    python -m tools.bench --only-snippets     # the snippet suite alone, with its timeline
    python -m tools.bench --json bench.json   # also write every figure as JSON
    python -m tools.bench --commit HEAD       # measure a commit instead of the working tree

Run it after `bash tools/dev.sh test` has made .venv/ (a Python without MkDocs switches to it) and
node_modules/ (`npm ci` runs here when it is missing). The exit status is 1 when a target is missed.

One run prints, on this machine:

snippets  count; the suite's wall time; the sum of the snippets' own run times; the longest one;
          sum / wall; the target "wall <= 1.5 x longest + interpreter start-up".
build     a clean build of the five editions (wall, per language), and the live-reload time:
          `python -m tools.site serve` on a free port, a one-line edit of docs/en/index.md, the
          time until the served page changes.
site      total size; bytes a first visit transfers per page type and edition (every response
          Chromium receives, text gzip-compressed at level 6 as a static host serves it);
          each search index, raw and compressed.
browser   time from typing a query to the first result on the largest edition (median), and
          Lighthouse 12 scores (mobile) for the home page and a long page.

Nothing here touches the checkout beyond reading it: the builds, the server and the edit happen
in a temporary copy of the working tree, or of the commit given (the shared site/ and docs/ are
left alone: other people run tests and edit pages in this checkout). Chromium is the Debian one (CHROMIUM, default
/usr/bin/chromium); every request to a host other than 127.0.0.1 is sent to a closed local port,
so neither the page nor the browser nor Lighthouse reaches the internet, and the run says if any
was attempted. Run it when the machine is otherwise idle: the load average is printed first.
"""

from __future__ import annotations

import argparse
import contextlib
import functools
import gzip
import http.server
import io
import json
import os
import re
import resource
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import urllib.error
import urllib.request
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlsplit

from tools.snippets import free_port

ROOT = Path(__file__).resolve().parent.parent
LANGS = ["en", "uk", "ru", "zh", "fr"]  # tools/languages.yml; read again below when importable
PAGE_TYPES = {"home": "", "long page": "event-loop/", "notebook": "jupyter/", "versions": "versions/"}
LONG_PAGE = "event-loop/"
QUERIES = {"en": "TaskGroup", "uk": "співпрограми", "ru": "корутины", "zh": "协程", "fr": "boucle"}
CHROMIUM = os.environ.get("CHROMIUM", "/usr/bin/chromium")
LIGHTHOUSE = ROOT / "node_modules" / "lighthouse" / "cli" / "index.js"
# Every non-loopback request goes to this closed port (Chromium never proxies 127.0.0.1 itself).
DEAD_PROXY = "--proxy-server=http://127.0.0.1:9"
CHROME_FLAGS = ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-quic", "--no-first-run", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--disable-default-apps", DEAD_PROXY]
COPY_IGNORED = {".git", "site", ".venv", ".venvs", "node_modules", ".cache", "__pycache__",
                ".pytest_cache", ".ipynb_checkpoints", ".ruff_cache"}
TEXT_EXTENSIONS = {".html", ".css", ".js", ".mjs", ".json", ".xml", ".svg", ".txt", ".map", ".ipynb"}
KB = 1000  # kB here are 1000 bytes, the stricter reading of "250 KB"

# Targets (issue 11)
SNIPPET_FACTOR = 1.5
BUILD_LIMIT = 30.0
FIRST_VISIT_LIMIT = 250 * KB
SEARCH_INDEX_LIMIT = 200 * KB
LIGHTHOUSE_MIN = 95
CATEGORIES = ["performance", "accessibility", "best-practices", "seo"]


# ---------------------------------------------------------------------------------------------
# Output


@dataclass
class Target:
    name: str
    measured: str
    limit: str
    ok: bool | None  # None: not measured in this run
    miss: str = ""
    load: float | None = None  # load average when a timing was measured (None: a size)


@dataclass
class Report:
    figures: dict = field(default_factory=dict)
    targets: list[Target] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)

    def target(self, name: str, measured: str, limit: str, ok: bool | None, miss: str = "",
               timed: bool = True) -> None:
        load = SECTION_LOAD[0] if timed else None
        self.targets.append(Target(name, measured, limit, ok, "" if ok else miss, load))


def say(text: str = "") -> None:
    print(text, flush=True)


SECTION_LOAD = [0.0]  # load average at the start of the current section


def section(title: str) -> None:
    load = SECTION_LOAD[0] = os.getloadavg()[0]
    say(f"\n== {title} " + "=" * max(0, 72 - len(title)) + f" (load {load:.2f})")


def row(label: str, value: str) -> None:
    say(f"  {label:<34}{value}")


def kb(n: float) -> str:
    return f"{n / KB:.1f} kB"


def gz(data: bytes) -> int:
    return len(gzip.compress(data, compresslevel=6, mtime=0))


def table(header: list[str], rows: list[list[str]], indent: int = 2) -> None:
    widths = [max(len(str(r[i])) for r in [header] + rows) for i in range(len(header))]
    line = lambda cells: " " * indent + "  ".join(  # noqa: E731
        str(c).ljust(w) if i == 0 else str(c).rjust(w) for i, (c, w) in enumerate(zip(cells, widths)))
    say(line(header))
    say(" " * indent + "  ".join("-" * w for w in widths))
    for r in rows:
        say(line(r))


# ---------------------------------------------------------------------------------------------
# Helpers


def fetch(url: str, timeout: float = 5.0) -> bytes | None:
    try:
        with urllib.request.urlopen(url, timeout=timeout) as r:
            return r.read()
    except (urllib.error.URLError, OSError):
        return None


def copy_tree(dest: Path) -> Path:
    """The working tree as it is now (uncommitted edits included), without outputs and caches."""
    shutil.copytree(ROOT, dest, ignore=lambda d, names: [n for n in names if n in COPY_IGNORED],
                    symlinks=True)
    return dest


def git_state() -> str:
    if os.environ.get("ASYNCIO_BENCH_SOURCE"):  # set by --commit for the exported tree
        return os.environ["ASYNCIO_BENCH_SOURCE"]
    try:
        head = subprocess.run(["git", "rev-parse", "--short", "HEAD"], cwd=ROOT, capture_output=True,
                              text=True, timeout=10).stdout.strip()
        dirty = subprocess.run(["git", "status", "--porcelain"], cwd=ROOT, capture_output=True,
                               text=True, timeout=10).stdout.splitlines()
    except (OSError, subprocess.TimeoutExpired):
        return "not a git checkout"
    if not head:
        return "not a git checkout"
    return f"commit {head}" + (f" + {len(dirty)} uncommitted changes in the working tree" if dirty else "")


def machine() -> str:
    model = ""
    with contextlib.suppress(OSError):
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                model = line.split(":", 1)[1].strip()
                break
    return f"{os.cpu_count()} cores{', ' + model if model else ''}"


def version(cmd: list[str]) -> str:
    try:
        out = subprocess.run(cmd, capture_output=True, text=True, timeout=30)
        return (out.stdout or out.stderr).strip().splitlines()[0]
    except (OSError, subprocess.TimeoutExpired, IndexError):
        return "not found"


class StaticHost(http.server.SimpleHTTPRequestHandler):
    """A static host: index.html for folders, the site's 404.html, text gzip-compressed (level 6)."""

    protocol_version = "HTTP/1.1"
    compressed: dict[str, bytes] = {}

    def log_message(self, *args):
        pass

    def send_head(self):
        url_path = urlsplit(self.path).path
        path = Path(self.translate_path(self.path))
        if path.is_dir():
            if not url_path.endswith("/"):
                self.send_response(301)
                self.send_header("Location", url_path + "/")
                self.send_header("Content-Length", "0")
                self.end_headers()
                return None
            path = path / "index.html"
        status = 200
        if not path.is_file():
            status, path = 404, Path(self.directory) / "404.html"
        body = path.read_bytes()
        ctype = self.guess_type(str(path))
        text = path.suffix in TEXT_EXTENSIONS
        if text and "gzip" in self.headers.get("Accept-Encoding", ""):
            key = f"{path}:{path.stat().st_mtime_ns}"
            if key not in self.compressed:
                self.compressed[key] = gzip.compress(body, compresslevel=6, mtime=0)
            body = self.compressed[key]
        self.send_response(status)
        self.send_header("Content-Type", ctype)
        self.send_header("Content-Length", str(len(body)))
        self.send_header("Cache-Control", "max-age=600")
        if text:
            self.send_header("Vary", "Accept-Encoding")
            if "gzip" in self.headers.get("Accept-Encoding", ""):
                self.send_header("Content-Encoding", "gzip")
        self.end_headers()
        return io.BytesIO(body)


@contextlib.contextmanager
def static_host(directory: Path, port: int):
    server = http.server.ThreadingHTTPServer(("127.0.0.1", port),
                                             functools.partial(StaticHost, directory=str(directory)))
    server.daemon_threads = True
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        yield f"http://127.0.0.1:{port}/"
    finally:
        server.shutdown()
        server.server_close()


def stop(proc: subprocess.Popen) -> None:
    """Stop a process this script started (and its own process group: build workers, kernels)."""
    if proc.poll() is None:
        proc.send_signal(signal.SIGINT)
        try:
            proc.wait(timeout=15)
        except subprocess.TimeoutExpired:
            pass
    with contextlib.suppress(ProcessLookupError, PermissionError):
        os.killpg(proc.pid, signal.SIGTERM)
    with contextlib.suppress(subprocess.TimeoutExpired):
        proc.wait(timeout=10)


# ---------------------------------------------------------------------------------------------
# Snippets


def startup_time(runs: int = 7) -> float:
    from tools.snippets import child_env

    times = []
    for _ in range(runs):
        start = time.perf_counter()
        subprocess.run([sys.executable, "-c", "pass"], env=child_env(), check=True)
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def bench_snippets(report: Report) -> None:
    from tools import snippets as st

    section("snippets (run as tests/test_snippets.py runs them: all at once, CPU-heavy ones after)")
    startup = startup_time()
    snippets = st.discover()
    # When each run starts and ends (Batch calls these module functions by name), to show where
    # the suite's wall time goes beyond its longest snippet.
    spans: dict[str, tuple[float, float]] = {}
    run_snippet, run_notebook_cells = st.run_snippet, st.run_notebook_cells

    def timed(fn, key):
        def wrapper(first, *a, **k):
            began = time.perf_counter()
            try:
                return fn(first, *a, **k)
            finally:
                spans[key(first)] = (began, time.perf_counter())
        return wrapper

    st.run_snippet = timed(run_snippet, lambda s: s.rel)
    st.run_notebook_cells = timed(run_notebook_cells, lambda cells: "notebook")
    try:
        cpu0 = resource.getrusage(resource.RUSAGE_CHILDREN)
        t0 = time.perf_counter()
        batch = st.Batch(snippets).start()
        batch.wait()
        cpu1 = resource.getrusage(resource.RUSAGE_CHILDREN)
    finally:
        st.run_snippet, st.run_notebook_cells = run_snippet, run_notebook_cells
    runs, errors, skipped, failed = {}, [], [], []
    specs = {}
    for s in snippets:
        try:
            specs[s.rel] = s.spec()
            run = batch.run(s)
        except Exception as e:  # noqa: BLE001 - a broken declaration: reported, not timed
            errors.append(f"{s.rel}: {type(e).__name__}: {e}")
            continue
        if run.skipped:
            skipped.append(s.rel)
            continue
        runs[s.rel] = run
        with contextlib.suppress(Exception):
            if not batch.result(s).ok:
                failed.append(s.rel)
    wall = batch.wall
    total = sum(r.duration for r in runs.values())
    longest_rel, longest = max(((rel, r.duration) for rel, r in runs.items()), key=lambda x: x[1],
                               default=("-", 0.0))
    notebook = [rel for rel in runs if specs[rel].runner == "notebook"]
    serial = [rel for rel in runs if specs[rel].runner == "python" and specs[rel].serial]
    limit = SNIPPET_FACTOR * longest + startup
    row("count", f"{len(runs)} run ({len(runs) - len(notebook)} processes, {len(notebook)} notebook cells "
                 f"in one kernel); {len(skipped)} skipped; {len(errors)} not runnable")
    row("outcome", f"{len(runs) - len(failed)} passed, {len(failed)} failed"
        + (f" ({', '.join(failed[:4])}{', ...' if len(failed) > 4 else ''})" if failed else ""))
    row("suite wall time", f"{wall:.2f} s")
    row("sum of own run times", f"{total:.2f} s")
    row("longest snippet", f"{longest:.2f} s ({longest_rel})")
    row("ratio sum / wall", f"{total / wall:.1f}x" if wall else "-")
    row("interpreter start-up", f"{startup * 1000:.0f} ms (python -c pass, median of 7)")
    # The other floor: the CPU the snippets themselves use (interpreter start-up, imports such as
    # aiohttp and pytest, CPU-bound examples), spread over every core at best.
    cpu = (cpu1.ru_utime - cpu0.ru_utime) + (cpu1.ru_stime - cpu0.ru_stime)
    cores = os.cpu_count() or 1
    row("CPU used by the snippets", f"{cpu:.1f} CPU-s (user + system of every snippet process); "
                                    f"/ {cores} cores = {cpu / cores:.1f} s, a floor for the wall time")
    if serial:
        row("CPU-heavy snippets, one at a time", f"{len(serial)}: {sum(runs[r].duration for r in serial):.2f} s "
                                                  f"({', '.join(serial)})")
    if notebook:
        row("notebook kernel, all cells", f"{sum(runs[r].duration for r in notebook):.2f} s (start-up included)")
    if spans:
        parallel = [spans[r] for r in runs if r in spans and r not in serial]
        phases = [("setup before the first run", 0.0, min(b for b, _ in spans.values()) - t0)]
        if parallel:
            phases.append(("parallel snippets", min(b for b, _ in parallel) - t0, max(e for _, e in parallel) - t0))
        if serial:
            phases.append(("CPU-heavy, one at a time", min(spans[r][0] for r in serial) - t0,
                           max(spans[r][1] for r in serial) - t0))
        if "notebook" in spans:
            phases.append(("notebook kernel", spans["notebook"][0] - t0, spans["notebook"][1] - t0))
        last = max(spans, key=lambda k: spans[k][1])
        row("timeline (s from the batch start)", "; ".join(f"{name} {b:.1f}-{e:.1f}" for name, b, e in phases))
        row("  last to finish", f"{last} at {spans[last][1] - t0:.1f} s (started at {spans[last][0] - t0:.1f} s)")
        longest_span = spans.get(longest_rel)
        if longest_span:
            row("  longest snippet ran", f"{longest_span[0] - t0:.1f}-{longest_span[1] - t0:.1f} s")
        report.figures["snippets_timeline"] = {name: [b, e] for name, b, e in phases}
    row("target: 1.5 x longest + start-up", f"{limit:.2f} s -> {'pass' if wall <= limit else 'MISS'}")
    for e in errors:
        report.warnings.append(f"snippet not runnable: {e}")
    if failed:
        report.warnings.append(f"{len(failed)} snippets failed their checks during the benchmark (python -m "
                               "tools.snippets check says why; under load, timing claims fail first): their run "
                               "times are still counted")
    report.figures["snippets"] = {
        "count": len(runs), "failed": failed, "skipped": skipped, "errors": errors, "wall_s": wall,
        "sum_s": total, "longest_s": longest, "longest": longest_rel, "startup_s": startup,
        "ratio": total / wall if wall else None, "limit_s": limit, "cpu_s": cpu, "cpu_floor_s": cpu / cores,
        "serial_s": sum(runs[r].duration for r in serial), "notebook_s": sum(runs[r].duration for r in notebook)}
    report.target("snippet suite wall <= 1.5 x longest + start-up", f"{wall:.2f} s", f"{limit:.2f} s",
                  wall <= limit, f"+{wall - limit:.2f} s ({(wall / limit - 1) * 100:.1f}% over)")


# ---------------------------------------------------------------------------------------------
# Build and live reload


BUILD_LINE = re.compile(r"^(?P<langs>(?:\w+ [\d.]+ s ?)+); (?P<n>\d+) editions in (?P<wall>[\d.]+) s", re.M)


def bench_build(report: Report, copy: Path, base: str) -> bool:
    section("build (clean: a fresh copy of the measured tree, no site/, no .cache/)")
    env = dict(os.environ, SITE_URL=base)
    start = time.perf_counter()
    proc = subprocess.run([sys.executable, "-m", "tools.site", "build"], cwd=copy, env=env,
                          capture_output=True, text=True)
    wall = time.perf_counter() - start
    if proc.returncode != 0:
        say(proc.stderr[-3000:])
        row("clean build", f"FAILED after {wall:.1f} s (exit {proc.returncode}); site figures skipped")
        report.target("clean five-language build < 30 s", "build failed", f"{BUILD_LIMIT:.0f} s", False,
                      "the strict build fails")
        return False
    m = BUILD_LINE.search(proc.stderr)
    per_lang = {lang: float(t) for lang, t in re.findall(r"(\w+) ([\d.]+) s", m.group("langs"))} if m else {}
    row("clean build, wall (whole command)", f"{wall:.1f} s (python -m tools.site build, 2 workers)")
    if m:
        row("  of which building (tools.site)", f"{float(m.group('wall')):.1f} s")
    row("per language (each in a worker)", "  ".join(f"{lang} {t:.1f} s" for lang, t in per_lang.items()))
    report.figures["build"] = {"clean_wall_s": wall, "per_language_s": per_lang}
    report.target("clean five-language build < 30 s", f"{wall:.1f} s", f"{BUILD_LIMIT:.0f} s",
                  wall < BUILD_LIMIT, f"+{wall - BUILD_LIMIT:.1f} s ({(wall / BUILD_LIMIT - 1) * 100:.1f}% over)")
    return True


def bench_reload(report: Report, copy: Path, runs: int) -> None:
    section("live reload (python -m tools.site serve, one-line edit of docs/en/index.md)")
    port = free_port()
    url = f"http://127.0.0.1:{port}/en/"
    log_path = copy / "serve.log"
    page = copy / "docs" / "en" / "index.md"
    original = page.read_bytes()
    start = time.perf_counter()
    with open(log_path, "wb") as log:
        proc = subprocess.Popen([sys.executable, "-m", "tools.site", "serve", "--port", str(port)], cwd=copy,
                                stdout=log, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL,
                                start_new_session=True)
    times: list[float] = []
    try:
        while fetch(url) is None:
            if proc.poll() is not None or time.perf_counter() - start > 300:
                raise RuntimeError("serve did not start:\n" + log_path.read_text(errors="replace")[-2000:])
            time.sleep(0.2)
        startup = time.perf_counter() - start
        row("serve start-up (full build, warm)", f"{startup:.1f} s until {url} answers")
        time.sleep(1.0)  # let the watcher settle after the initial build
        try:
            for i in range(runs):
                marker = f"bench-edit-{os.getpid()}-{i}-{time.time_ns()}"
                edit_start = time.perf_counter()
                page.write_bytes(original + f"\n\n<!-- {marker} -->\n".encode())
                while marker.encode() not in (fetch(url) or b""):
                    if time.perf_counter() - edit_start > 120:
                        raise RuntimeError("the edit did not reach the served page within 120 s:\n"
                                           + log_path.read_text(errors="replace")[-2000:])
                    time.sleep(0.05)
                times.append(time.perf_counter() - edit_start)
                page.write_bytes(original)
                restore_start = time.perf_counter()
                while marker.encode() in (fetch(url) or b"") and time.perf_counter() - restore_start < 120:
                    time.sleep(0.1)
                time.sleep(1.0)
        finally:
            page.write_bytes(original)  # the exact bytes, whatever happened
        if page.read_bytes() != original:
            raise RuntimeError(f"{page} could not be restored")
    except RuntimeError as e:
        say(f"  live reload not measured: {e}")
        report.warnings.append("live reload not measured")
        return
    finally:
        stop(proc)
    med = statistics.median(times)
    row("edit -> served page changed", f"{med:.1f} s (median of {len(times)}: "
        + ", ".join(f"{t:.1f}" for t in times) + " s); only the en edition is rebuilt")
    report.figures["build"]["serve_startup_s"] = startup
    report.figures["build"]["live_reload_s"] = times


# ---------------------------------------------------------------------------------------------
# Site: sizes on disk


def bench_sizes(report: Report, site: Path) -> None:
    section("site size (the built site/ folder)")
    files = [p for p in site.rglob("*") if p.is_file()]
    total = sum(p.stat().st_size for p in files)
    maps = sum(p.stat().st_size for p in files if p.suffix == ".map")
    lunr = sum(p.stat().st_size for p in files if "lunr" in p.parts)
    row("total", f"{total / 1e6:.1f} MB in {len(files)} files")
    row("  of which source maps (*.map)", f"{maps / 1e6:.1f} MB (never loaded by a reader)")
    row("  of which lunr language support", f"{lunr / 1e6:.1f} MB (every edition ships all 30 languages)")
    per_edition = {lang: sum(p.stat().st_size for p in (site / lang).rglob("*") if p.is_file()) for lang in LANGS}
    row("per edition", "  ".join(f"{lang} {n / 1e6:.1f} MB" for lang, n in per_edition.items()))
    say("  search index (search/search_index.json):")
    rows, indexes = [], {}
    for lang in LANGS:
        data = (site / lang / "search" / "search_index.json").read_bytes()
        docs = len(json.loads(data)["docs"])
        indexes[lang] = {"raw": len(data), "gzip": gz(data), "docs": docs}
        rows.append([lang, kb(len(data)), kb(gz(data)), str(docs)])
    table(["edition", "raw", "gzip -6", "entries"], rows, indent=4)
    nb = (site / "en" / "jupyter" / "index.html").read_bytes()
    styles = b"".join(re.findall(rb"<style[^>]*>.*?</style>", nb, re.S))
    row("notebook page HTML (en)", f"{kb(len(nb))} raw, {kb(gz(nb))} gzip; inline <style>: "
        f"{kb(len(styles))} raw, {kb(gz(styles))} gzip (mkdocs-jupyter's JupyterLab CSS)")
    report.figures["site"] = {"total_bytes": total, "files": len(files), "source_map_bytes": maps,
                              "lunr_bytes": lunr, "per_edition_bytes": per_edition, "search_index": indexes,
                              "notebook_html": {"raw": len(nb), "gzip": gz(nb), "inline_style_raw": len(styles),
                                                "inline_style_gzip": gz(styles)}}
    worst = max(indexes, key=lambda lang: indexes[lang]["gzip"])
    for lang, ix in indexes.items():
        if lang == worst or ix["gzip"] >= SEARCH_INDEX_LIMIT:
            report.target(f"search index < 200 kB gzip (largest: {lang})" if lang == worst
                          else f"search index < 200 kB gzip ({lang})",
                          kb(ix["gzip"]), kb(SEARCH_INDEX_LIMIT), ix["gzip"] < SEARCH_INDEX_LIMIT,
                          f"+{kb(ix['gzip'] - SEARCH_INDEX_LIMIT)}", timed=False)


# ---------------------------------------------------------------------------------------------
# Browser: first visits and search


def category(resp) -> str:
    kind = resp.request.resource_type
    ctype = (resp.headers.get("content-type") or "").split(";")[0]
    path = urlsplit(resp.url).path
    if kind == "document":
        return "html"
    if ctype == "text/css" or kind == "stylesheet":
        return "css"
    if "javascript" in ctype or kind == "script" or path.endswith(".js"):
        return "js"
    if path.endswith("search_index.json"):
        return "search index"
    if kind == "font" or ctype.startswith("font/"):
        return "fonts"
    if kind == "image" or ctype.startswith("image/"):
        return "images"
    return "other"


KINDS = ["html", "css", "js", "search index", "fonts", "images", "other"]


def launch(p):
    return p.chromium.launch(executable_path=CHROMIUM, args=[f for f in CHROME_FLAGS if f != "--headless=new"])


def first_visit(browser, url: str, local: str) -> dict:
    """Everything one visit with an empty cache transfers, until the network is idle."""
    context = browser.new_context(viewport={"width": 412, "height": 823}, is_mobile=True)
    responses, outside = [], []
    context.on("request", lambda r: None if urlsplit(r.url).netloc in (local, "") or r.url.startswith("data:")
               else outside.append(r.url))
    context.on("response", lambda r: responses.append(r))
    page = context.new_page()
    page.goto(url, wait_until="load")
    wait_search_ready(page)
    page.wait_for_load_state("networkidle")
    totals = {k: [0, 0, 0] for k in KINDS}  # raw, compressed, requests
    for r in responses:
        if r.status >= 300 or r.url.startswith("data:"):
            continue
        try:
            body = r.body()
        except Exception:  # noqa: BLE001 - a response without a body (aborted): nothing transferred
            continue
        ctype = (r.headers.get("content-type") or "")
        text = ctype.startswith("text/") or any(t in ctype for t in ("javascript", "json", "xml", "svg"))
        t = totals[category(r)]
        t[0] += len(body)
        t[1] += gz(body) if text else len(body)
        t[2] += 1
    context.close()
    return {"kinds": totals, "raw": sum(t[0] for t in totals.values()),
            "compressed": sum(t[1] for t in totals.values()),
            "requests": sum(t[2] for t in totals.values()), "outside": outside}


def wait_search_ready(page, timeout: float = 20000) -> None:
    """Until Material's search worker has built the index (the result meta shows its placeholder)."""
    page.wait_for_function("""() => {
        const cfg = JSON.parse(document.getElementById("__config").textContent);
        const meta = document.querySelector(".md-search-result__meta");
        return meta && meta.textContent.trim() === cfg.translations["search.result.placeholder"];
    }""", timeout=timeout)


TYPE_TO_RESULT = """async (query) => {
    const input = document.querySelector("input.md-search__input");
    const list = document.querySelector(".md-search-result__list");
    input.focus();
    return await new Promise((resolve, reject) => {
        let t0;
        const done = () => requestAnimationFrame(() => requestAnimationFrame(
            () => resolve(performance.now() - t0)));
        const observer = new MutationObserver(() => {
            if (list.querySelector("li.md-search-result__item")) { observer.disconnect(); done(); }
        });
        observer.observe(list, {childList: true, subtree: true});
        setTimeout(() => reject(new Error("no result within 15 s")), 15000);
        t0 = performance.now();
        input.value = query;
        input.dispatchEvent(new Event("input", {bubbles: true}));
        input.dispatchEvent(new KeyboardEvent("keyup", {bubbles: true, key: query.slice(-1)}));
    });
}"""


def bench_browser_pages(report: Report, site: Path, base: str, search_runs: int) -> None:
    from playwright.sync_api import sync_playwright

    local = urlsplit(base).netloc
    section("first visit per page type (empty cache, Chromium, mobile viewport; text gzip -6)")
    visits: dict[str, dict[str, dict]] = {}
    outside: list[str] = []
    with sync_playwright() as p:
        browser = launch(p)
        try:
            for ptype, path in PAGE_TYPES.items():
                visits[ptype] = {}
                for lang in LANGS:
                    v = first_visit(browser, f"{base}{lang}/{path}", local)
                    visits[ptype][lang] = v
                    outside += v["outside"]
            rows = []
            for ptype, by_lang in visits.items():
                worst = max(by_lang, key=lambda lang: by_lang[lang]["compressed"])
                rows.append([f"{ptype} (/{PAGE_TYPES[ptype]})"] + [kb(by_lang[lang]["compressed"]) for lang in LANGS]
                            + [f"{by_lang[worst]['requests']}"])
            table(["page type", *LANGS, "requests"], rows)
            say("  by kind, for the heaviest edition of each page type (compressed; raw in brackets):")
            rows = []
            for ptype, by_lang in visits.items():
                worst = max(by_lang, key=lambda lang: by_lang[lang]["compressed"])
                k = by_lang[worst]["kinds"]
                rows.append([f"{ptype} ({worst})"] + [f"{kb(k[x][1])} ({k[x][0] / KB:.0f})" if k[x][2] else "-"
                                                      for x in KINDS]
                            + [kb(by_lang[worst]["compressed"])])
            table(["page", *KINDS, "total"], rows, indent=4)
            for ptype, by_lang in visits.items():
                worst = max(by_lang, key=lambda lang: by_lang[lang]["compressed"])
                n = by_lang[worst]["compressed"]
                report.target(f"first visit < 250 kB: {ptype} (heaviest: {worst})", kb(n), kb(FIRST_VISIT_LIMIT),
                              n < FIRST_VISIT_LIMIT, f"+{kb(n - FIRST_VISIT_LIMIT)}", timed=False)
            report.figures["first_visit"] = {
                pt: {lang: {"compressed": v["compressed"], "raw": v["raw"], "requests": v["requests"],
                            "kinds": {k: {"raw": t[0], "compressed": t[1], "requests": t[2]}
                                      for k, t in v["kinds"].items()}}
                     for lang, v in by_lang.items()}
                for pt, by_lang in visits.items()}

            # Search: the edition with the largest index.
            sizes = {lang: (site / lang / "search" / "search_index.json").stat().st_size for lang in LANGS}
            lang = max(sizes, key=sizes.get)
            query = QUERIES[lang]
            section(f"search (largest edition: {lang}, {kb(sizes[lang])} index; query {query!r})")
            context = browser.new_context(viewport={"width": 1280, "height": 900})
            context.on("request", lambda r: None if urlsplit(r.url).netloc in (local, "")
                       or r.url.startswith("data:") else outside.append(r.url))
            page = context.new_page()
            # Typed right after the page has loaded: includes fetching and indexing search_index.json.
            page.goto(f"{base}{lang}/", wait_until="load")
            cold = page.evaluate(TYPE_TO_RESULT, query)
            warm = []
            for _ in range(search_runs):
                page.goto(f"{base}{lang}/", wait_until="load")
                wait_search_ready(page)
                warm.append(page.evaluate(TYPE_TO_RESULT, query))
            context.close()
            med = statistics.median(warm)
            row("typing -> first result shown", f"{med:.0f} ms (median of {search_runs} page loads, index ready; "
                f"{min(warm):.0f}-{max(warm):.0f} ms)")
            row("typed as soon as the page loaded", f"{cold:.0f} ms (fetches and indexes search_index.json first)")
            report.figures["search"] = {"edition": lang, "query": query, "ms": warm, "median_ms": med,
                                        "at_load_ms": cold}
        finally:
            browser.close()
    if outside:
        report.warnings.append(f"requests to other hosts (blocked): {sorted(set(outside))}")
    row("requests to other hosts", f"{len(outside)}" + (f": {sorted(set(outside))[:5]}" if outside else ""))


# ---------------------------------------------------------------------------------------------
# Lighthouse


def ensure_lighthouse() -> bool:
    if LIGHTHOUSE.exists():
        return True
    if not shutil.which("npm"):
        say("  npm not found: Lighthouse needs Node.js 18+ (package.json pins lighthouse 12)")
        return False
    say("  node_modules/ missing: npm ci")
    proc = subprocess.run(["npm", "ci", "--no-audit", "--no-fund"], cwd=ROOT, capture_output=True, text=True)
    if proc.returncode != 0:
        errors = [line for line in proc.stderr.splitlines()
                  if line.startswith("npm error") and line.strip() != "npm error"]
        say("  npm ci failed:\n" + "\n".join("    " + line for line in errors[:6]))
    return proc.returncode == 0 and LIGHTHOUSE.exists()


def lighthouse(url: str, out: Path) -> dict:
    cmd = ["node", str(LIGHTHOUSE), url, "--output=json", f"--output-path={out}",
           f"--only-categories={','.join(CATEGORIES)}", "--form-factor=mobile",
           "--disable-full-page-screenshot", "--no-enable-error-reporting", "--quiet",
           "--max-wait-for-load=45000", f"--chrome-flags={' '.join(CHROME_FLAGS)}"]
    env = dict(os.environ, CHROME_PATH=CHROMIUM)
    proc = subprocess.run(cmd, cwd=out.parent, env=env, capture_output=True, text=True, timeout=300)
    if proc.returncode != 0 or not out.exists():
        raise RuntimeError(f"lighthouse failed (exit {proc.returncode}): {proc.stderr[-1500:]}")
    return json.loads(out.read_text(encoding="utf-8"))


def bench_lighthouse(report: Report, base: str, work: Path, runs: int) -> None:
    section(f"Lighthouse 12 (mobile: simulated slow 4G, 4x CPU slowdown; en edition; median of {runs})")
    if not ensure_lighthouse():
        report.warnings.append("Lighthouse not run: node_modules/lighthouse missing and npm ci failed")
        return
    local = urlsplit(base).netloc
    pages = {"home": f"{base}en/", "long page": f"{base}en/{LONG_PAGE}"}
    rows, figures = [], {}
    for name, url in pages.items():
        reports, took = [], []
        for i in range(runs):
            start = time.perf_counter()
            try:
                reports.append(lighthouse(url, work / f"lighthouse-{name.replace(' ', '-')}-{i}.json"))
            except (RuntimeError, subprocess.TimeoutExpired) as e:
                say(f"  {name}: {e}")
                report.warnings.append(f"Lighthouse failed on {url}")
            took.append(time.perf_counter() - start)
        if not reports:
            continue
        all_scores = [{c: round((r["categories"][c]["score"] or 0) * 100) for c in CATEGORIES} for r in reports]
        scores = {c: int(statistics.median_low([s[c] for s in all_scores])) for c in CATEGORIES}
        # Metrics and audits from the run whose performance score is the median one.
        lhr = next(r for r, s in zip(reports, all_scores) if s["performance"] == scores["performance"])
        audits = lhr["audits"]
        requests = sorted({i["url"] for r in reports
                           for i in r["audits"].get("network-requests", {}).get("details", {}).get("items", [])})
        foreign = [u for u in requests if urlsplit(u).netloc not in (local, "") and not u.startswith("data:")]
        metrics = {k: audits[k]["displayValue"] for k in
                   ("first-contentful-paint", "largest-contentful-paint", "total-blocking-time",
                    "cumulative-layout-shift", "speed-index") if k in audits}
        spread = sorted(s["performance"] for s in all_scores)
        rows.append([name] + [f"{scores[c]}" + (f" ({spread[0]}-{spread[-1]})" if c == "performance" and
                                                 spread[0] != spread[-1] else "") for c in CATEGORIES]
                    + [f"{statistics.mean(took):.0f} s"])
        failing = {}
        for c in CATEGORIES:
            refs = [r for r in lhr["categories"][c]["auditRefs"] if r["weight"] > 0]
            failing[c] = [f"{r['id']} {audits[r['id']]['score']:g}" for r in refs
                          if audits[r["id"]]["score"] is not None and audits[r["id"]]["score"] < 1]
        figures[name] = {"url": url, "scores": scores, "runs": all_scores, "metrics": metrics,
                         "requests": len(requests), "foreign_requests": foreign, "below_full_score": failing,
                         "benchmark_index": lhr.get("environment", {}).get("benchmarkIndex")}
        if foreign:
            report.warnings.append(f"Lighthouse: {url} requested other hosts: {foreign}")
        for c in CATEGORIES:
            report.target(f"Lighthouse {c} >= 95: {name}", str(scores[c]), f">= {LIGHTHOUSE_MIN}",
                          scores[c] >= LIGHTHOUSE_MIN, f"-{LIGHTHOUSE_MIN - scores[c]} points",
                          timed=c == "performance")
    if rows:
        table(["page", *CATEGORIES, "one run"], rows)
        for name, f in figures.items():
            say(f"  {name} ({f['url']}):")
            say("    " + ", ".join(f"{k.replace('-', ' ')} {v}" for k, v in f["metrics"].items()))
            say(f"    {f['requests']} URLs requested, {len(f['foreign_requests'])} on other hosts; "
                f"Lighthouse CPU benchmark index {f['benchmark_index']:.0f}")
            for c, ids in f["below_full_score"].items():
                if ids:
                    say(f"    {c}: audits below full score: {', '.join(ids)}")
    report.figures["lighthouse"] = figures


# ---------------------------------------------------------------------------------------------
# Main


def reexec_in_venv() -> None:
    """`python -m tools.bench` from a fresh clone: use .venv (made by tools/dev.sh) if this one lacks MkDocs."""
    try:
        import mkdocs  # noqa: F401
        import playwright  # noqa: F401
    except ImportError:
        venv = ROOT / ".venv" / "bin" / "python"
        if venv.exists() and Path(sys.prefix).resolve() != (ROOT / ".venv").resolve():
            os.execv(str(venv), [str(venv), "-m", "tools.bench", *sys.argv[1:]])
        raise SystemExit("error: MkDocs or Playwright missing: run `bash tools/dev.sh test` once "
                         "(it makes .venv/ and node_modules/), then `.venv/bin/python -m tools.bench`") from None


def run_at_commit(rev: str, argv: list[str]) -> int:
    """Export a commit with `git archive` and run this benchmark inside it (with this checkout's
    .venv/, .venvs/ and node_modules/, and this version of tools/bench.py)."""
    rest, skip = [], False
    for a in argv:
        if skip:
            skip = False
        elif a == "--commit":
            skip = True
        elif not a.startswith("--commit="):
            rest.append(a)
    sha = subprocess.run(["git", "rev-parse", "--verify", f"{rev}^{{commit}}"], cwd=ROOT, capture_output=True,
                         text=True).stdout.strip()
    if not sha:
        raise SystemExit(f"error: {rev} is not a commit of this repository")
    tree = Path(tempfile.mkdtemp(prefix="asyncio-verified-bench-commit-"))
    try:
        archive = subprocess.run(["git", "archive", "--format=tar", sha], cwd=ROOT, capture_output=True, check=True)
        subprocess.run(["tar", "-x", "-C", str(tree)], input=archive.stdout, check=True)
        shutil.copy2(Path(__file__), tree / "tools" / "bench.py")
        for name in (".venv", ".venvs", "node_modules"):
            if (ROOT / name).exists():
                (tree / name).symlink_to(ROOT / name)
        say(f"measuring commit {sha[:12]} ({rev}), exported to {tree}")
        env = dict(os.environ, ASYNCIO_BENCH_SOURCE=f"commit {sha[:12]} ({rev}), exported with git archive")
        return subprocess.run([sys.executable, "-m", "tools.bench", *rest], cwd=tree, env=env).returncode
    finally:
        shutil.rmtree(tree, ignore_errors=True)


def print_targets(report: Report) -> None:
    section("targets")
    rows = []
    for t in report.targets:
        verdict = "-" if t.ok is None else ("pass" if t.ok else "MISS")
        load = "-" if t.load is None else f"{t.load:.1f}" + (" !" if t.load > 1.5 else "")
        rows.append([t.name, t.measured, t.limit, verdict, t.miss, load])
    table(["target", "measured", "limit", "result", "missed by", "load"], rows)
    missed = [t for t in report.targets if t.ok is False]
    say(f"  {len(report.targets) - len(missed)} of {len(report.targets)} targets met"
        + ("; load: the load average when a timing was measured, ! above 1.5 (slower than idle)"
           if any(t.load is not None for t in report.targets) else ""))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m tools.bench", description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--only-snippets", action="store_true", help="run the snippet suite only")
    parser.add_argument("--skip-snippets", action="store_true", help="do not run the snippet suite")
    parser.add_argument("--skip-reload", action="store_true", help="do not measure live reload")
    parser.add_argument("--skip-lighthouse", action="store_true", help="do not run Lighthouse")
    parser.add_argument("--search-runs", type=int, default=5, help="page loads to time a search on (median)")
    parser.add_argument("--reload-runs", type=int, default=3, help="edits to time live reload on (median)")
    parser.add_argument("--lighthouse-runs", type=int, default=3, help="Lighthouse runs per page (median)")
    parser.add_argument("--json", type=Path, help="also write every figure to this file")
    parser.add_argument("--keep", action="store_true", help="keep the temporary copy (its path is printed)")
    parser.add_argument("--commit", metavar="REV", help="measure this commit (git archive) instead of the "
                        "working tree, e.g. HEAD while others edit the checkout")
    args = parser.parse_args(argv)
    reexec_in_venv()
    if args.commit:
        return run_at_commit(args.commit, [a for a in (argv if argv is not None else sys.argv[1:])])
    global LANGS
    import yaml

    LANGS = list(yaml.safe_load((ROOT / "tools" / "languages.yml").read_text(encoding="utf-8")))

    began = time.perf_counter()
    report = Report()
    load = os.getloadavg()
    say(f"asyncio, verified: performance benchmark, {time.strftime('%Y-%m-%d %H:%M %Z')}")
    say(f"  machine: {machine()}; load average {load[0]:.2f} {load[1]:.2f} {load[2]:.2f}")
    say(f"  {git_state()}")
    say(f"  Python {sys.version.split()[0]} ({sys.executable}); {version(['node', '--version'])}; "
        f"{version([CHROMIUM, '--version'])}")
    if load[0] > 1.5:
        warning = (f"load average {load[0]:.2f} > 1.5 on {os.cpu_count()} cores: something else is running, "
                   "and the timings below are slower than on an idle machine")
        say(f"  WARNING: {warning}")
        report.warnings.append(warning)
    report.figures["machine"] = {"cores": os.cpu_count(), "load_at_start": load, "git": git_state()}

    if not args.skip_snippets:
        bench_snippets(report)
    if args.only_snippets:
        print_targets(report)
        return 1 if any(t.ok is False for t in report.targets) else 0
    work = Path(tempfile.mkdtemp(prefix="asyncio-verified-bench-"))
    try:
        copy = copy_tree(work / "tree")
        port = free_port()
        if bench_build(report, copy, f"http://127.0.0.1:{port}/"):
            site = copy / "site"
            bench_sizes(report, site)
            if not Path(CHROMIUM).exists():
                say(f"\n  Chromium not found at {CHROMIUM} (set CHROMIUM, or run `bash tools/dev.sh test`, "
                    "which installs Debian's): first visits, search and Lighthouse skipped")
                report.warnings.append("browser figures not measured: no Chromium")
            else:
                with static_host(site, port) as base:
                    bench_browser_pages(report, site, base, args.search_runs)
                    if not args.skip_lighthouse:
                        bench_lighthouse(report, base, work, args.lighthouse_runs)
            if not args.skip_reload:
                bench_reload(report, copy, args.reload_runs)
    finally:
        if args.keep:
            say(f"\n  kept: {work}")
        else:
            shutil.rmtree(work, ignore_errors=True)
    print_targets(report)
    elapsed = time.perf_counter() - began
    load = os.getloadavg()
    for w in report.warnings:
        say(f"  WARNING: {w}")
    say(f"\nbenchmark run time {elapsed:.0f} s; load average at the end {load[0]:.2f}")
    report.figures["run_time_s"] = elapsed
    if args.json:
        args.json.write_text(json.dumps({"figures": report.figures, "warnings": report.warnings,
                                         "targets": [t.__dict__ for t in report.targets]},
                                        ensure_ascii=False, indent=1, default=str) + "\n", encoding="utf-8")
    return 1 if any(t.ok is False for t in report.targets) else 0


if __name__ == "__main__":
    sys.exit(main())
