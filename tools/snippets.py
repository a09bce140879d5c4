"""Run every example in snippets/ as a reader would, and compare it with what is stored beside it.

A snippet is ``snippets/<topic>/<name>.py`` with two files beside it:

``<name>.toml``  written by hand: the oldest Python it needs, its timing tolerance and claims.
``<name>.out``   written by ``python -m tools.snippets update``: its expected output. Never edit it.

A snippet whose .toml says ``timeline = true`` has a third file, ``<name>.timeline.json``, also
written by ``update``: when each of its tasks, worker threads and worker processes ran, waited (and
on what) or blocked the event loop, from a recorded run (tools/timeline.py). The site draws it under
the output; ``check`` and the tests record a fresh run and compare its shape and times with it.
Recorded runs happen after the timed batch, a few at once, so they do not disturb its timings.

Timings: every ``<digits>.<digits> s`` in the output is a measured time. The stored output holds
the time of the run that wrote it; a new run must print each time within ``tolerance`` seconds of
it, and the relations in ``claims`` (over the names in ``timings``) must hold. Everything else in
the output must match exactly, except matches of the regular expressions in ``variable``.

Command line (from the repository root):

    python -m tools.snippets list               # every snippet and its declaration
    python -m tools.snippets check [PATH ...]   # run and compare, as the tests do
    python -m tools.snippets update [PATH ...]  # run and rewrite the .out files
    python -m tools.snippets new TOPIC/NAME     # create a snippet, its .toml and an empty .out
"""

from __future__ import annotations

import argparse
import concurrent.futures
import contextlib
import dataclasses
import difflib
import functools
import json
import os
import re
import shutil
import signal
import socket
import subprocess
import sys
import sysconfig
import threading
import time
import tomllib
from pathlib import Path

from tools import pythons as pythons_tool

ROOT = Path(__file__).resolve().parent.parent
SNIPPETS = ROOT / "snippets"

TIMING = r"(?<![\w.])(\d+\.\d+) s\b"
TIMING_RE = re.compile(TIMING)
# Environment variables that would make a snippet behave unlike on a reader's machine.
SCRUBBED_ENV = ("PYTHONASYNCIODEBUG", "PYTHONDEVMODE", "PYTHONWARNINGS", "PYTHONTRACEMALLOC",
                "PYTHONSTARTUP", "PYTHONINSPECT", "PYTHONPATH",
                # The machine's terminal and CI settings must not reach the output: pytest stops
                # shortening its summary lines when CI or BUILD_NUMBER is set, wraps at COLUMNS,
                # and colours (as does Python 3.13's traceback) when one of the colour variables is set.
                "CI", "BUILD_NUMBER", "COLUMNS", "LINES", "FORCE_COLOR", "NO_COLOR", "PY_COLORS",
                "PYTHON_COLORS", "TERM", "PYTEST_ADDOPTS", "PYTEST_PLUGINS", "PYTEST_THEME",
                "PYTEST_THEME_MODE", "PYTEST_DISABLE_PLUGIN_AUTOLOAD")


# A job started in the background by a non-interactive shell inherits SIGINT ignored, and a child
# Python then never sees Ctrl-C: the signal snippets would behave unlike in a reader's terminal.
# Children inherit an ignored signal but not a handler, so restoring the handler here is enough.
if threading.current_thread() is threading.main_thread() and signal.getsignal(signal.SIGINT) == signal.SIG_IGN:
    signal.signal(signal.SIGINT, signal.default_int_handler)


class SpecError(ValueError):
    """A snippet's .toml declaration is missing or wrong."""


@dataclasses.dataclass(frozen=True)
class Spec:
    python: str                   # oldest Python version the snippet runs on, "3.11"
    timeout: float = 30.0         # seconds before the run is killed
    tolerance: float = 0.1        # seconds each printed timing may differ from the stored one
    timings: tuple[str, ...] = ()  # names of the printed timings, in order of appearance
    claims: tuple[str, ...] = ()  # relations between named timings: "tasks < 0.6 * sequential"
    exit: int = 0                 # expected exit status
    stderr: bool = False          # False: stderr must stay empty; True: it is part of the output
    traceback: str = "short"      # "short": frames of a traceback shown as "  ..."; "full"
    variable: tuple[str, ...] = ()  # regexes for parts that differ between runs (ids, ports)
    serial: bool = False          # CPU-heavy: run alone, after the parallel batch
    runner: str = "python"        # "python": `python name.py`; "notebook": a Jupyter kernel cell
    summary: str = ""             # one line: what the snippet shows (for listings)
    feature: str = ""             # the API whose version sets `python`: "asyncio.TaskGroup"
    services: tuple[str, ...] = ()  # servers the run needs, started for it: ("redis",)
    timeline: bool = False        # also record when each task runs and waits: <name>.timeline.json

    @property
    def min_version(self) -> tuple[int, int]:
        return parse_version(self.python)


def parse_version(text: str) -> tuple[int, int]:
    m = re.fullmatch(r"3\.(\d+)", text.strip())
    if not m:
        raise SpecError(f"python = {text!r}: expected a version like \"3.11\"")
    return (3, int(m.group(1)))


