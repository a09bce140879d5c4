"""Every snippet on every other CPython found here (3.6 and newer), and every declared minimum proven.

The interpreter running the tests is covered by test_snippets.py. Interpreters that this machine
lacks are skipped here; the GitHub workflow runs the suite in one container per version instead.
"""

from __future__ import annotations

import sys

import pytest

from tools import matrix, pythons
from tools.snippets import discover, display

SNIPPETS = [s for s in discover() if s.spec().runner == "python"]
OTHERS = [v for v in pythons.found() if v >= (3, 6) and v != sys.version_info[:2]]


@pytest.mark.parametrize("version", OTHERS, ids=[f"py{v[0]}.{v[1]}" for v in OTHERS])
def test_snippets_on_other_interpreter(version):
    counts, failures = matrix.run_on(SNIPPETS, version, pythons.found()[version])
    assert not failures, "\n\n".join(failures)
    assert sum(c["passed"] for c in counts.values()), f"no snippet ran on Python {version}"


def test_declared_minimums_are_proven():
    """On the newest Python below its minimum, each snippet must fail or print something else."""
    proofs = matrix.prove_all(SNIPPETS, pythons.found())
    wrong = [f"{display(p.snippet.path)} declares Python {p.snippet.spec().python} but runs the same "
             f"on Python {p.python[0]}.{p.python[1]}" for p in proofs
             if p.python is not None and not p.proven and not p.how.startswith("unproven")]
    assert not wrong, "wrong badges:\n" + "\n".join(wrong)
    if not any(p.python for p in proofs):
        pytest.skip("no interpreter older than any snippet's minimum on this machine")
