"""Read the structure of the site's pages: headings and their ids, includes, code blocks, admonitions.

Used by the tests (parity between languages, no untested code) and by contributors:

    python -m tools.pages          # per language: pages, missing pages, structure differences
"""

from __future__ import annotations

import dataclasses
import json
import re
import sys
from pathlib import Path

from tools.site import LANGUAGES

ROOT = Path(__file__).resolve().parent.parent
DOCS = ROOT / "docs"
SOURCE_LANG = "en"

FENCE_OPEN = re.compile(r"^(?P<indent>[ \t]*)(?P<fence>`{3,})(?P<info>[^`]*)$")
HEADING = re.compile(r"^(?P<level>#{1,6})\s+(?P<text>.*?)\s*$")
HEADING_ID = re.compile(r"\{\s*#(?P<id>[A-Za-z0-9_-]+)\s*\}$")
HTML_HEADING = re.compile(r'<h(?P<level>[1-6])(?: id="(?P<id>[^"]*)")?>')
INCLUDE = re.compile(r'^--8<-- "(?P<path>[^"]+)"$')
ADMONITION = re.compile(r"^[ \t]*(?:!!!|\?\?\?\+?)[ \t]+(?P<type>[\w-]+)")
SKIP_MARK = re.compile(r"<!--\s*(pytest-codeblocks:skip|pytest\.mark\.skip)")
# Facts a translation must carry over from the English section: each inline code span, and each
# Python version named in the prose (3.11 or 3,11; not 3.0 s, a time; not inside a link's URL).
CODE_SPAN = re.compile(r"(?<!`)(`+)(?!`)((?:(?!\n\s*\n).)+?)(?<!`)\1(?!`)", re.S)  # may span a line break
LINK_TARGET = re.compile(r"\]\([^)]*\)")
PY_VERSION = re.compile(r"(?<![\w.,])3[.,](\d{1,2})(?![\d]|[.,]\d)(?!\s?(?:s|с|秒|ms|мс|×|x)\b)")


@dataclasses.dataclass
class Fence:
    line: int          # 1-based line of the opening fence
    info: str          # the info string, e.g. 'python title="x.py"'
    body: list[str]
    skipped: bool      # preceded by a pytest-codeblocks skip marker

    @property
    def include(self) -> str | None:
        if len(self.body) == 1:
            m = INCLUDE.match(self.body[0].strip())
            if m:
                return m.group("path")
        return None


@dataclasses.dataclass
class Heading:
    line: int
    level: int
    text: str
    id: str | None


@dataclasses.dataclass
class Page:
    path: Path
    headings: list[Heading]
    fences: list[Fence]
    admonitions: list[str]
    table_rows: int
    snippet_cells: list[str] = dataclasses.field(default_factory=list)  # notebooks only
    prose: dict[str, list[str]] = dataclasses.field(default_factory=dict)  # heading id -> lines outside code blocks

    def facts(self, section: str) -> tuple[set[str], set[str]]:
        """The inline code spans and the Python versions that the prose of a section names."""
        text = LINK_TARGET.sub("]", "\n".join(self.prose.get(section, [])))
        code = {" ".join(m.group(2).split()) for m in CODE_SPAN.finditer(text)}
        versions = {f"3.{m.group(1)}" for m in PY_VERSION.finditer(CODE_SPAN.sub(" ", text))}
        return code, versions

    @property
    def includes(self) -> list[str]:
        return [f.include for f in self.fences if f.include]

    @property
    def ids(self) -> list[str | None]:
        return [h.id for h in self.headings]

    def section_of(self, include: str) -> str | None:
        """The id of the heading under which the page includes a file (None: not included)."""
        for f in self.fences:
            if f.include == include:
                above = [h for h in self.headings if h.line < f.line and h.id]
                return above[-1].id if above else ""
        return None


def parse_markdown(path: Path) -> Page:
    headings, fences, admonitions, rows = [], [], [], 0
    prose: dict[str, list[str]] = {"": []}
    section = ""
    lines = path.read_text(encoding="utf-8").split("\n")
    i = 0
    while i < len(lines):
        line = lines[i]
        m = FENCE_OPEN.match(line)
        if m:
            fence, indent = m.group("fence"), m.group("indent")
            previous = next((lines[j] for j in range(i - 1, -1, -1) if lines[j].strip()), "")
            body, i = [], i + 1
            while i < len(lines) and not lines[i].strip().startswith(fence):
                body.append(lines[i][len(indent):] if lines[i].startswith(indent) else lines[i])
                i += 1
            fences.append(Fence(i - len(body), m.group("info").strip(), body, bool(SKIP_MARK.search(previous))))
            i += 1
            continue
        h = HEADING.match(line)
        if h:
            idm = HEADING_ID.search(h.group("text"))
            text = HEADING_ID.sub("", h.group("text")).strip()
            headings.append(Heading(i + 1, len(h.group("level")), text, idm.group("id") if idm else None))
            if idm:
                section = idm.group("id")
                prose.setdefault(section, [])
        prose[section].append(line)
        a = ADMONITION.match(line)
        if a:
            admonitions.append(a.group("type"))
        if line.lstrip().startswith("|"):
            rows += 1
        i += 1
    return Page(path, headings, fences, admonitions, rows, prose=prose)


