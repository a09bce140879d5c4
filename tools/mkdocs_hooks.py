"""MkDocs hooks shared by every edition (mkdocs.yml: hooks).

Under each included expected output (a fence holding only ``--8<-- "topic/name.out"``) this adds
a badge made from the snippet's own declaration: its oldest Python, its timing tolerance and its
timing claims, in the page's language. A page that includes a snippet but not its output, or an
output without its snippet, fails the build (strict mode turns the warning into an error).
"""

from __future__ import annotations

import html
import logging
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from tools.site import LANGUAGES  # noqa: E402
from tools.snippets import SNIPPETS, Snippet, SpecError, timings_of  # noqa: E402

log = logging.getLogger("mkdocs.hooks.snippets")

# A fence whose whole body is one include line.
INCLUDE_FENCE = re.compile(r'^(?P<fence>`{3,})[^\n]*\n--8<-- "(?P<path>[^"]+)"\n(?P=fence)[ \t]*$', re.M)


def badge(snippet: Snippet, strings: dict[str, str]) -> str:
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
    return '<p class="snippet-badge">' + " · ".join(parts) + "</p>"


def on_page_markdown(markdown: str, page, config, files) -> str:
    strings = LANGUAGES[config["theme"]["language"]]["strings"]
    src = page.file.src_uri
    included = [m.group("path") for m in INCLUDE_FENCE.finditer(markdown)]
    for path in included:
        stem, ext = path.rsplit(".", 1)
        if ext == "py" and (SNIPPETS / f"{stem}.out").exists() and f"{stem}.out" not in included:
            log.warning(f"{config['docs_dir']}/{src}: includes {path} but not its output {stem}.out")
        if ext == "out" and f"{stem}.py" not in included:
            log.warning(f"{config['docs_dir']}/{src}: includes {path} but not its snippet {stem}.py")

    def add_badge(m: re.Match[str]) -> str:
        path = m.group("path")
        if not path.endswith(".out"):
            return m.group(0)
        snippet = Snippet(SNIPPETS / (path[: -len(".out")] + ".py"))
        try:
            return m.group(0) + "\n\n" + badge(snippet, strings) + "\n"
        except SpecError as e:
            log.warning(f"{config['docs_dir']}/{src}: {e}")
            return m.group(0)

    return INCLUDE_FENCE.sub(add_badge, markdown)
