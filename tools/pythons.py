"""The CPython interpreters a snippet can run on, each with the snippets' dependencies installed.

A snippet declares the oldest Python it needs (``python = "3.12"`` in its .toml). The verifier
runs it with the interpreter it was given when that one is new enough; otherwise with the oldest
interpreter found on the machine that is (pyenv's ``versions/`` folder, then ``python3.X`` on
PATH). Each such interpreter gets its own virtual environment in ``.venvs/<version>/`` with
``requirements-snippets.txt`` installed, so a snippet that imports uvloop or aiohttp finds them
on every interpreter it runs on.

    python -m tools.pythons            # list the interpreters found and their environments
"""

from __future__ import annotations

import functools
import hashlib
import os
import re
import shutil
import subprocess
import sys
import threading
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
VENVS = ROOT / ".venvs"
REQUIREMENTS = ROOT / "requirements-snippets.txt"

Version = tuple[int, int]


def version_of(python: str) -> Version | None:
    try:
        out = subprocess.run([python, "-c", "import sys;print(*sys.version_info[:2])"],
                             capture_output=True, text=True, timeout=30).stdout.split()
        return (int(out[0]), int(out[1]))
    except (OSError, subprocess.TimeoutExpired, ValueError, IndexError):
        return None


@functools.lru_cache(maxsize=None)
def version_of_cached(python: str) -> Version | None:
    if python == sys.executable:
        return sys.version_info[:2]
    return version_of(python)


@functools.lru_cache(maxsize=1)
def found() -> dict[Version, str]:
    """The newest patch release of each CPython 3.x found: {(3, 12): '/…/bin/python3'}.

    Versions come from the names (pyenv's versions/3.12.1, python3.12 on PATH), so finding them
    starts no interpreter; a name that lies shows up when the snippets run on it."""
    result: dict[Version, str] = {}
    pyenv = Path(os.environ.get("PYENV_ROOT", Path.home() / ".pyenv")) / "versions"
    if pyenv.is_dir():
        for d in sorted(pyenv.iterdir(), key=lambda p: [int(x) for x in re.findall(r"\d+", p.name)]):
            m = re.fullmatch(r"3\.(\d+)\.\d+", d.name)
            if m and (d / "bin" / "python3").exists():
                result[(3, int(m.group(1)))] = str(d / "bin" / "python3")  # the newest patch wins
    for minor in range(6, 20):
        exe = shutil.which(f"python3.{minor}")
        if exe:
            result.setdefault((3, minor), exe)
    return dict(sorted(result.items()))


_env_lock = threading.Lock()


def environment(python: str) -> str:
    """The python of a virtual environment on this interpreter with the snippets' requirements.

    Created on first use in .venvs/<major.minor>/ and refreshed when requirements-snippets.txt
    changes. The project's own .venv already has them (requirements.txt includes the file)."""
    if python == sys.executable and Path(sys.prefix) != Path(sys.base_prefix):
        return python  # the project's .venv: requirements.txt includes the snippets' file
    if VENVS in Path(python).absolute().parents:
        return python
    v = version_of_cached(python)
    if v is None:
        raise RuntimeError(f"cannot run {python}")
    env = VENVS / f"{v[0]}.{v[1]}"
    env_python = env / "bin" / "python"
    stamp = env / "requirements.sha256"
    wanted = hashlib.sha256(REQUIREMENTS.read_bytes()).hexdigest() if REQUIREMENTS.exists() else ""
    with _env_lock:
        if env_python.exists() and stamp.exists() and stamp.read_text() == wanted:
            return str(env_python)
        print(f"setting up .venvs/{v[0]}.{v[1]} for snippets (Python {v[0]}.{v[1]})", file=sys.stderr)
        if not env_python.exists():
            subprocess.run([python, "-m", "venv", "--clear", str(env)], check=True)
        if REQUIREMENTS.exists():
            subprocess.run([str(env_python), "-m", "pip", "install", "--quiet", "--disable-pip-version-check",
                            "-r", str(REQUIREMENTS)], check=True)
        stamp.write_text(wanted)
    return str(env_python)


def interpreter_for(minimum: Version, given: str) -> str | None:
    """The interpreter to run a snippet needing ``minimum`` on: ``given`` if it is new enough,
    else the oldest interpreter found that is (in its environment); None if there is none."""
    v = version_of_cached(given)
    if v is not None and v >= minimum:
        return environment(given)
    for version, exe in found().items():
        if version >= minimum:
            return environment(exe)
    return None


def main() -> int:
    print(f"running: Python {'.'.join(map(str, sys.version_info[:3]))} ({sys.executable})")
    for (major, minor), exe in found().items():
        env = VENVS / f"{major}.{minor}" / "bin" / "python"
        print(f"  {major}.{minor}: {exe}  environment: {'ready' if env.exists() else 'made on first use'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
