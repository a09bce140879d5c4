"""The built site: five complete editions, each with its own language, search index and switcher.

The browser tests drive Debian's Chromium (CHROMIUM, default /usr/bin/chromium) through Playwright
against the site served from 127.0.0.1; no request may leave the machine."""

from __future__ import annotations

import json
import re
from pathlib import Path
from urllib.parse import urlsplit

import pytest

from tests.browser_helpers import search
from tools.pages import LANGUAGES, pages, parse
from tools.snippets import SNIPPETS

LANGS = list(LANGUAGES)


def html_pages(site_dir: Path, lang: str) -> dict[str, str]:
    """Page path as in docs ('concurrency.md') -> built HTML."""
    out = {}
    for name in pages(lang):
        stem = name.rsplit(".", 1)[0]
        target = site_dir / lang / ("index.html" if stem == "index" else f"{stem}/index.html")
        assert target.exists(), f"docs/{lang}/{name} was not built to {target}"
        out[name] = target.read_text(encoding="utf-8")
    return out


@pytest.mark.parametrize("lang", LANGS)
def test_edition_is_a_complete_site_in_its_language(site, lang):
    site_dir, base = site
    for name, html in html_pages(site_dir, lang).items():
        assert f'<html lang="{lang}"' in html, f"site/{lang} page {name}: <html lang> is not {lang}"
        title = re.search(r"<title>(.*?)</title>", html, re.S).group(1)
        assert LANGUAGES[lang]["site_name"] in title, f"site/{lang} page {name}: <title> {title!r} lacks the edition's name"
        for other in LANGS:
            assert f'hreflang="{other}"' in html, f"site/{lang} page {name}: no language switcher entry for {other}"
    index = json.loads((site_dir / lang / "search" / "search_index.json").read_text(encoding="utf-8"))
    want = LANGUAGES[lang]["search"].get("lang")
    if want:
        assert index["config"]["lang"] == want, f"site/{lang}: search lang {index['config']['lang']}, want {want}"
    assert all(not d["location"].startswith(("http", "/")) for d in index["docs"]), (
        f"site/{lang}: search index points outside its edition")


@pytest.mark.parametrize("lang", LANGS)
def test_every_output_is_shown_verbatim_with_its_badge(site, lang):
    """What the reader sees under each example is the stored, verified output, with its badge."""
    import html as html_lib

    site_dir, _ = site
    built = html_pages(site_dir, lang)
    for name, path in pages(lang).items():
        outputs = [i for i in parse(path).includes if i.endswith(".out")]
        page = built[name]
        text = html_lib.unescape(re.sub(r"<[^>]+>", "", page))
        for inc in outputs:
            expected = (SNIPPETS / inc).read_text(encoding="utf-8").strip()
            assert expected in text, f"site/{lang}/{name}: output of {inc} is not shown verbatim"
        badges = page.count('class="snippet-badge"')
        assert badges == len(outputs), f"site/{lang}/{name}: {badges} badges for {len(outputs)} outputs"


@pytest.mark.parametrize("lang", LANGS)
def test_notebook_page_was_executed_and_is_downloadable(site, lang):
    site_dir, _ = site
    html = (site_dir / lang / "jupyter" / "index.html").read_text(encoding="utf-8")
    assert "loop running: True" in html, f"site/{lang}/jupyter: executed output missing"
    assert "asyncio.run() cannot be called from a running event loop" in html
    assert (site_dir / lang / "jupyter" / "jupyter.ipynb").exists(), f"site/{lang}/jupyter: notebook not copied"
    assert re.search(r'<a href="[^"]*/jupyter/jupyter\.ipynb" download', html), f"site/{lang}/jupyter: no download link"