@dataclasses.dataclass(frozen=True)
class Snippet:
    path: Path  # absolute path of the .py file

    @property
    def rel(self) -> str:
        """Path relative to snippets/, as pages include it: 'concurrency/tasks.py'."""
        return self.path.relative_to(SNIPPETS).as_posix()

    @property
    def spec_path(self) -> Path:
        return self.path.with_suffix(".toml")

    @property
    def out_path(self) -> Path:
        return self.path.with_suffix(".out")

    @property
    def timeline_path(self) -> Path:
        """The stored timeline of a snippet declaring timeline = true (tools/timeline.py)."""
        return self.path.with_name(f"{self.path.stem}.timeline.json")

    def version_out_path(self, version: tuple[int, int]) -> Path:
        """Where the expected output for exactly this Python version lives, if it differs."""
        return self.path.with_name(f"{self.path.stem}@{version[0]}.{version[1]}.out")

    def out_path_for(self, version: tuple[int, int] | None) -> Path:
        """The expected output on a Python version: <name>@3.X.out where that version's output
        really differs (written by `python -m tools.matrix --update`), else <name>.out."""
        if version is not None and self.version_out_path(version).exists():
            return self.version_out_path(version)
        return self.out_path

    def version_out_paths(self) -> list[Path]:
        return sorted(self.path.parent.glob(f"{self.path.stem}@3.*.out"))

    def spec(self) -> Spec:
        if not self.spec_path.exists():
            raise SpecError(f"{display(self.spec_path)} is missing: every snippet declares at least "
                            f'python = "3.x" beside it')
        try:
            data = tomllib.loads(self.spec_path.read_text(encoding="utf-8"))
        except tomllib.TOMLDecodeError as e:
            raise SpecError(f"{display(self.spec_path)}: {e}") from None
        known = {f.name for f in dataclasses.fields(Spec)}
        unknown = set(data) - known
        if unknown:
            raise SpecError(f"{display(self.spec_path)}: unknown keys {sorted(unknown)}; "
                            f"known: {sorted(known)}")
        if "python" not in data:
            raise SpecError(f'{display(self.spec_path)}: missing python = "3.x"')
        for key in ("timings", "claims", "variable", "services"):
            if key in data:
                data[key] = tuple(data[key])
        spec = Spec(**data)
        parse_version(spec.python)  # a clear error for a version like "3" or "3.x"
        if spec.runner not in ("python", "notebook"):
            raise SpecError(f"{display(self.spec_path)}: runner must be 'python' or 'notebook'")
        if not isinstance(spec.timeline, bool):
            raise SpecError(f"{display(self.spec_path)}: timeline must be true or false")
        if spec.timeline and spec.runner != "python":
            raise SpecError(f"{display(self.spec_path)}: timeline = true needs runner = 'python'")
        if spec.traceback not in ("short", "full"):
            raise SpecError(f"{display(self.spec_path)}: traceback must be 'short' or 'full'")
        for service in spec.services:
            if service not in SERVICES:
                raise SpecError(f"{display(self.spec_path)}: unknown service {service!r}; "
                                f"known: {sorted(SERVICES)}")
        for claim in spec.claims:
            names = set(re.findall(r"[A-Za-z_]\w*", claim))
            if not names <= set(spec.timings):
                raise SpecError(f"{display(self.spec_path)}: claim {claim!r} uses "
                                f"{sorted(names - set(spec.timings))}, not in timings {list(spec.timings)}")
        return spec


def display(path: Path) -> str:
    """A path as a contributor reads it: relative to the repository root."""
    try:
        return path.resolve().relative_to(ROOT).as_posix()
    except ValueError:
        return str(path)


def discover(paths: list[str] | None = None) -> list[Snippet]:
    """Snippets under snippets/ (or under the given files and folders), sorted by path."""
    roots = [Path(p).resolve() for p in paths] if paths else [SNIPPETS]
    found: set[Path] = set()
    for root in roots:
        if root.is_file() or root.suffix in (".py", ".toml", ".out"):
            py = root.with_suffix(".py")
            if not py.exists():
                raise SpecError(f"no snippet {display(py)}")
            found.add(py)
        elif root.is_dir():
            found.update(p for p in root.rglob("*.py") if "__pycache__" not in p.parts and not is_module(p))
        else:
            raise SpecError(f"no such snippet or folder: {root}")
    return [Snippet(p) for p in sorted(found)]


def is_module(path: Path) -> bool:
    """``snippets/<topic>/_name.py`` is not a snippet but a module that the snippets beside it
    import (an RQ worker imports its job functions by name, so they cannot live in __main__).
    It has no .toml and no .out; it runs as part of the snippets that import it."""
    return path.name.startswith("_") and path.suffix == ".py"


def modules() -> list[Path]:
    return sorted(p for p in SNIPPETS.rglob("_*.py") if "__pycache__" not in p.parts and p.name != "__init__.py")


def importers(module: Path) -> list[Snippet]:
    """The snippets beside a module that import it."""
    name = module.stem
    pattern = re.compile(rf"^\s*(?:import|from)\s+{re.escape(name)}\b", re.M)
    return [s for s in discover([str(module.parent)]) if pattern.search(s.path.read_text(encoding="utf-8"))]


# ---------------------------------------------------------------------------------------------
# Running


@dataclasses.dataclass
class Run:
    output: str        # normalised stdout (+ stderr when the spec shows it)
    stderr: str        # normalised stderr, always kept for messages
    returncode: int | None
    duration: float    # wall time of the whole process, seconds
    timed_out: bool = False
    python: str = ""
    skipped: str = ""  # why it did not run (no interpreter new enough)


def child_env() -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k not in SCRUBBED_ENV}
    env["PYTHONUNBUFFERED"] = "1"
    env["PYTHONIOENCODING"] = "utf-8"
    env["PYTHONDONTWRITEBYTECODE"] = "1"
    env["COLUMNS"] = "80"  # the width a reader's terminal has by default, which the .out files show
    return env


