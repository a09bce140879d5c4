"""The quick reference: every asyncio API the examples use, with its signature, the Python version
that added it, one line of meaning per language and a link to the verified example that shows it.

Data (one source for all five editions):

``i18n/reference/api.toml``     language-neutral: name, signature, added, group, example snippet
``i18n/reference/<lang>.toml``  per language: the group titles and one line of meaning per API

A page shows the tables where it has the line ``<!-- quick-reference -->`` (tools/mkdocs_hooks.py).
The example link goes to the section of that edition's page that includes the snippet, so every
row points at code that the test suite ran.

    python -m tools.reference            # problems: APIs used but not listed, missing meanings...
    python -m tools.reference --missing  # TOML rows to start from for the APIs not listed yet
"""

from __future__ import annotations

import ast
import collections
import functools
import inspect
import re
import subprocess
import sys
import tomllib
from pathlib import Path

from tools import pythons as pythons_tool
from tools.pages import DOCS, parse
from tools.site import LANGUAGES
from tools.snippets import SNIPPETS, Snippet, discover, parse_version

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "i18n" / "reference"
MARK = "<!-- quick-reference -->"
# Objects whose methods count as APIs when a snippet calls them through these variable names.
RECEIVERS = {"loop": "loop"}
KINDS = ("asyncio", "loop")


def rel(path: Path) -> str:
    return path.relative_to(ROOT).as_posix()


def load_api() -> tuple[list[dict], list[dict]]:
    path = DATA / "api.toml"
    data = tomllib.loads(path.read_text(encoding="utf-8"))
    return data.get("group", []), data.get("api", [])


def load_lang(lang: str) -> dict:
    path = DATA / f"{lang}.toml"
    if not path.exists():
        raise FileNotFoundError(f"{rel(path)} is missing: the quick reference of the {lang} edition "
                                f"needs a meaning for every API in {rel(DATA / 'api.toml')}")
    return tomllib.loads(path.read_text(encoding="utf-8"))


@functools.lru_cache(maxsize=1)
def asyncio_names() -> set[str]:
    """Public names of asyncio on this interpreter and on the newest one found, so that an API
    added after this interpreter (asyncio.QueueShutDown on 3.11) still counts."""
    import asyncio
    names = {n for n in dir(asyncio) if not n.startswith("_")}
    newest = max(pythons_tool.found().items(), default=None)
    if newest and newest[0] > sys.version_info[:2]:
        try:
            out = subprocess.run([newest[1], "-c", "import asyncio;print(*dir(asyncio))"],
                                 capture_output=True, text=True, timeout=60).stdout
            names |= {n for n in out.split() if not n.startswith("_")}
        except (OSError, subprocess.TimeoutExpired):
            pass
    return names


def loop_methods() -> set[str]:
    import asyncio
    return {n for n in dir(asyncio.AbstractEventLoop) if not n.startswith("_")}


def used_apis(snippets: list[Snippet] | None = None) -> dict[str, list[str]]:
    """API name ('asyncio.gather', 'loop.run_in_executor') -> the snippets that use it.

    Only names that exist in this interpreter's asyncio count: the mistakes page calls
    asyncio.open on purpose, and a name newer than this interpreter is listed by hand."""
    names, methods = asyncio_names(), loop_methods()
    uses: dict[str, list[str]] = collections.defaultdict(list)
    for snippet in snippets if snippets is not None else discover():
        try:
            tree = ast.parse(snippet.path.read_text(encoding="utf-8"))
        except SyntaxError:
            continue
        found = set()
        for node in ast.walk(tree):
            if isinstance(node, ast.Attribute) and isinstance(node.value, ast.Name):
                if node.value.id == "asyncio" and node.attr in names:
                    found.add(f"asyncio.{node.attr}")
                elif node.value.id in RECEIVERS and node.attr in methods:
                    found.add(f"{RECEIVERS[node.value.id]}.{node.attr}")
            elif isinstance(node, ast.ImportFrom) and node.module == "asyncio":
                found.update(f"asyncio.{a.name}" for a in node.names if a.name in names)
        for name in found:
            uses[name].append(snippet.rel)
    return dict(uses)


def uses(source: str, name: str) -> bool:
    """Whether snippet source uses an API: asyncio.X as `asyncio.X` or imported from asyncio;
    Class.method or loop.method as an attribute `.method`."""
    owner, attr = name.split(".", 1)
    if owner == "asyncio":
        head = attr.split(".", 1)[0]
        return bool(re.search(rf"\basyncio\.{re.escape(attr)}\b", source) or
                    re.search(rf"^\s*from\s+asyncio\s+import\s+[^\n]*\b{re.escape(head)}\b", source, re.M))
    return bool(re.search(rf"\.{re.escape(attr)}\b", source))


def shown_on(docs_dir: Path) -> dict[str, tuple[str, str]]:
    """Snippet path -> (page, section id) of its first include on this edition's pages."""
    shown: dict[str, tuple[str, str]] = {}
    for md in sorted([*docs_dir.rglob("*.md"), *docs_dir.rglob("*.ipynb")]):
        page = parse(md)
        for include in [*page.includes, *page.snippet_cells]:
            if include.endswith(".py"):
                shown.setdefault(include, (md.relative_to(docs_dir).as_posix(), page.section_of(include) or ""))
    return shown


