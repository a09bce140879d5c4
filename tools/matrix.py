"""Every snippet on every CPython found here, and every declared minimum proven.

For each interpreter found (see ``python -m tools.pythons``), every snippet whose declared
minimum it meets runs on it (in its ``.venvs/`` environment) and must print its expected output:
``<name>.out``, or ``<name>@3.X.out`` where that version's output really differs.

Badges: each snippet also runs on the newest interpreter *older* than its declared minimum, when
one is found. There it must not do what the page shows (an ImportError, AttributeError,
SyntaxError, a different output...). A snippet that behaves the same below its minimum has a
wrong badge: the matrix fails and names the snippet and the interpreter.

    python -m tools.matrix                 # run, print the table, exit 1 on any failure
    python -m tools.matrix --update        # also write/remove <name>@3.X.out where outputs differ
    python -m tools.matrix snippets/tasks  # only some snippets
"""

from __future__ import annotations

import argparse
import collections
import concurrent.futures
import dataclasses
import re
import sys

from tools import pythons
from tools.snippets import Batch, Snippet, SpecError, compare, diff, discover, display, run_snippet, text_matches

Version = tuple[int, int]


def vtext(v: Version) -> str:
    return f"{v[0]}.{v[1]}"


@dataclasses.dataclass
class Proof:
    snippet: Snippet
    python: Version | None   # the newest interpreter below the minimum, None if none was found
    proven: bool = False
    how: str = ""            # what happened there: "AttributeError: ...", "different output"


def failure_kind(stderr: str) -> str:
    for line in reversed(stderr.strip().splitlines()):
        m = re.match(r"\s*([A-Za-z_][\w.]*(Error|Exception|Warning|Exit)):?(.*)", line)
        if m:
            return (m.group(1) + ":" + m.group(3))[:100].rstrip(":")
    return ""


def prove(snippet: Snippet, below: Version | None, exe: str | None) -> Proof:
    """Run a snippet on the newest interpreter below its minimum: it must not behave as shown."""
    if below is None or exe is None:
        return Proof(snippet, None)
    spec = snippet.spec()
    try:
        python = pythons.environment(exe)
    except Exception:  # noqa: BLE001 - no environment: the bare interpreter still proves stdlib APIs
        python = exe
    run = run_snippet(snippet, spec, python)
    expected = snippet.out_path.read_text(encoding="utf-8") if snippet.out_path.exists() else ""
    kind = failure_kind(run.stderr or run.output)
    missing_dep = re.match(r"(ModuleNotFoundError|ImportError): No module named '([\w.]+)'", kind)
    if missing_dep and missing_dep.group(2).split(".")[0] not in sys.stdlib_module_names:
        return Proof(snippet, below, False, f"unproven: {kind} (a dependency, not the API, is missing there)")
    if run.timed_out:
        return Proof(snippet, below, True, "hangs")
    if run.returncode != spec.exit:
        return Proof(snippet, below, True, kind or f"exit status {run.returncode}")
    if not spec.stderr and run.stderr.strip():
        return Proof(snippet, below, True, f"writes to stderr ({kind or run.stderr.strip().splitlines()[-1][:60]})")
    # Timings are not compared: a run below the minimum proves nothing by being slow or fast.
    if not text_matches(expected, run.output, spec.variable):
        return Proof(snippet, below, True, f"different output ({kind})" if kind else "different output")
    return Proof(snippet, below, False, "same output as on its minimum: the badge is wrong")


def run_on(snippets: list[Snippet], v: Version, exe: str, update: bool = False
           ) -> tuple[dict[str, collections.Counter], list[str]]:
    """Every snippet that Python v meets the minimum of, run on it at once. Returns counts per
    group ("passed", "failed", "below") and the failures. With update, a run whose output text
    differs from <name>.out but is otherwise sound becomes <name>@3.X.out."""
    counts: dict[str, collections.Counter] = collections.defaultdict(collections.Counter)
    try:
        python = pythons.environment(exe)
    except Exception as e:  # noqa: BLE001
        return counts, [f"Python {vtext(v)}: cannot set up its environment: {e}"]
    failures = []
    batch = Batch(snippets, python=python, exact=True).start()
    for s in snippets:
        group = s.rel.split("/")[0]
        spec = s.spec()
        result = batch.result(s)
        if result.skipped:
            counts[group]["below"] += 1
            continue
        base = s.out_path.read_text(encoding="utf-8") if s.out_path.exists() else ""
        if result.ok:
            counts[group]["passed"] += 1
            if update and s.version_out_path(v).exists() and not compare(s, spec, result.run, base):
                s.version_out_path(v).unlink()
                print(f"removed {display(s.version_out_path(v))} (same output as {s.out_path.name})")
            continue
        run = result.run
        if (update and not compare(s, spec, run, run.output)  # exit status, stderr, claims sound
                and not text_matches(base, run.output, spec.variable)):
            path = s.version_out_path(v)
            old = path.read_text(encoding="utf-8") if path.exists() else None
            path.write_text(run.output, encoding="utf-8")
            print(f"{'updated' if old is not None else 'created'} {display(path)}: Python {vtext(v)} prints")
            sys.stdout.write(diff(base, run.output, display(s.out_path)))
            counts[group]["passed"] += 1
            continue
        counts[group]["failed"] += 1
        failures.append(f"on Python {vtext(v)}: " + "\n".join(result.problems))
    return counts, failures


