"""Trim the CSS that mkdocs-jupyter inlines into a notebook page.

mkdocs-jupyter puts JupyterLab's whole stylesheet into each notebook page: about 590 kB of
<style> (88 kB compressed), most of it rules for JupyterLab's own interface and hundreds of
custom properties (icons as data URIs). A notebook page of this site uses a few dozen of its
classes. tools/mkdocs_hooks.py calls trim() on the HTML of every notebook page after it is
rendered: it keeps a rule only if every class its selector names occurs in the page, then drops
custom properties that nothing uses any more (repeatedly, since properties refer to properties).
The page then weighs about 5 kB of CSS compressed instead of 88 kB, and looks the same: the
browser tests check its contrast (axe) and layout on a phone in both schemes.
"""

from __future__ import annotations

import re
from pathlib import Path

STYLE = re.compile(r"(<style[^>]*>)(.*?)(</style>)", re.S)
CLASS_ATTR = re.compile(r'class="([^"]*)"')
CLASS_IN_SELECTOR = re.compile(r"\.([A-Za-z0-9_-]+)")
VAR_USE = re.compile(r"var\(\s*(--[A-Za-z0-9_-]+)")
COMMENT = re.compile(r"/\*.*?\*/", re.S)
CHARSET = re.compile(r"@(?:charset|import|namespace)\b[^;{}]*;")
GROUPING = ("@media", "@supports", "@layer", "@container")


def scan(text: str, start: int = 0, opening: str = "", closing: str = "", depth: int = 0):
    """(index, character, nesting depth after it, quoted) for each character from `start`.
    Quote characters and what they enclose are `quoted` and never change the depth, so a brace,
    a bracket, a ';' or a ',' inside a string or a data: URI is only text."""
    quote = None
    for j in range(start, len(text)):
        ch = text[j]
        if quote:
            quote = None if ch == quote else quote
            yield j, ch, depth, True
        elif ch in "\"'":
            quote = ch
            yield j, ch, depth, True
        else:
            if ch in opening:
                depth += 1
            elif ch in closing:
                depth -= 1
            yield j, ch, depth, False


def blocks(css: str) -> list[tuple[str, str]]:
    """Top-level (prelude, body) pairs of a stylesheet; bodies may hold nested blocks."""
    out, i = [], 0
    while i < len(css):
        open_at = next((j for j, ch, _, quoted in scan(css, i) if ch == "{" and not quoted), -1)
        if open_at < 0:
            break
        close = next((j for j, _, depth, _ in scan(css, open_at + 1, "{", "}", depth=1) if depth == 0),
                     len(css) - 1)
        out.append((css[i:open_at].strip(), css[open_at + 1:close]))
        i = close + 1
    return out


def split_top(text: str, separator: str) -> list[str]:
    """Split on `separator` outside parentheses, brackets and quotes: the ';' inside a data: URI,
    the ',' inside :is(a, b) or :not(a, b)."""
    out, current = [], []
    for _, ch, depth, quoted in scan(text, 0, "([", ")]"):
        if ch == separator and depth == 0 and not quoted:
            out.append("".join(current))
            current = []
        else:
            current.append(ch)
    out.append("".join(current))
    return [part.strip() for part in out if part.strip()]


def outside_parentheses(selector: str) -> str:
    """The selector without what is inside (...), [...] and quotes: the dots in
    [data-mime-type="application/vnd.jupyter.stderr"] are not classes."""
    return "".join(ch for _, ch, depth, quoted in scan(selector, 0, "([", ")]")
                   if depth == 0 and not quoted and ch not in ")]")


def declarations(body: str) -> list[str]:
    return split_top(body, ";")


def map_rules(css: str, rule) -> str:
    """The stylesheet with each style rule replaced by rule(prelude, body), a (prelude, body)
    pair or None to drop it; grouping rules (@media...) are rewritten inside and dropped when
    empty, other at-rules (@font-face, @keyframes) are kept whole."""
    out = []
    for prelude, body in blocks(css):
        if prelude.startswith(GROUPING):
            inner = map_rules(body, rule)
            if inner:
                out.append(f"{prelude}{{{inner}}}")
        elif prelude.startswith("@"):
            out.append(f"{prelude}{{{body}}}")
        else:
            kept = rule(prelude, body)
            if kept is not None:
                out.append(f"{kept[0]}{{{kept[1]}}}")
    return "".join(out)


def keep_used_rules(css: str, classes: set[str]) -> str:
    def rule(prelude: str, body: str):
        # Classes inside :not(), :is(), :where() or :has() are left out of the test: :not(.x)
        # matches where .x is absent, and :is(.a, .b) needs only one of them.
        selectors = [s for s in split_top(prelude, ",")
                     if all(c in classes for c in CLASS_IN_SELECTOR.findall(outside_parentheses(s)))]
        return (",".join(selectors), body) if selectors else None

    return map_rules(css, rule)


def drop_unused_properties(css: str, used: set[str]) -> str:
    def rule(prelude: str, body: str):
        # Only JupyterLab's own properties (--jp-*) can go: Material's stylesheet, which this
        # module does not read, uses the --md-* ones that the notebook CSS redefines.
        kept = [d for d in declarations(body)
                if not d.startswith("--jp-") or d.split(":", 1)[0].strip() in used]
        return (prelude, ";".join(kept)) if kept else None

    return map_rules(css, rule)


def trim(html: str, other_css: str = "") -> str:
    """The page with its inline stylesheets trimmed to what the page uses. `other_css` is CSS
    loaded beside the page (site.css) whose var(--jp-...) references must stay defined."""
    styles = [m.group(2) for m in STYLE.finditer(html)]
    if not styles:
        return html
    page = STYLE.sub("", html)
    classes = {c for m in CLASS_ATTR.finditer(page) for c in m.group(1).split()}
    # A block that is not a stylesheet (mkdocs-jupyter writes one as the repr of a Python list)
    # is left exactly as it is, and its var() references count as used.
    trimmable = [not css.lstrip().startswith("[") for css in styles]
    trimmed = [keep_used_rules(CHARSET.sub("", COMMENT.sub("", css)), classes) if ok else css
               for css, ok in zip(styles, trimmable)]
    outside = page + other_css
    while True:
        used = set(VAR_USE.findall("".join(trimmed) + outside))
        again = [drop_unused_properties(css, used) if ok else css for css, ok in zip(trimmed, trimmable)]
        if again == trimmed:
            break
        trimmed = again
    parts = iter(trimmed)
    return STYLE.sub(lambda m: f"{m.group(1)}{next(parts)}{m.group(3)}", html)


def site_css() -> str:
    path = Path(__file__).resolve().parent.parent / "overrides" / "assets" / "stylesheets" / "site.css"
    return path.read_text(encoding="utf-8") if path.exists() else ""
