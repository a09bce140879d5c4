"""MkDocs hooks shared by every edition (mkdocs.yml: hooks).

Under each included expected output (a fence holding only ``--8<-- "topic/name.out"``) this adds
a badge made from the snippet's own declaration: its oldest Python, its timing tolerance and its
timing claims, in the page's language. A page that includes a snippet but not its output, or an
output without its snippet, fails the build (strict mode turns the warning into an error).

Under the badge of a snippet with a stored timeline (``<name>.timeline.json``, see
tools/timeline.py) it also puts the measured timeline: a ``<figure class="timeline">`` holding an
inline SVG and a caption with a legend, in the page's language, so every edition shows it without
any page edit.
"""

from __future__ import annotations

import functools
import html
import json
import logging
import re
import sys
import unicodedata
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from tools import notebook_css, reference, timeline  # noqa: E402
from tools.site import LANGUAGES  # noqa: E402
from tools.snippets import SNIPPETS, Snippet, SpecError, discover, timings_of  # noqa: E402

log = logging.getLogger("mkdocs.hooks.snippets")

# A fence whose whole body is one include line.
INCLUDE_FENCE = re.compile(r'^(?P<fence>`{3,})[^\n]*\n--8<-- "(?P<path>[^"]+)"\n(?P=fence)[ \t]*$', re.M)


def badge(snippet: Snippet, strings: dict[str, str], repo_url: str | None = None) -> str:
    spec = snippet.spec()
    parts = [f'<span class="snippet-badge__ok">✓ {html.escape(strings["verified"])}</span>',
             html.escape(strings["python"].format(version=spec.python))]
    expected = snippet.out_path.read_text(encoding="utf-8") if snippet.out_path.exists() else ""
    if timings_of(expected, spec.variable):
        parts.append(html.escape(strings["tolerance"].format(tolerance=f"{spec.tolerance:g}")))
    for claim in spec.claims:
        shown = claim.replace("*", "×").replace("<=", "≤").replace(">=", "≥")
        parts.append(strings["claim"].format(claim=f"<code>{html.escape(shown)}</code>"))
    if spec.exit:
        parts.append(html.escape(strings["exit"].format(status=spec.exit)))
    if repo_url:
        href = f"{repo_url.rstrip('/')}/blob/main/snippets/{snippet.rel}"
        parts.append(f'<a href="{html.escape(href)}">{html.escape(strings["snippet_file"])}</a>')
    return '<p class="snippet-badge">' + " · ".join(parts) + "</p>"


VERSIONS_MARK = "<!-- python-versions -->"
GLOSSARY_MARK = "<!-- glossary -->"
I18N = ROOT / "i18n"
# Sort keys per language: the alphabet's own order for Cyrillic, accents ignored for French,
# the English original for Chinese (as Chinese technical glossaries usually do).
ALPHABETS = {"uk": "абвгґдеєжзиіїйклмнопрстуфхцчшщьюя", "ru": "абвгдеёжзийклмнопрстуфхцчшщъыьэюя"}


def glossary_rows(lang: str) -> list[list[str]]:
    """The term table of i18n/<lang>.md: rows of (English, term, meaning), or (English, meaning)
    for English. Rows that are style conventions ("Remember:") are not glossary terms."""
    path = I18N / f"{lang}.md"
    if not path.exists():
        raise FileNotFoundError(f"{path.relative_to(ROOT)} is missing: it holds the glossary of the {lang} edition")
    rows, in_table = [], False
    for line in path.read_text(encoding="utf-8").split("\n"):
        cells = [c.strip() for c in line.strip().strip("|").split("|")] if line.startswith("|") else None
        if cells and not in_table and cells[0] == "English":
            in_table = True
            continue
        if in_table:
            if cells is None:
                break
            if set(cells[0]) <= set("-: ") or cells[0].endswith(":"):
                continue
            rows.append(cells)
    if not rows:
        raise ValueError(f"{path.relative_to(ROOT)} has no term table (a table whose first header is 'English')")
    return rows


def sort_key(lang: str, text: str):
    text = text.strip("`*«» ").lower()
    if lang in ALPHABETS:
        order = ALPHABETS[lang]
        return [order.index(ch) if ch in order else 100 + ord(ch) for ch in text]
    return unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()


