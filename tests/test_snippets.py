"""Each snippet, run as a reader runs it, against its stored output, timings and claims."""

from __future__ import annotations

import json
import warnings

import pytest

from tools.pythons import version_of_cached
from tools.snippets import SNIPPETS, discover, display, notebook_paths

ALL = discover()


@pytest.mark.parametrize("snippet", ALL, ids=[s.rel for s in ALL])
def test_snippet(snippet, snippet_batch):
    result = snippet_batch.result(snippet)
    if result.skipped:
        pytest.skip(result.skipped)
    if not result.ok:
        pytest.fail("\n".join(result.problems), pytrace=False)
    for note in snippet_batch.retried:
        if note.startswith(f"{snippet.rel}: "):
            warnings.warn(f"measured again: {note}", stacklevel=1)
    ran_on = version_of_cached(result.run.python)
    assert ran_on and ran_on >= snippet.spec().min_version or snippet.spec().runner == "notebook", (
        f"{display(snippet.path)} declares Python {snippet.spec().python} but ran on {ran_on}")


def test_no_orphan_files():
    """Every .toml and .out belongs to a snippet; nothing else lives in snippets/."""
    stray = [display(p) for p in SNIPPETS.rglob("*") if p.is_file() and "__pycache__" not in p.parts
             and not p.name.endswith(".timeline.json")
             and (p.suffix not in (".py", ".toml", ".out")
                 or not p.with_name(p.name.split("@")[0]).with_suffix(".py").exists())]
    assert not stray, f"files in snippets/ without a snippet .py beside them: {stray}"


def test_every_timeline_belongs_to_a_snippet_declaring_it():
    """<name>.timeline.json exists exactly for the snippets whose .toml says timeline = true."""
    stored = {p for p in SNIPPETS.rglob("*.timeline.json") if "__pycache__" not in p.parts}
    declared = {s.timeline_path for s in ALL if s.spec().timeline}
    stray = sorted(display(p) for p in stored - declared)
    assert not stray, (f"timelines of no snippet declaring timeline = true: {stray}; "
                       "run: python -m tools.snippets update (it removes them)")
    assert len(declared) >= 12, f"only {len(declared)} snippets declare timeline = true"


def test_notebook_cells_are_the_snippet_files():
    """Code cells of every docs notebook are copies of their snippet files (one source of truth)."""
    problems = []
    for nb_path in notebook_paths():
        nb = json.loads(nb_path.read_text(encoding="utf-8"))
        for i, cell in enumerate(nb["cells"]):
            if cell["cell_type"] != "code":
                continue
            rel = cell.get("metadata", {}).get("snippet")
            if not rel:
                problems.append(f"{display(nb_path)}: code cell {i} names no snippet "
                                f'(metadata "snippet": "topic/name.py"); its code would be unverified')
            elif not (SNIPPETS / rel).exists():
                problems.append(f"{display(nb_path)}: code cell {i} names {rel}, which does not exist")
            elif "".join(cell["source"]) != (SNIPPETS / rel).read_text(encoding="utf-8").rstrip("\n"):
                problems.append(f"{display(nb_path)}: code cell {i} differs from snippets/{rel}; "
                                f"run: python -m tools.snippets update")
    assert not problems, "\n".join(problems)


def test_every_notebook_snippet_is_in_a_notebook():
    used = set()
    for nb_path in notebook_paths():
        nb = json.loads(nb_path.read_text(encoding="utf-8"))
        used |= {c.get("metadata", {}).get("snippet") for c in nb["cells"]}
    unused = [s.rel for s in ALL if s.spec().runner == "notebook" and s.rel not in used]
    assert not unused, f"notebook snippets no notebook shows: {unused}"


@pytest.mark.parametrize("name", ["COLUMNS=200", "CI=true", "FORCE_COLOR=1"])
def test_the_machines_terminal_and_ci_settings_do_not_reach_the_output(name, monkeypatch):
    """A snippet that runs pytest prints what a reader's terminal shows, whatever CI sets.

    pytest stops shortening its summary lines under CI=..., and wraps them at COLUMNS: the CI run
    of this project failed on both before the child environment was cleaned.
    """
    from tools.snippets import compare, run_snippet

    key, value = name.split("=")
    monkeypatch.setenv(key, value)
    snippet = next(s for s in ALL if s.rel == "testing/test_missing_mark.py")
    spec = snippet.spec()
    run = run_snippet(snippet, spec)
    expected = snippet.out_path.read_text(encoding="utf-8")
    problems = compare(snippet, spec, run, expected)
    assert not problems, "\n".join(problems)