@pytest.mark.parametrize("lang", LANGS)
def test_notebook_page_carries_only_the_css_it_uses(site, lang):
    """tools/notebook_css.py trims mkdocs-jupyter's inline JupyterLab CSS (88 kB compressed):
    the rules the page needs stay (the hidden copy text, the prompts), the rest goes."""
    import gzip

    site_dir, _ = site
    html = (site_dir / lang / "jupyter" / "index.html").read_text(encoding="utf-8")
    css = "".join(re.findall(r"<style[^>]*>(.*?)</style>", html, re.S))
    assert ".jupyter-wrapper .clipboard-copy-txt{display:none}" in css, f"site/{lang}/jupyter: a needed rule was trimmed"
    assert ".jupyter-wrapper .jp-InputPrompt{" in css, f"site/{lang}/jupyter: the prompt rules were trimmed"
    assert "jp-icon-" not in css, f"site/{lang}/jupyter: JupyterLab's icon properties are still inlined"
    size = len(gzip.compress(html.encode("utf-8"), 6))
    assert size < 40_000, f"site/{lang}/jupyter/index.html is {size} bytes compressed; its inline CSS is not trimmed"


def test_root_sends_readers_to_an_edition(site):
    site_dir, _ = site
    index = (site_dir / "index.html").read_text(encoding="utf-8")
    for lang in LANGS:
        assert f'href="{lang}/"' in index
    assert (site_dir / "404.html").exists()


@pytest.mark.parametrize("lang", LANGS)
def test_not_found_page_is_in_the_editions_language(site, lang):
    site_dir, _ = site
    strings = LANGUAGES[lang]["strings"]
    page = (site_dir / lang / "404.html").read_text(encoding="utf-8")
    assert f"<h1>{strings['not_found_title']}</h1>" in page, f"site/{lang}/404.html is not localized"
    assert f'<html lang="{lang}"' in page
    root = (site_dir / "404.html").read_text(encoding="utf-8")
    assert strings["not_found_title"] in root, f"site/404.html lacks the {lang} message"


# ---------------------------------------------------------------------------------------------
# In a real browser

SEARCHES = [
    # (edition, query, a page that must be among the results)
    ("en", "TaskGroup", "concurrency/"),
    ("uk", "співпрограми", "coroutines/"),
    ("uk", "gather", "concurrency/"),
    ("ru", "корутины", "coroutines/"),
    ("zh", "事件循环", "blocking/"),
    ("zh", "协程", "coroutines/"),
    ("fr", "boucle", "blocking/"),
]


@pytest.fixture
def page(browser, site):
    _, base = site
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    pg = context.new_page()
    outside, errors = [], []
    local = urlsplit(base).netloc
    pg.on("request", lambda r: None if urlsplit(r.url).netloc in (local, "") or r.url.startswith("data:")
          else outside.append(r.url))
    pg.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
    yield pg
    context.close()
    assert not outside, f"requests to other hosts: {outside}"
    assert not errors, f"console errors: {errors}"


@pytest.mark.browser
@pytest.mark.parametrize("lang,query,expected", SEARCHES, ids=[f"{lang}-{q}" for lang, q, _ in SEARCHES])
def test_search_finds_pages_of_its_own_edition_only(site, page, lang, query, expected):
    _, base = site
    page.goto(f"{base}{lang}/")
    search(page, query)
    hrefs = page.eval_on_selector_all("li.md-search-result__item a.md-search-result__link",
                                      "els => els.map(e => e.href)")
    assert hrefs, f"/{lang}/: searching {query!r} found nothing"
    foreign = [h for h in hrefs if not h.startswith(f"{base}{lang}/")]
    assert not foreign, f"/{lang}/: searching {query!r} returned pages of other editions: {foreign}"
    pages_found = {h.split("#")[0].split("?")[0] for h in hrefs}  # Material adds ?h=<query> for highlighting
    assert f"{base}{lang}/{expected}" in pages_found, (
        f"/{lang}/: searching {query!r} did not find {lang}/{expected}; got {hrefs}")


@pytest.mark.browser
@pytest.mark.parametrize("source,target", [("en", "uk"), ("uk", "fr"), ("zh", "ru"), ("ru", "zh"), ("fr", "en")])
def test_language_switcher_keeps_the_page_and_section(site, page, source, target):
    _, base = site
    page.goto(f"{base}{source}/concurrency/#gather")
    page.hover(".md-header__option .md-select")
    page.click(f'a.md-select__link[hreflang="{target}"]')
    page.wait_for_url(f"{base}{target}/**", timeout=15000)
    page.wait_for_load_state()
    assert page.url == f"{base}{target}/concurrency/#gather", f"switching {source} -> {target} landed on {page.url}"