def glossary_table(lang: str, strings: dict[str, str]) -> str:
    rows = glossary_rows(lang)
    if lang == "en":
        rows.sort(key=lambda r: sort_key("en", r[0]))
        head = f"| {strings['glossary_term']} | {strings['glossary_meaning']} |\n| --- | --- |\n"
        return head + "".join(f"| **{r[0]}** | {r[1]} |\n" for r in rows)
    rows.sort(key=lambda r: sort_key("en", r[0]) if lang == "zh" else sort_key(lang, r[1]))
    head = (f"| {strings['glossary_term']} | {strings['glossary_english']} | {strings['glossary_meaning']} |\n"
            "| --- | --- | --- |\n")
    return head + "".join(f"| **{r[1]}** | {r[0]} | {r[2] if len(r) > 2 else ''} |\n" for r in rows)


def versions_table(docs_dir: Path, strings: dict[str, str]) -> str:
    """The 'Python versions' table: every declared feature, the version that added it (the
    snippet's `python`) and a link to the example showing it on this edition's pages."""
    shown = reference.shown_on(docs_dir)
    rows: dict[str, tuple[tuple[int, int], str, list[str]]] = {}
    for snippet in discover():
        spec = snippet.spec()
        if not spec.feature:
            continue
        if snippet.rel not in shown:
            log.warning(f"{snippet.rel} declares feature {spec.feature!r} but no page of {docs_dir.name} shows it")
            continue
        link = reference.example_link(snippet.rel, shown)
        row = rows.setdefault(spec.feature, (spec.min_version, spec.python, []))
        row[2].append(link)
    head = (f"| {strings['versions_python']} | {strings['versions_feature']} | {strings['versions_example']} |\n"
            "| --- | --- | --- |\n")
    body = "".join(f"| {py} | `{feature}` | {', '.join(links)} |\n"
                   for feature, (_, py, links) in sorted(rows.items(), key=lambda r: (r[1][0], r[0])))
    return head + body


def on_page_markdown(markdown: str, page, config, files) -> str:
    strings = LANGUAGES[config["theme"]["language"]]["strings"]
    src = page.file.src_uri
    if GLOSSARY_MARK in markdown:
        markdown = markdown.replace(GLOSSARY_MARK, glossary_table(config["theme"]["language"], strings))
    if reference.MARK in markdown:
        markdown = markdown.replace(reference.MARK, reference.table(config["theme"]["language"],
                                                                    Path(config["docs_dir"]), strings))
    if VERSIONS_MARK in markdown:
        markdown = markdown.replace(VERSIONS_MARK, versions_table(Path(config["docs_dir"]), strings))
    included = [m.group("path") for m in INCLUDE_FENCE.finditer(markdown)]
    for path in included:
        stem, ext = path.rsplit(".", 1)
        if ext == "py" and (SNIPPETS / f"{stem}.out").exists() and f"{stem}.out" not in included:
            log.warning(f"{config['docs_dir']}/{src}: includes {path} but not its output {stem}.out")
        if ext == "out" and f"{stem}.py" not in included:
            log.warning(f"{config['docs_dir']}/{src}: includes {path} but not its snippet {stem}.py")

    for m in INCLUDE_FENCE.finditer(markdown):
        problem = annotation_list_problem(m.group("path"), markdown[m.end():])
        if problem:
            log.warning(f"{config['docs_dir']}/{src}: {problem}")

    figures = 0

    def add_badge(m: re.Match[str]) -> str:
        nonlocal figures
        path = m.group("path")
        if not path.endswith(".out"):
            return m.group(0)
        snippet = Snippet(SNIPPETS / (path[: -len(".out")] + ".py"))
        try:
            added = m.group(0) + "\n\n" + badge(snippet, strings, config.get("repo_url")) + "\n"
        except SpecError as e:
            log.warning(f"{config['docs_dir']}/{src}: {e}")
            return m.group(0)
        if snippet.timeline_path.exists():
            figures += 1
            try:
                record = json.loads(snippet.timeline_path.read_text(encoding="utf-8"))
                uid = "tl-" + re.sub(r"[^a-z0-9]+", "-", snippet.rel.removesuffix(".py")) + f"-{figures}"
                added += "\n" + timeline.figure(record, strings, uid) + "\n"
            except (ValueError, KeyError) as e:
                log.warning(f"{config['docs_dir']}/{src}: {snippet.timeline_path.name}: cannot draw it: {e!r}")
        return added

    return INCLUDE_FENCE.sub(add_badge, markdown)


