"""What the browser tests (tests/test_site.py, tests/test_browser.py) share: driving Material's
search, watching a browser context for requests to other hosts and for console errors, and
running axe-core in a page. The `browser` fixture itself is in tests/conftest.py."""

from __future__ import annotations

from pathlib import Path
from urllib.parse import urlsplit

import pytest

from tools.pages import pages

ROOT = Path(__file__).resolve().parent.parent
AXE = ROOT / "node_modules" / "axe-core" / "axe.min.js"

SEARCH_BOX = "input.md-search__input"
# Material writes the result list's header (.md-search-result__meta) anew, as a new text node,
# for every result it receives: "N matching documents" or "No matching documents", in the
# edition's language (the search.result.* translations in #__config).
_MARK_META = """query => {
  const box = document.querySelector("input.md-search__input");
  window.__searchMeta = document.querySelector(".md-search-result__meta").firstChild;
  return box.value !== query;
}"""
_RESULTS_SHOWN = """() => {
  const t = JSON.parse(document.getElementById("__config").textContent).translations;
  const meta = document.querySelector(".md-search-result__meta");
  if (meta.firstChild === window.__searchMeta) return false;
  const text = meta.textContent.trim();
  const [pre, post] = t["search.result.other"].split("#");
  const count = text.slice(pre.length, text.length - post.length);
  const other = text.startsWith(pre) && text.endsWith(post) && /^[0-9]+$/.test(count);
  if (text !== t["search.result.none"] && text !== t["search.result.one"] && !other) return false;
  return [...document.querySelectorAll("li.md-search-result__item > a.md-search-result__link")].map(a => a.href);
}"""


def search(page, query: str, timeout: float = 15000) -> list[str]:
    """Type a query into Material's search box and wait until the results for it (or its "no
    matching documents") are shown; returns the results' links, best first (each page, then its
    sections). Material reads the query on keyup (fill() sends only an input event, and works
    only by racing the focus handler), so a real key press follows; non-ASCII text such as
    事件循环 cannot be typed key by key. Results count only once Material has written the
    list's header anew, so those of an earlier query are never taken for this one's."""
    if page.evaluate(_MARK_META, query):
        page.fill(SEARCH_BOX, query)
        page.press(SEARCH_BOX, "End")
        return page.wait_for_function(_RESULTS_SHOWN, timeout=timeout, polling=20).json_value()
    # Material searches only when the query changes: the results shown are this query's.
    return page.wait_for_function(_RESULTS_SHOWN.replace("if (meta.firstChild === window.__searchMeta) return false;", ""),
                                  timeout=timeout, polling=20).json_value()


def result_pages(hrefs: list[str], base: str, lang: str) -> list[str]:
    """The pages search results lead to, best first, relative to the edition ('' for its home,
    'concurrency/'); a page of another edition keeps its full URL."""
    out: list[str] = []
    for href in hrefs:
        url = href.split("#")[0].split("?")[0]  # Material adds ?h=<query> for highlighting
        rel = url[len(f"{base}{lang}/"):] if url.startswith(f"{base}{lang}/") else url
        if rel not in out:
            out.append(rel)
    return out


def page_paths(lang: str) -> list[str]:
    """Every page of an edition as a path under its URL, sorted: '' (home), 'blocking/', ..."""
    out = []
    for name in pages(lang):
        stem = name.rsplit(".", 1)[0]
        out.append("" if stem == "index" else f"{stem}/")
    return sorted(out)


class Watch:
    """Every request a browser context makes to a host other than the site's own, and every
    console error and uncaught exception of its pages, each with the label of what the test was
    doing (set .label before each step)."""

    def __init__(self, context, base: str):
        self.label = ""
        self.outside: list[tuple[str, str]] = []
        self.errors: list[tuple[str, str]] = []
        self.local = urlsplit(base).netloc
        context.on("request", self._request)
        context.on("page", self._page)
        for page in context.pages:
            self._page(page)

    def _request(self, request) -> None:
        url = request.url
        if urlsplit(url).netloc != self.local and not url.startswith(("data:", "blob:", "about:")):
            self.outside.append((self.label, url))

    def _page(self, page) -> None:
        page.on("console", lambda m: self.errors.append((self.label, m.text)) if m.type == "error" else None)
        page.on("pageerror", lambda e: self.errors.append((self.label, f"uncaught {e}")))
        page.on("websocket", lambda ws: self.outside.append((self.label, ws.url)))


def axe_violations(page, impacts=("serious", "critical"), rules=None) -> list[dict]:
    """Run axe-core (node_modules/axe-core, injected as an inline script: no request) on the page,
    all its rules or only the given ones; returns its violations of the given impacts, each with
    the first nodes it names."""
    if not AXE.exists():
        pytest.fail(f"{AXE.relative_to(ROOT)} is missing: run `npm ci` (bash tools/dev.sh test does)")
    if not page.evaluate("typeof window.axe !== 'undefined'"):
        page.add_script_tag(path=str(AXE))
    return page.evaluate("""async ([impacts, rules]) => {
      const options = {resultTypes: ["violations"]};
      if (rules) options.runOnly = {type: "rule", values: rules};
      const r = await axe.run(document, options);
      return r.violations.filter(v => impacts.includes(v.impact)).map(v => ({
        id: v.id, impact: v.impact, help: v.help, count: v.nodes.length,
        nodes: v.nodes.slice(0, 3).map(n => n.target.join(" ") + ": " + (n.failureSummary || "").split("\\n").slice(1, 2).join("").trim()),
      }));
    }""", [list(impacts), list(rules) if rules else None])
