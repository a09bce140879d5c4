"""Translation status: missing pages, pages whose English source changed after the translation
was last updated, structure differences, and English prose left untranslated.

    python -m tools.translations             # report per language; exit 1 if a page is missing
    python -m tools.translations --markdown  # the same report as Markdown (CI job summary)

"Outdated" compares git history: the English page has a commit (or uncommitted changes) newer
than the translation's last commit. Fix the translation, commit it, and the page is current.
"""

from __future__ import annotations

import argparse
import functools
import re
import subprocess
import sys
from pathlib import Path

from tools.pages import LANGUAGES, ROOT, SOURCE_LANG, pages, parity_problems

# Words that are frequent in English prose and are not words of French, Ukrainian, Russian or
# Chinese. Prose outside code with several of them is English left untranslated.
ENGLISH_WORDS = {
    "the", "and", "is", "are", "of", "to", "with", "that", "this", "it", "its", "which", "when",
    "you", "your", "be", "by", "for", "from", "or", "not", "was", "were", "has", "have", "what",
    "runs", "returns", "waits", "each", "every", "other", "then", "than", "only", "after",
    "before", "while", "until", "into", "remember", "example", "output",
}
CODE_SPANS = re.compile(r"`[^`]*`")
LINK_TARGETS = re.compile(r"\]\([^)]*\)|\{[^}]*\}|<[^>]+>|https?://\S+")
WORD = re.compile(r"[A-Za-z][A-Za-z']*")


def prose_lines(path: Path) -> list[tuple[int, str]]:
    """Lines of prose (not code, not includes, not front matter or HTML) with their numbers."""
    if path.suffix == ".ipynb":
        import json
        nb = json.loads(path.read_text(encoding="utf-8"))
        out = []
        for n, cell in enumerate(nb["cells"], 1):
            if cell["cell_type"] == "markdown":
                out += [(n, line) for line in "".join(cell["source"]).split("\n")]
        return out
    out, fence = [], None
    for n, line in enumerate(path.read_text(encoding="utf-8").split("\n"), 1):
        stripped = line.strip()
        m = re.match(r"(`{3,})", stripped)
        if fence:
            if stripped.startswith(fence):
                fence = None
            continue
        if m:
            fence = m.group(1)
            continue
        out.append((n, line))
    return out


def english_left(lang: str, path: Path) -> list[str]:
    """Prose in a translated page that reads as English: lines with several English words."""
    problems = []
    for n, line in prose_lines(path):
        text = LINK_TARGETS.sub(" ", CODE_SPANS.sub(" ", line))
        words = [w.lower() for w in WORD.findall(text)]
        hits = [w for w in words if w in ENGLISH_WORDS]
        if len(hits) >= 3 and len(hits) >= 0.2 * len(words):
            problems.append(f"{path.relative_to(ROOT).as_posix()}:{n}: untranslated English? "
                            f"{line.strip()[:90]!r}")
    return problems


@functools.lru_cache(maxsize=None)  # an English page is compared with four translations
def last_commit_time(path: Path) -> int | None:
    try:
        out = subprocess.run(["git", "log", "-1", "--format=%ct", "--", str(path)], cwd=ROOT,
                             capture_output=True, text=True, timeout=30).stdout.strip()
    except (OSError, subprocess.TimeoutExpired):
        return None
    return int(out) if out else None


@functools.lru_cache(maxsize=None)
def uncommitted(path: Path) -> bool:
    try:
        out = subprocess.run(["git", "status", "--porcelain", "--", str(path)], cwd=ROOT,
                             capture_output=True, text=True, timeout=30).stdout.strip()
    except (OSError, subprocess.TimeoutExpired):
        return False
    return bool(out)


def outdated(lang: str) -> list[str]:
    """Pages whose English source changed after the translation was last updated."""
    result = []
    source, target = pages(SOURCE_LANG), pages(lang)
    for name in sorted(set(source) & set(target)):
        en_time, tr_time = last_commit_time(source[name]), last_commit_time(target[name])
        en_dirty, tr_dirty = uncommitted(source[name]), uncommitted(target[name])
        if tr_dirty:
            continue  # being edited now: current as far as git can tell
        if en_dirty or (en_time and tr_time and en_time > tr_time):
            result.append(name)
    return result


def report(markdown: bool = False) -> tuple[str, bool]:
    lines, missing_any = [], False
    if markdown:
        lines += ["| Language | Pages | Missing | Outdated | Structure | Untranslated lines |",
                  "| --- | --- | --- | --- | --- | --- |"]
    for lang in LANGUAGES:
        if lang == SOURCE_LANG:
            continue
        missing = sorted(set(pages(SOURCE_LANG)) - set(pages(lang)))
        missing_any |= bool(missing)
        old = outdated(lang)
        structure = [p for p in parity_problems(lang) if "is missing" not in p]
        english = [e for p in pages(lang).values() for e in english_left(lang, p)]
        if markdown:
            lines.append(f"| {lang} | {len(pages(lang))}/{len(pages(SOURCE_LANG))} | {', '.join(missing) or '—'} "
                         f"| {', '.join(old) or '—'} | {len(structure)} | {len(english)} |")
            continue
        lines.append(f"{lang} ({LANGUAGES[lang]['name']}): {len(pages(lang))}/{len(pages(SOURCE_LANG))} pages")
        lines += [f"  missing: docs/{lang}/{m} (from docs/{SOURCE_LANG}/{m})" for m in missing]
        lines += [f"  outdated: docs/{lang}/{o} (docs/{SOURCE_LANG}/{o} changed after it)" for o in old]
        lines += [f"  structure: {p}" for p in structure]
        lines += [f"  {e}" for e in english]
    return "\n".join(lines), missing_any


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m tools.translations", description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--markdown", action="store_true", help="print a Markdown table")
    args = parser.parse_args(argv)
    text, missing = report(args.markdown)
    print(text)
    return 1 if missing else 0


if __name__ == "__main__":
    sys.exit(main())