def on_config(config):
    # tools/site.py passes each edition's strings; a plain `mkdocs build -f mkdocs.yml` gets the
    # strings of the configured theme language, so the English edition also builds on its own.
    config["extra"].setdefault("strings", LANGUAGES[config["theme"]["language"]]["strings"])
    annotation_marks.cache_clear()  # each build (a live reload too) reads the snippet files again
    return config


# content.lazy (mkdocs.yml) lets Material mount a code block only when it scrolls into view, and
# mounting is where Material makes a block that scrolls sideways focusable (tabindex="0", so the
# keyboard can scroll it). Until then that attribute comes from here: a block whose longest line
# is longer than the 80 characters a desktop layout shows (measured at 1280 px: 80 fit, 81 scroll).
# Material's mount then keeps or removes it by the real width, as without content.lazy.
CODE_BLOCK = re.compile(r"(<pre[^>]*>(?:<span></span>)?<code)(>)(.*?)(</code></pre>)", re.S)
DESKTOP_CODE_COLUMNS = 80


def focusable_wide_code(output: str) -> str:
    def mark(m: re.Match[str]) -> str:
        text = html.unescape(re.sub(r"<[^>]+>", "", m[3]))
        if max(map(len, text.split("\n"))) <= DESKTOP_CODE_COLUMNS:
            return m[0]
        return f'{m[1]} tabindex="0"{m[2]}{m[3]}{m[4]}'
    return CODE_BLOCK.sub(mark, output)


# A code annotation is a "(1)" at the end of a comment in the snippet file; Material turns it into a
# button that opens the note listed under the block. Its copy button would then copy the block's
# text without the "(1)" but with the space before it. Material copies an ancestor's data-copy
# instead when there is one: for an annotated snippet, that is the file's own text.
SNIPPET_BLOCK = re.compile(r'(<div class="(?:[^"]*\s)?highlight")'
                           r'(><span class="filename">([^<]+)</span><pre[^>]*>.*?</pre>)', re.S)
ANNOTATION_IN_FILE = re.compile(r"#.*\((\d+)\)!?$", re.M)


@functools.lru_cache(maxsize=None)
def annotation_marks(path: str) -> tuple[int, ...]:
    """The annotation numbers in a snippet file (path relative to snippets/); () for none."""
    file = SNIPPETS / path
    if not path.endswith(".py") or not file.is_file():
        return ()
    return tuple(sorted({int(n) for n in ANNOTATION_IN_FILE.findall(file.read_text(encoding="utf-8"))}))


def annotation_list_problem(path: str, after: str) -> str:
    """An annotated snippet's include must be followed by its notes: items 1..n of a list."""
    marks = list(annotation_marks(path))
    if not marks:
        return ""
    items = re.match(r"\n*((?:(?:\d+\.  .*|    .*|)\n)*)", after)[1]
    numbers = [int(n) for n in re.findall(r"^(\d+)\.  ", items, re.M)]
    if numbers != list(range(1, len(numbers) + 1)) or numbers != marks:
        return (f"{path} has the code annotations {marks} but the list right under its code block "
                f"has the items {numbers}: write one note per annotation (1.  ...), in this language")
    return ""


def copy_annotated_snippets_exactly(output: str) -> str:
    def mark(m: re.Match[str]) -> str:
        name = m[3].strip()
        if not annotation_marks(name):
            return m[0]
        text = (SNIPPETS / name).read_text(encoding="utf-8")
        return f'{m[1]} data-copy="{html.escape(text, quote=True)}"{m[2]}'
    return SNIPPET_BLOCK.sub(mark, output)


def on_post_page(output: str, page, config) -> str:
    output = copy_annotated_snippets_exactly(focusable_wide_code(output))
    # mkdocs-jupyter inlines all of JupyterLab's CSS (88 kB compressed) into a notebook page:
    # keep only the rules and custom properties that the page uses (tools/notebook_css.py).
    if page.file.src_uri.endswith(".ipynb"):
        return notebook_css.trim(output, notebook_css.site_css())
    return output