def example_link(rel: str, shown: dict[str, tuple[str, str]]) -> str:
    """A Markdown link named after the snippet to the section that shows it (see shown_on)."""
    stem = Path(rel).stem
    page, section = shown.get(rel, ("", ""))
    return f"[{stem}]({page}#{section})" if section else (f"[{stem}]({page})" if page else stem)


def problems() -> list[str]:
    found: list[str] = []
    groups, apis = load_api()
    api_file = rel(DATA / "api.toml")
    group_ids = [g["id"] for g in groups]
    names = [a["name"] for a in apis]
    for name, count in collections.Counter(names).items():
        if count > 1:
            found.append(f"{api_file}: {name} is listed {count} times")
    snippets = {s.rel: s for s in discover()}
    shown = shown_on(DOCS / "en")
    for api in apis:
        where = f"{api_file}: {api.get('name', '?')}"
        missing = [k for k in ("name", "signature", "added", "group", "example") if not api.get(k)]
        if missing:
            found.append(f"{where}: missing {', '.join(missing)}")
            continue
        if api["group"] not in group_ids:
            found.append(f"{where}: group {api['group']!r} is not one of {group_ids}")
        snippet = snippets.get(api["example"])
        if snippet is None:
            found.append(f"{where}: example {api['example']} is not a snippet (snippets/<topic>/<name>.py)")
            continue
        if api["example"] not in shown:
            found.append(f"{where}: example {api['example']} is not shown on any page")
        if not uses(snippet.path.read_text(encoding="utf-8"), api["name"]):
            found.append(f"{where}: example {api['example']} does not use {api['name']}")
        try:
            if parse_version(api["added"]) > snippet.spec().min_version:
                found.append(f"{where}: added in {api['added']}, but its example claims to run on "
                             f"{snippet.spec().python}: one of the two is wrong")
        except ValueError as e:
            found.append(f"{where}: added = {api['added']!r}: {e}")
    listed = set(names)
    for name, users in sorted(used_apis(list(snippets.values())).items()):
        if name not in listed:
            found.append(f"{api_file}: {name} is used by {users[0]} (and {len(users) - 1} more) but "
                         f"is not in the quick reference; add it (python -m tools.reference --missing)")
    for lang in LANGUAGES:
        try:
            data = load_lang(lang)
        except FileNotFoundError as e:
            found.append(str(e))
            continue
        lang_file = rel(DATA / f"{lang}.toml")
        titles, meanings = data.get("groups", {}), data.get("meaning", {})
        for gid in group_ids:
            if not str(titles.get(gid, "")).strip():
                found.append(f"{lang_file}: [groups] has no title for {gid!r}")
        for name in names:
            if not str(meanings.get(name, "")).strip():
                found.append(f"{lang_file}: [meaning] has no line for {name!r}")
        for name in sorted(set(meanings) - listed):
            found.append(f"{lang_file}: [meaning] {name!r} is not in {api_file} (remove it, or add the API)")
    return found


def table(lang: str, docs_dir: Path, strings: dict[str, str]) -> str:
    groups, apis = load_api()
    data = load_lang(lang)
    titles, meanings = data.get("groups", {}), data.get("meaning", {})
    shown = shown_on(docs_dir)
    by_group = collections.defaultdict(list)
    for api in apis:
        by_group[api["group"]].append(api)
    out = []
    for group in groups:
        rows = by_group.get(group["id"], [])
        if not rows:
            continue
        out.append(f"## {titles.get(group['id'], group['id'])} {{ #{group['id']} }}\n")
        out.append(f"| {strings['reference_api']} | {strings['reference_python']} | "
                   f"{strings['reference_meaning']} | {strings['reference_example']} |\n"
                   "| --- | --- | --- | --- |\n")
        for api in rows:
            link = example_link(api["example"], shown)
            sig = api["signature"].replace("|", "\\|")
            out.append(f"| `{sig}` | {api['added']} | {meanings.get(api['name'], '')} | {link} |\n")
        out.append("\n")
    return "".join(out)


def skeleton() -> str:
    """TOML rows for the APIs the snippets use that the reference does not list yet."""
    import asyncio
    _, apis = load_api()
    listed = {a["name"] for a in apis}
    out = []
    for name, users in sorted(used_apis().items()):
        if name in listed:
            continue
        kind, attr = name.split(".", 1)
        obj = getattr(asyncio if kind == "asyncio" else asyncio.AbstractEventLoop, attr, None)
        try:
            sig = f"{name}{inspect.signature(obj)}" if callable(obj) and not inspect.isclass(obj) else name
        except (TypeError, ValueError):
            sig = name
        if inspect.isclass(obj):
            try:
                sig = f"{name}{inspect.signature(obj)}"
            except (TypeError, ValueError):
                pass
        sig = sig.replace("(self, ", "(").replace("(self)", "()")
        example = min(users, key=lambda u: len((SNIPPETS / u).read_text(encoding="utf-8")))
        out.append(f'[[api]]\nname = "{name}"\nsignature = "{sig}"\nadded = "3.?"\n'
                   f'group = "?"\nexample = "{example}"\n')
    return "\n".join(out)


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    if "--missing" in argv:
        print(skeleton())
        return 0
    found = problems()
    for line in found:
        print(line)
    _, apis = load_api()
    print(f"quick reference: {len(apis)} APIs, {len(found)} problems")
    return 1 if found else 0


if __name__ == "__main__":
    sys.exit(main())