def prove_all(snippets: list[Snippet], found: dict[Version, str]) -> list[Proof]:
    """Each snippet on the newest interpreter below its minimum, all at once."""
    with concurrent.futures.ThreadPoolExecutor(16) as pool:
        futures = []
        for s in snippets:
            older = [v for v in found if v < s.spec().min_version]
            below = max(older) if older else None
            futures.append(pool.submit(prove, s, below, found.get(below) if below else None))
        return [f.result() for f in futures]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m tools.matrix", description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("paths", nargs="*", help="snippet files or folders (default: all)")
    parser.add_argument("--update", action="store_true",
                        help="write <name>@3.X.out where a version's output differs; remove stale ones")
    parser.add_argument("--oldest", default="3.6", help="oldest interpreter to run (default 3.6)")
    args = parser.parse_args(argv)
    try:
        snippets = discover(args.paths)
        specs = {s.rel: s.spec() for s in snippets}
    except SpecError as e:
        print(f"error: {e}", file=sys.stderr)
        return 2
    snippets = [s for s in snippets if specs[s.rel].runner == "python"]
    found = pythons.found()
    oldest = tuple(int(x) for x in args.oldest.split("."))
    matrix = {v: exe for v, exe in found.items() if v >= oldest}
    reference = sys.version_info[:2]

    groups = sorted({s.rel.split("/")[0] for s in snippets})
    cells: dict[tuple[Version, str], collections.Counter] = collections.defaultdict(collections.Counter)
    failures: list[str] = []
    for v, exe in matrix.items():
        counts, problems = run_on(snippets, v, exe, update=args.update and v != reference)
        for group, counter in counts.items():
            cells[v, group] = counter
        failures += problems
    proofs = prove_all(snippets, found)

    # The table.
    width = max([len(g) for g in groups] + [8])
    header = (f"{'snippets':{width}}" + "".join(f"{'Python ' + vtext(v):>15}" for v in matrix)
              + f"{'badges proven':>15}")
    proofs_by_group = collections.defaultdict(list)
    for p in proofs:
        proofs_by_group[p.snippet.rel.split("/")[0]].append(p)
    print()
    print(header)
    for g in groups:
        row = f"{g:{width}}"
        for v in matrix:
            c = cells[v, g]
            text = (f"{c['passed']}✓" + (f" {c['failed']}✗" if c["failed"] else "")
                    + (f" {c['below']}↓" if c["below"] else ""))
            row += f"{text:>15}"
        ps = proofs_by_group[g]
        row += f"{f'{sum(p.proven for p in ps)}/{len(ps)}':>15}"
        print(row)
    print("✓ passed  ✗ failed  ↓ skipped: below the snippet's declared minimum;  badges proven: the "
          "snippet fails on the newest Python below its minimum (none older than 3.6 here)")

    proven = [p for p in proofs if p.proven]
    wrong = [p for p in proofs if p.python is not None and not p.proven and not p.how.startswith("unproven")]
    unproven = [p for p in proofs if p.how.startswith("unproven")]
    none_older = [p for p in proofs if p.python is None]
    print(f"\nbadges: {len(proven)} proven, {len(wrong)} wrong, {len(unproven)} unproven, "
          f"{len(none_older)} without an older interpreter to try")
    by_min = collections.defaultdict(list)
    for p in proofs:
        by_min[specs[p.snippet.rel].python].append(p)
    for minimum in sorted(by_min, key=lambda t: tuple(map(int, t.split(".")))):
        ps = by_min[minimum]
        kinds = collections.Counter(next((k for k in ("different output", "writes to stderr") if p.how.startswith(k)),
                                         p.how.split(":")[0]) for p in ps if p.proven)
        below = ps[0].python
        where = f"on Python {vtext(below)}" if below else "(no older interpreter found)"
        print(f"  {minimum}+: {len(ps):3} snippets, {sum(p.proven for p in ps)} fail {where}"
              + (f" ({', '.join(f'{k} ×{n}' for k, n in kinds.most_common())})" if kinds else ""))
    for p in wrong:
        failures.append(f"wrong badge: {display(p.snippet.path)} declares Python {specs[p.snippet.rel].python} "
                        f"but runs the same on Python {vtext(p.python)}: lower its python, or show "
                        f"what needs {specs[p.snippet.rel].python}")
    for p in unproven:
        print(f"  unproven: {display(p.snippet.path)} on Python {vtext(p.python)}: {p.how}")
    if failures:
        print(f"\n{len(failures)} failures:", file=sys.stderr)
        for f in failures:
            print(f, file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