def parse_notebook(path: Path) -> Page:
    nb = json.loads(path.read_text(encoding="utf-8"))
    headings, admonitions, cells = [], [], []
    for n, cell in enumerate(nb["cells"], 1):
        src = "".join(cell["source"])
        if cell["cell_type"] == "markdown":
            for line in src.split("\n"):
                h = HEADING.match(line)
                if h:
                    level = len(h.group("level"))
                    headings.append(Heading(n, level, h.group("text"), None if level > 1 else "h1"))
                for hm in HTML_HEADING.finditer(line):
                    headings.append(Heading(n, int(hm.group("level")), line, hm.group("id")))
        elif cell["cell_type"] == "code":
            cells.append(cell.get("metadata", {}).get("snippet") or f"<cell {n} without snippet>")
    return Page(path, headings, [], admonitions, 0, cells)


def parse(path: Path) -> Page:
    return parse_notebook(path) if path.suffix == ".ipynb" else parse_markdown(path)


def pages(lang: str) -> dict[str, Path]:
    """Relative path -> file, for every page of one language."""
    base = DOCS / lang
    return {p.relative_to(base).as_posix(): p for p in sorted(base.rglob("*"))
            if p.suffix in (".md", ".ipynb") and ".ipynb_checkpoints" not in p.parts}


def rel(path: Path) -> str:
    return path.relative_to(ROOT).as_posix()


def parity_problems(lang: str) -> list[str]:
    """How one translation differs in structure from the English pages."""
    problems = []
    source, target = pages(SOURCE_LANG), pages(lang)
    for name in sorted(set(source) - set(target)):
        problems.append(f"docs/{lang}/{name} is missing (docs/{SOURCE_LANG}/{name} exists): translate it")
    for name in sorted(set(target) - set(source)):
        problems.append(f"docs/{lang}/{name} has no English original docs/{SOURCE_LANG}/{name}")
    for name in sorted(set(source) & set(target)):
        en, tr = parse(source[name]), parse(target[name])
        where = f"docs/{lang}/{name}"
        if en.ids != tr.ids:
            problems.append(f"{where}: heading ids {tr.ids} differ from docs/{SOURCE_LANG}/{name}: {en.ids}")
        if en.includes != tr.includes:
            problems.append(f"{where}: includes {tr.includes} differ from docs/{SOURCE_LANG}/{name}: {en.includes}")
        if en.snippet_cells != tr.snippet_cells:
            problems.append(f"{where}: notebook code cells {tr.snippet_cells} differ from "
                            f"docs/{SOURCE_LANG}/{name}: {en.snippet_cells}")
        if en.admonitions != tr.admonitions:
            problems.append(f"{where}: admonitions {tr.admonitions} differ from "
                            f"docs/{SOURCE_LANG}/{name}: {en.admonitions}")
        if en.table_rows != tr.table_rows:
            problems.append(f"{where}: {tr.table_rows} table rows, docs/{SOURCE_LANG}/{name} has {en.table_rows}")
        problems += fact_problems(en, tr, where, f"docs/{SOURCE_LANG}/{name}")
    return problems


def fact_problems(en: Page, tr: Page, where: str, original: str) -> list[str]:
    """Per section: the translation names the Python versions and shows the code spans of the English."""
    problems = []
    for section in en.prose:
        if section not in tr.prose:
            continue  # a heading id problem, reported on its own
        (en_code, en_versions), (tr_code, tr_versions) = en.facts(section), tr.facts(section)
        anchor = f"{where}#{section}" if section else where
        if en_versions != tr_versions:
            problems.append(f"{anchor}: names Python {sorted(tr_versions)} "
                            f"where {original} names {sorted(en_versions)}")
        lacking = sorted(c for c in en_code if not any(c in t for t in tr_code))  # `await f()` has `f()`
        if lacking:
            problems.append(f"{anchor}: lacks the code {lacking} that the English section shows "
                            "(write it in backticks, unchanged)")
    return problems


def main() -> int:
    failed = False
    for lang in LANGUAGES:
        problems = parity_problems(lang) if lang != SOURCE_LANG else []
        print(f"{lang}: {len(pages(lang))} pages, {len(problems)} problems")
        for p in problems:
            print(f"  {p}")
        failed |= bool(problems)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