@functools.lru_cache(maxsize=None)
def stdlib_of(python: str) -> str:
    """The standard library folder of an interpreter (asked once per interpreter)."""
    if python == sys.executable:
        return sysconfig.get_paths()["stdlib"]
    try:
        out = subprocess.run([python, "-c", "import sysconfig;print(sysconfig.get_paths()['stdlib'])"],
                             capture_output=True, text=True, timeout=30).stdout.strip()
    except (OSError, subprocess.TimeoutExpired):
        out = ""
    return out or sysconfig.get_paths()["stdlib"]


def normalise(text: str, snippet: Snippet, spec: Spec, python: str) -> str:
    """Make output independent of this machine: no absolute paths, optional short tracebacks."""
    text = text.replace("\r\n", "\n")
    folder = str(snippet.path.parent) + os.sep
    text = text.replace(folder, "")
    text = text.replace(stdlib_of(python) + os.sep, "<stdlib>/")
    if spec.traceback == "short":
        text = shorten_tracebacks(text)
    return text


def shorten_tracebacks(text: str) -> str:
    """Replace the frames of each traceback with '  ...' (as doctest does); keep the exception."""
    out: list[str] = []
    lines = text.split("\n")
    i = 0
    while i < len(lines):
        line = lines[i]
        out.append(line)
        i += 1
        if line.rstrip().endswith("Traceback (most recent call last):"):
            indent = line[: len(line) - len(line.lstrip(" |+"))]
            frame_prefix = indent.replace("+", "|") + "  "
            skipped = False
            while i < len(lines) and lines[i].startswith(frame_prefix):
                skipped = True
                i += 1
            if skipped:
                out.append(frame_prefix + "...")
    return "\n".join(out)


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@contextlib.contextmanager
def redis_server(env: dict[str, str]):
    """A private, empty redis-server on 127.0.0.1 for one run; REDIS_URL tells the snippet where.
    A reader runs the same file against their own server (the snippet's default URL)."""
    exe = shutil.which("redis-server")
    if exe is None:
        raise RuntimeError("this snippet needs redis-server: install it (Debian: apt-get install "
                           "redis-server) or run the test command, which installs it")
    for _attempt in range(5):
        port = free_port()
        proc = subprocess.Popen([exe, "--port", str(port), "--bind", "127.0.0.1", "--save", "",
                                 "--appendonly", "no", "--daemonize", "no", "--loglevel", "warning"],
                                stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        deadline = time.monotonic() + 10
        while proc.poll() is None and time.monotonic() < deadline:
            try:
                with socket.create_connection(("127.0.0.1", port), timeout=0.5) as conn:
                    conn.sendall(b"PING\r\n")
                    if conn.recv(16).startswith(b"+PONG"):
                        break
            except OSError:
                time.sleep(0.02)
        else:
            proc.kill()
            proc.wait()
            continue  # the port was taken between choosing and binding: try another
        try:
            env["REDIS_URL"] = f"redis://127.0.0.1:{port}/0"
            yield
        finally:
            proc.terminate()
            try:
                proc.wait(timeout=5)
            except subprocess.TimeoutExpired:
                proc.kill()
                proc.wait()
        return
    raise RuntimeError("redis-server did not start on 127.0.0.1 after 5 attempts")


SERVICES = {"redis": redis_server}


def run_snippet(snippet: Snippet, spec: Spec, python: str = sys.executable) -> Run:
    env = child_env()
    with contextlib.ExitStack() as stack:
        for service in spec.services:
            stack.enter_context(SERVICES[service](env))
        return _run_process(snippet, spec, python, env)


def _run_process(snippet: Snippet, spec: Spec, python: str, env: dict[str, str]) -> Run:
    start = time.perf_counter()
    proc = subprocess.Popen(
        [python, snippet.path.name],
        cwd=snippet.path.parent,
        stdout=subprocess.PIPE,
        # A snippet that shows its stderr gets one pipe for both streams, unbuffered, so lines
        # appear in the order a terminal would show them.
        stderr=subprocess.STDOUT if spec.stderr else subprocess.PIPE,
        stdin=subprocess.DEVNULL,
        env=env,
    )
    timed_out = False
    try:
        out, err = proc.communicate(timeout=spec.timeout)
    except subprocess.TimeoutExpired:
        proc.kill()
        out, err = proc.communicate()
        timed_out = True
    duration = time.perf_counter() - start
    output = normalise(out.decode("utf-8", "replace"), snippet, spec, python)
    stderr = normalise((err or b"").decode("utf-8", "replace"), snippet, spec, python)
    return Run(output, stderr, None if timed_out else proc.returncode, duration, timed_out, python)


def run_notebook_cells(snippets: list[Snippet]) -> dict[str, Run]:
    """Run notebook-cell snippets, in path order, as cells of one notebook in a real IPython kernel."""
    import nbformat
    from nbclient import NotebookClient

    nb = nbformat.v4.new_notebook()
    nb.metadata["kernelspec"] = {"name": "python3", "display_name": "Python 3", "language": "python"}
    for s in snippets:
        cell = nbformat.v4.new_code_cell(s.path.read_text(encoding="utf-8"))
        cell.metadata["tags"] = ["raises-exception"] if s.spec().exit else []
        nb.cells.append(cell)
    # ipykernel 7 logs an unencrypted-TCP warning into cell output at start; it is the kernel's
    # own log, not the snippet's output, so the kernel is started with its log level at ERROR.
    client = NotebookClient(nb, timeout=max(s.spec().timeout for s in snippets),
                            kernel_name="python3", allow_errors=True,
                            extra_arguments=["--IPKernelApp.log_level=ERROR"])
    start = time.perf_counter()
    client.execute(cwd=str(SNIPPETS))
    duration = time.perf_counter() - start
    runs = {}
    for s, cell in zip(snippets, nb.cells):
        parts, failed = [], False
        for o in cell.outputs:
            if o.output_type == "stream":
                parts.append(o.text)
            elif o.output_type == "execute_result":
                parts.append(o.data.get("text/plain", "") + "\n")
            elif o.output_type == "error":
                failed = True
                parts.append(f"{o.ename}: {o.evalue}\n")
        runs[s.rel] = Run("".join(parts), "", 1 if failed else 0, duration / len(snippets))
    return runs


@dataclasses.dataclass
class Recording:
    """A run under tools/timeline.py's recorder (python -m tools.timeline record)."""
    record: dict | None  # the timeline, or None if the recorder wrote none
    returncode: int | None
    stderr: str
    duration: float
    timed_out: bool = False
    python: str = ""


def record_snippet(snippet: Snippet, spec: Spec, python: str = sys.executable) -> Recording:
    """Run the snippet once more, recorded; its output is not compared (the plain run's is)."""
    import tempfile

    env = child_env()
    env.pop("PYTHONSAFEPATH", None)  # `-m tools.timeline` finds tools/ in the working folder
    with contextlib.ExitStack() as stack:
        for service in spec.services:
            stack.enter_context(SERVICES[service](env))
        folder = Path(stack.enter_context(tempfile.TemporaryDirectory(prefix="timeline-")))
        out = folder / "timeline.json"
        start = time.perf_counter()
        proc = subprocess.Popen([python, "-m", "tools.timeline", "record", str(snippet.path), "--out", str(out)],
                                cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
                                stdin=subprocess.DEVNULL, env=env)
        timed_out = False
        try:
            _, err = proc.communicate(timeout=spec.timeout)
        except subprocess.TimeoutExpired:
            proc.kill()
            _, err = proc.communicate()
            timed_out = True
        duration = time.perf_counter() - start
        record = None
        if out.exists():
            try:
                record = json.loads(out.read_text(encoding="utf-8"))
            except ValueError:
                record = None
        if record is not None:
            record["snippet"] = snippet.rel if snippet.path.is_relative_to(SNIPPETS) else display(snippet.path)
        stderr = normalise(err.decode("utf-8", "replace"), snippet, spec, python)
        return Recording(record, None if timed_out else proc.returncode, stderr, duration, timed_out, python)


def timeline_problems(snippet: Snippet, spec: Spec, recording: Recording) -> list[str]:
    """How a recorded run differs from the stored <name>.timeline.json (tools/timeline.compare)."""
    from tools import timeline

    name = display(snippet.path)
    path = snippet.timeline_path
    if recording.timed_out:
        return [f"{name}: the recorded run (python -m tools.timeline record) was killed after its timeout "
                f"of {spec.timeout:g} s"]
    if recording.returncode != spec.exit or recording.record is None:
        return [f"{name}: the recorded run (python -m tools.timeline record) exited with status "
                f"{recording.returncode}, expected {spec.exit}"
                + ("" if recording.record is not None else ", and wrote no timeline")
                + f"\nstderr:\n{recording.stderr or '(empty)'}"]
    if not path.exists():
        return [f"{name}: no stored timeline {display(path)}; run: python -m tools.snippets update {name}"]
    try:
        stored = json.loads(path.read_text(encoding="utf-8"))
    except ValueError as e:
        return [f"{display(path)}: not valid JSON ({e}); run: python -m tools.snippets update {name}"]
    stored.setdefault("snippet", snippet.rel)
    problems = timeline.compare(stored, recording.record, spec.tolerance)
    if problems:
        problems.append(f"{name}: timeline stored in {display(path)}; if the new one is right, store it: "
                        f"python -m tools.snippets update {name}")
    return problems


# ---------------------------------------------------------------------------------------------
# Comparing


@dataclasses.dataclass
class Result:
    snippet: Snippet
    run: Run
    problems: list[str]

    @property
    def ok(self) -> bool:
        return not self.problems

    @property
    def skipped(self) -> str:
        return self.run.skipped


def line_pattern(expected_line: str, variable: tuple[str, ...]) -> re.Pattern[str]:
    """A regex for one expected line: timings become captures, declared variable parts match anything like them."""
    splitter = re.compile("|".join([r"(?P<t>(?<![\w.])\d+\.\d+ s\b)"]
                                   + [f"(?P<v{i}>{v})" for i, v in enumerate(variable)]))
    pattern, pos = "", 0
    for m in splitter.finditer(expected_line):
        pattern += re.escape(expected_line[pos:m.start()])
        if m.group("t") is not None:
            pattern += r"(\d+\.\d+) s"
        else:
            pattern += f"(?:{variable[int(m.lastgroup[1:])]})"
        pos = m.end()
    pattern += re.escape(expected_line[pos:])
    return re.compile(pattern)


def text_matches(expected: str, actual: str, variable: tuple[str, ...] = ()) -> bool:
    """True if the outputs are the same line for line, apart from timings and declared variable parts."""
    exp, act = expected.split("\n"), actual.split("\n")
    return len(exp) == len(act) and all(line_pattern(e, variable).fullmatch(a) for e, a in zip(exp, act))


def timings_of(text: str, variable: tuple[str, ...] = ()) -> list[float]:
    for v in variable:
        text = re.sub(v, "", text)
    return [float(x) for x in TIMING_RE.findall(text)]


def diff(expected: str, actual: str, name: str) -> str:
    lines = difflib.unified_diff(expected.splitlines(keepends=True), actual.splitlines(keepends=True),
                                 fromfile=f"{name} (expected)", tofile=f"{name} (actual run)")
    return "".join(line if line.endswith("\n") else line + "\n" for line in lines)


def compare(snippet: Snippet, spec: Spec, run: Run, expected: str | None,
            out_path: Path | None = None) -> list[str]:
    """Every way the run differs from the stored expectation, as messages naming the file."""
    name = display(snippet.path)
    out_path = out_path or snippet.out_path
    problems: list[str] = []
    if run.skipped:
        return []
    if run.timed_out:
        return [f"{name}: killed after its timeout of {spec.timeout:g} s (declared in "
                f"{display(snippet.spec_path)})\n{run.output}{run.stderr}"]
    if run.returncode != spec.exit:
        problems.append(f"{name}: exit status {run.returncode}, expected {spec.exit}\n"
                        f"stderr:\n{run.stderr or '(empty)'}")
    if not spec.stderr and run.stderr.strip():
        problems.append(f"{name}: wrote to stderr, which this snippet does not expect "
                        f"(set stderr = true in {display(snippet.spec_path)} if it should):\n{run.stderr}")
    actual_times = timings_of(run.output, spec.variable)
    if spec.timings and len(actual_times) != len(spec.timings):
        problems.append(f"{name}: printed {len(actual_times)} timings {actual_times}, but "
                        f"{display(snippet.spec_path)} names {len(spec.timings)}: {list(spec.timings)}")
    if expected is None:
        problems.append(f"{name}: no expected output {display(out_path)}; "
                        f"run: python -m tools.snippets update {display(snippet.path)}")
        return problems
    if not text_matches(expected, run.output, spec.variable):
        problems.append(f"{name}: output differs from {display(out_path)}\n"
                        + diff(expected, run.output, display(out_path))
                        + f"if the new output is right, store it: python -m tools.snippets update {name}")
        return problems
    expected_times = timings_of(expected, spec.variable)
    labels = list(spec.timings) or [f"timing #{i + 1}" for i in range(len(expected_times))]
    for label, want, got in zip(labels, expected_times, actual_times):
        if abs(got - want) > spec.tolerance + 1e-9:
            problems.append(f"{name}: timing '{label}' took {got:.2f} s, claimed {want:.2f} s "
                            f"± {spec.tolerance:g} s (stored in {display(out_path)})")
    problems += check_claims(snippet, spec, actual_times)
    return problems


def is_timing_problem(problem: str) -> bool:
    """A problem about a measured time or a timing claim (not about the text, exit status...)."""
    return bool(re.match(r"\S+: timing (claim )?'", problem))


def check_claims(snippet: Snippet, spec: Spec, times: list[float]) -> list[str]:
    if not spec.claims or len(times) != len(spec.timings):
        return []
    values = dict(zip(spec.timings, times))
    problems = []
    for claim in spec.claims:
        if not eval(claim, {"__builtins__": {}}, dict(values)):  # names were checked in Spec
            shown = ", ".join(f"{k} = {v:.2f} s" for k, v in values.items())
            problems.append(f"{display(snippet.path)}: timing claim '{claim}' does not hold ({shown})")
    return problems


# ---------------------------------------------------------------------------------------------
# Running many at once


class Batch:
    """Runs snippets concurrently (serial ones alone, afterwards) and hands out results by path."""

    def __init__(self, snippets: list[Snippet], python: str = sys.executable, jobs: int = 32,
                 exact: bool = False, record: bool | None = None):
        self.python = python
        self.exact = exact  # True: run only on `python`; snippets needing a newer one are skipped
        # Recorded runs of the snippets declaring timeline = true, after the timed ones. Timelines
        # are stored from one interpreter's runs, so the version matrix (exact) does not record.
        self.record = (not exact) if record is None else record
        self.record_jobs = 8  # recorded runs at once (mostly sleeping: they leave the cores free)
        self.early_after = 3.0  # seconds: a recorded run this long may start with the serial phase
        self.record_wall = 0.0  # seconds the recorded runs added after the timed ones (check prints it)
        self._recordings: dict[str, concurrent.futures.Future[Recording]] = {
            s.rel: concurrent.futures.Future() for s in snippets}
        self.stagger = 0.05  # seconds between two start-ups in the parallel batch
        self._alone = threading.Lock()
        self.retried: list[str] = []  # snippets whose times missed in the batch, measured again alone
        self.jobs = jobs
        self.snippets = snippets
        self._results: dict[str, concurrent.futures.Future[Run]] = {
            s.rel: concurrent.futures.Future() for s in snippets}
        self._thread: threading.Thread | None = None
        self.wall = 0.0

    def start(self) -> "Batch":
        if self._thread is None:
            self._thread = threading.Thread(target=self._run_all, daemon=True)
            self._thread.start()
        return self

    def _settle(self, snippet: Snippet, fn) -> None:
        future = self._results[snippet.rel]
        try:
            future.set_result(fn())
        except BaseException as e:  # noqa: BLE001 - the test for this snippet reports it
            future.set_exception(e)

    def _run_all(self) -> None:
        start = time.perf_counter()
        specs = {}
        for s in self.snippets:
            try:
                specs[s.rel] = s.spec()
            except SpecError as e:
                self._results[s.rel].set_exception(e)
        # Each snippet runs on the given interpreter if it is new enough for it, else on the oldest
        # one found that is. Environments for other interpreters are made now, before any timing.
        pythons: dict[str, str] = {}
        for s in self.snippets:
            if s.rel not in specs:
                continue
            try:
                python = (pythons_tool.interpreter_for(specs[s.rel].min_version, self.python)
                          if not self.exact or pythons_tool.version_of_cached(self.python) >= specs[s.rel].min_version
                          else None)
            except Exception as e:  # noqa: BLE001 - reported by this snippet's test
                self._results[s.rel].set_exception(e)
                continue
            if python is None:
                self._results[s.rel].set_result(Run("", "", None, 0.0, skipped=(
                    f"needs Python {specs[s.rel].python}; "
                    + ("below its minimum" if self.exact else "no such interpreter on this machine"))))
            else:
                pythons[s.rel] = python
        runnable = [s for s in self.snippets if s.rel in pythons]
        for s in runnable:
            if specs[s.rel].runner == "notebook" and pythons[s.rel] != self.python:
                self._results[s.rel].set_result(Run("", "", None, 0.0, skipped=(
                    f"needs Python {specs[s.rel].python}; notebook cells run in this interpreter's kernel")))
        runnable = [s for s in runnable if not self._results[s.rel].done()]
        notebook = [s for s in runnable if specs[s.rel].runner == "notebook"]
        parallel = [s for s in runnable if specs[s.rel].runner == "python" and not specs[s.rel].serial]
        # Longest first (judged by the largest time its stored output prints), so that no long
        # snippet waits for a free slot behind short ones.
        parallel.sort(key=lambda s: -max(timings_of(s.out_path.read_text(encoding="utf-8")) or [0.0])
                      if s.out_path.exists() else 0.0)
        serial = [s for s in runnable if specs[s.rel].runner == "python" and specs[s.rel].serial]
        # Serial (CPU-heavy) snippets run one at a time, once at most two parallel ones are still
        # running: by then those are long sleepers, which leave the cores free.
        running = len(parallel) + (1 if notebook else 0)
        quiet = threading.Condition()

        def finished(fn):
            nonlocal running
            try:
                fn()
            finally:
                with quiet:
                    running -= 1
                    quiet.notify_all()

        with concurrent.futures.ThreadPoolExecutor(self.jobs) as pool:
            if notebook:
                pool.submit(finished, lambda: self._run_notebook(notebook))
            for s in parallel:
                pool.submit(finished, lambda s=s: self._settle(s, lambda: run_snippet(s, specs[s.rel], pythons[s.rel])))
                # Interpreters start a few at a time, not all at once: a burst of start-ups on two
                # cores delays the wake-ups of the snippets already sleeping, and so their timings.
                time.sleep(self.stagger)
            with quiet:
                quiet.wait_for(lambda: running <= 2)
            timelines = [s for s in runnable if specs[s.rel].timeline and specs[s.rel].runner == "python"]
            early = self._record_early(timelines, specs, pythons) if serial else None
            for s in serial:
                self._settle(s, lambda s=s: run_snippet(s, specs[s.rel], pythons[s.rel]))
        self.wall = time.perf_counter() - start
        self._record_all([s for s in timelines if early is None or s.rel != early[0].rel], specs, pythons)
        if early is not None:
            early[1].join()
        self.record_wall = time.perf_counter() - start - self.wall
        for s in self.snippets:
            if not self._recordings[s.rel].done():
                self._recordings[s.rel].set_result(None)

    def _record_early(self, snippets: list[Snippet], specs: dict[str, Spec],
                      pythons: dict[str, str]) -> tuple[Snippet, threading.Thread] | None:
        """The longest recorded run, if it is a long sleeper (not CPU-heavy, several seconds), starts
        with the serial phase, as the batch's own last sleepers run beside it: otherwise it alone
        would set the wall time the recordings add."""
        if not self.record:
            return None
        sleepers = [s for s in snippets if not specs[s.rel].serial and s.out_path.exists()]
        if not sleepers:
            return None
        longest = max(sleepers, key=lambda s: max(timings_of(s.out_path.read_text(encoding="utf-8")) or [0.0]))
        if max(timings_of(longest.out_path.read_text(encoding="utf-8")) or [0.0]) < self.early_after:
            return None
        future = self._recordings[longest.rel]

        def record() -> None:
            try:
                future.set_result(record_snippet(longest, specs[longest.rel], pythons[longest.rel]))
            except BaseException as e:  # noqa: BLE001 - reported by this snippet's test
                future.set_exception(e)

        thread = threading.Thread(target=record, daemon=True)
        thread.start()
        return longest, thread

    def _record_all(self, snippets: list[Snippet], specs: dict[str, Spec], pythons: dict[str, str]) -> None:
        """Recorded runs, once every timed run is over: a few at once, longest first (so that the
        longest one sets the added wall time), CPU-heavy (serial) ones alone afterwards."""
        if not self.record or not snippets:
            return

        def record(s: Snippet) -> None:
            future = self._recordings[s.rel]
            try:
                future.set_result(record_snippet(s, specs[s.rel], pythons[s.rel]))
            except BaseException as e:  # noqa: BLE001 - reported by this snippet's test
                future.set_exception(e)

        def longest(s: Snippet) -> float:
            return -max(timings_of(s.out_path.read_text(encoding="utf-8")) or [0.0]) if s.out_path.exists() else 0.0

        light = sorted((s for s in snippets if not specs[s.rel].serial), key=longest)
        running = len(light)
        quiet = threading.Condition()

        def finished(s: Snippet) -> None:
            nonlocal running
            try:
                record(s)
            finally:
                with quiet:
                    running -= 1
                    quiet.notify_all()

        with concurrent.futures.ThreadPoolExecutor(self.record_jobs) as pool:
            for s in light:
                pool.submit(finished, s)
                time.sleep(self.stagger)
            # CPU-heavy ones alone, once at most one light one is left: a long sleeper by then.
            with quiet:
                quiet.wait_for(lambda: running <= 1)
            for s in snippets:
                if specs[s.rel].serial:
                    record(s)

    def recording(self, snippet: Snippet) -> Recording | None:
        """The snippet's recorded run (None if it records none), waiting for it if need be."""
        self.start()
        return self._recordings[snippet.rel].result()

    def _run_notebook(self, snippets: list[Snippet]) -> None:
        try:
            runs = run_notebook_cells(snippets)
        except BaseException as e:  # noqa: BLE001
            for s in snippets:
                self._results[s.rel].set_exception(e)
            return
        for s in snippets:
            self._results[s.rel].set_result(runs[s.rel])

    def run(self, snippet: Snippet) -> Run:
        """The snippet's run, waiting for it if need be."""
        self.start()
        return self._results[snippet.rel].result()

    def result(self, snippet: Snippet) -> Result:
        spec = snippet.spec()
        run = self.run(snippet)
        out = snippet.out_path_for(pythons_tool.version_of_cached(run.python) if run.python else None)
        expected = out.read_text(encoding="utf-8") if out.exists() else None
        problems = compare(snippet, spec, run, expected, out)
        if problems and spec.runner == "python" and all(is_timing_problem(p) for p in problems):
            # Only its times missed, while up to a few dozen other programs shared two cores.
            # Measure it again alone, once the batch is over: a real timing error misses again.
            self.wait()
            with self._alone:
                again = run_snippet(snippet, spec, run.python)
            retry = compare(snippet, spec, again, expected, out)
            self.retried.append(f"{snippet.rel}: " + ("passed" if not retry else "missed again") + " alone after "
                                + "; ".join(p.split(": ", 1)[1] for p in problems))
            run, problems = again, retry and [*problems, "measured again alone:", *retry]
        timing_only = bool(problems) and all(is_timing_problem(p) or p == "measured again alone:" for p in problems)
        if spec.timeline and self.record and not run.skipped and all(
                is_timing_problem(p) or p == "measured again alone:" for p in problems):
            # A wrong time is often explained by a changed timeline: report both.
            problems = problems + self._timeline_result(snippet, spec)
        if timing_only:
            problems.append(f"if the new times are right (you changed a delay on purpose), store them: "
                            f"python -m tools.snippets update {display(snippet.path)}, and make the claims in "
                            f"{display(snippet.spec_path)} say what the page says")
        return Result(snippet, run, problems)

    def _timeline_result(self, snippet: Snippet, spec: Spec) -> list[str]:
        recording = self.recording(snippet)
        if recording is None:
            return []
        problems = timeline_problems(snippet, spec, recording)
        if (problems and not recording.timed_out and recording.record is not None
                and recording.returncode == spec.exit and snippet.timeline_path.exists()):
            # Recorded a few at once, while other sessions may load the machine: record it
            # again alone; a real change of shape shows again.
            self.wait()
            with self._alone:
                again = record_snippet(snippet, spec, recording.python)
            retry = timeline_problems(snippet, spec, again)
            self.retried.append(f"{snippet.rel}: timeline " + ("passed" if not retry else "missed again")
                                + " recorded alone after " + "; ".join(p.split(": ", 1)[1] for p in problems[:3]))
            return retry and [*problems, "recorded again alone:", *retry]
        return problems

    def wait(self) -> None:
        self.start()
        self._thread.join()


# ---------------------------------------------------------------------------------------------
# Command line


def cmd_list(args) -> int:
    for s in discover(args.paths):
        spec = s.spec()
        extra = f"  timings={list(spec.timings)}" if spec.timings else ""
        extra += f"  claims={list(spec.claims)}" if spec.claims else ""
        extra += "  timeline" if spec.timeline else ""
        print(f"{s.rel:45} python>={spec.python:5} {spec.runner:8}{extra}")
    return 0


def cmd_check(args) -> int:
    snippets = discover(args.paths)
    batch = Batch(snippets, python=args.python, jobs=args.jobs).start()
    results = [batch.result(s) for s in snippets]
    failed = skipped = 0
    for r in results:
        if r.skipped:
            skipped += 1
            print(f"skipped {display(r.snippet.path)}: {r.skipped}")
        elif not r.ok:
            failed += 1
            print("\n".join(r.problems), file=sys.stderr)
    batch.wait()
    total = sum(r.run.duration for r in results)
    longest = max((r.run.duration, r.snippet.rel) for r in results) if results else (0, "-")
    for note in batch.retried:
        print(f"measured again: {note}")
    print(f"{len(snippets) - failed - skipped} passed, {failed} failed, {skipped} skipped")
    print(f"wall {batch.wall:.2f} s; sum of runs {total:.2f} s; longest {longest[0]:.2f} s ({longest[1]})")
    if batch.record_wall:
        recorded = [batch.recording(s) for s in snippets]
        print(f"timelines: {sum(r is not None for r in recorded)} recorded runs added "
              f"{batch.record_wall:.2f} s of wall time")
    return 1 if failed else 0


def cmd_update(args) -> int:
    """Rewrite .out files from real runs; refuse where the run itself is wrong (exit, stderr, claims).
    Snippets declaring timeline = true also get <name>.timeline.json from a recorded run, made
    after the timed runs; it is rewritten when missing or when a check would find it changed."""
    snippets = discover(args.paths)
    batch = Batch(snippets, python=args.python, jobs=args.jobs).start()
    refused = 0
    for s in snippets:
        spec = s.spec()
        run = batch.run(s)
        if run.skipped:
            print(f"skipped {display(s.path)}: {run.skipped}")
            continue
        # Compare against the run's own output: what remains are problems no rewrite can fix.
        problems = compare(s, spec, run, run.output)
        if problems:
            refused += 1
            print(f"NOT updated {display(s.out_path)}:\n" + "\n".join(problems), file=sys.stderr)
            continue
        old = s.out_path.read_text(encoding="utf-8") if s.out_path.exists() else None
        if old != run.output:
            s.out_path.write_text(run.output, encoding="utf-8")
            print(f"{'updated' if old is not None else 'created'} {display(s.out_path)}")
            if old is not None:
                sys.stdout.write(diff(old, run.output, display(s.out_path)))
        if not update_timeline(s, spec, batch):
            refused += 1
    sync_notebooks(verbose=True)
    print(f"{len(snippets) - refused} snippets up to date, {refused} refused")
    return 1 if refused else 0


def update_timeline(snippet: Snippet, spec: Spec, batch: Batch) -> bool:
    """Write, keep or remove <name>.timeline.json; False if the recorded run was wrong."""
    from tools import timeline

    path = snippet.timeline_path
    if not spec.timeline:
        if path.exists():
            path.unlink()
            print(f"removed {display(path)} ({display(snippet.spec_path)} does not declare timeline = true)")
        return True
    recording = batch.recording(snippet)
    if recording is None:
        return True
    if recording.timed_out or recording.returncode != spec.exit or recording.record is None:
        print(f"NOT updated {display(path)}:\n" + "\n".join(timeline_problems(snippet, spec, recording)),
              file=sys.stderr)
        return False
    if path.exists():
        try:
            stored = json.loads(path.read_text(encoding="utf-8"))
        except ValueError:
            stored = None
        changes = timeline.compare(stored, recording.record, spec.tolerance) if stored else ["not valid JSON"]
        if not changes:
            return True
        print(f"updated {display(path)}:\n" + "".join(f"  {c}\n" for c in changes), end="")
    else:
        print(f"created {display(path)}")
    path.write_text(timeline.dumps(recording.record), encoding="utf-8")
    return True


TEMPLATE_PY = """import asyncio
import time


async def main():
    start = time.perf_counter()
    await asyncio.sleep(0.1)
    print(f"done in {time.perf_counter() - start:.1f} s")


asyncio.run(main())
"""


def cmd_new(args) -> int:
    """Create snippets/<topic>/<name>.py, its .toml and an empty .out; print what to do next."""
    if len(args.paths) != 1 or not re.fullmatch(r"[a-z0-9_]+/[a-z0-9_]+(\.py)?", args.paths[0]):
        print("usage: python -m tools.snippets new <topic>/<name>   (lowercase, digits, underscores)",
              file=sys.stderr)
        return 2
    rel = args.paths[0].removesuffix(".py")
    py = SNIPPETS / f"{rel}.py"
    if py.exists():
        print(f"error: {display(py)} already exists", file=sys.stderr)
        return 1
    parse_version(args.min_python)
    py.parent.mkdir(parents=True, exist_ok=True)
    py.write_text(TEMPLATE_PY, encoding="utf-8")
    Snippet(py).spec_path.write_text(
        f'python = "{args.min_python}"       # the oldest Python this example runs on\n'
        f'summary = "{rel.split("/")[1].replace("_", " ")}"\n'
        f'timings = ["total"]     # names of the printed times, in order\n', encoding="utf-8")
    Snippet(py).out_path.write_text("", encoding="utf-8")
    for path in (py, Snippet(py).spec_path, Snippet(py).out_path):
        print(f"created {display(path)}")
    print(f"""
next:
  1. write the example in {display(py)} and its declaration in {display(Snippet(py).spec_path)}
  2. .venv/bin/python -m tools.snippets update {display(py)}
  3. include it in docs/<lang>/<page>.md for all five languages:

```python title="{rel}.py"
--8<-- "{rel}.py"
```

```text title="Output"
--8<-- "{rel}.out"
```""")
    return 0


def notebook_paths() -> list[Path]:
    return sorted((ROOT / "docs").glob("*/*.ipynb"))


def sync_notebooks(verbose: bool = False) -> list[str]:
    """Copy snippet files into the code cells of every docs notebook that names them.

    A code cell names its snippet in its metadata: {"snippet": "jupyter/top_level_await.py"}.
    Returns the problems found (unknown snippet names)."""
    problems = []
    for nb_path in notebook_paths():
        nb = json.loads(nb_path.read_text(encoding="utf-8"))
        changed = False
        for cell in nb["cells"]:
            rel = cell.get("metadata", {}).get("snippet")
            if cell["cell_type"] != "code" or not rel:
                continue
            src = SNIPPETS / rel
            if not src.exists():
                problems.append(f"{display(nb_path)}: code cell names snippet {rel}, which does not exist")
                continue
            text = src.read_text(encoding="utf-8").rstrip("\n")
            lines = text.splitlines(keepends=True)
            if cell["source"] != lines and "".join(cell["source"]) != text:
                cell["source"] = lines
                changed = True
        if changed:
            nb_path.write_text(json.dumps(nb, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
            if verbose:
                print(f"synced code cells of {display(nb_path)}")
    return problems


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m tools.snippets", description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = parser.add_subparsers(dest="command", required=True)
    for name, fn in (("list", cmd_list), ("check", cmd_check), ("update", cmd_update), ("new", cmd_new)):
        p = sub.add_parser(name)
        p.add_argument("paths", nargs="*", help="snippet files or folders (default: all)")
        p.add_argument("--python", default=sys.executable, help="interpreter to run snippets with")
        p.add_argument("--jobs", type=int, default=32, help="snippets run at once")
        p.add_argument("--min-python", default="3.7", help="new: the oldest Python the example needs")
        p.set_defaults(fn=fn)
    args = parser.parse_args(argv)
    try:
        return args.fn(args)
    except SpecError as e:
        print(f"error: {e}", file=sys.stderr)
        return 2


if __name__ == "__main__":
    sys.exit(main())
