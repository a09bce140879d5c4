"""Build all five editions of the site from mkdocs.yml, or build them and serve them locally.

    python -m tools.site build [--lang uk ...]   # strict build of site/<lang>/ for each language
    python -m tools.site serve [--port 8000]     # build all, serve, rebuild what changed

Each language is its own MkDocs build of the one shared mkdocs.yml, with its own docs_dir,
theme.language, search settings and search index; tools/languages.yml says what differs.
SITE_URL (default http://127.0.0.1:8000/) is the address the editions are published under.
"""

from __future__ import annotations

import argparse
import concurrent.futures
import html
import json
import logging
import os
import shutil
import sys
import time
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
CONFIG = ROOT / "mkdocs.yml"
SITE = ROOT / "site"
LANGUAGES: dict = yaml.safe_load((ROOT / "tools" / "languages.yml").read_text(encoding="utf-8"))


def base_url() -> str:
    url = os.environ.get("SITE_URL", "http://127.0.0.1:8000/")
    return url if url.endswith("/") else url + "/"


def language_config(lang: str, base: str):
    """The MkDocs config for one edition: mkdocs.yml plus this language's overrides."""
    from mkdocs.config import load_config
    from mkdocs.utils.yaml import yaml_load

    with open(CONFIG, encoding="utf-8") as f:
        raw = yaml_load(f)
    plugins = []
    for plugin in raw["plugins"]:
        name, options = (plugin, {}) if isinstance(plugin, str) else next(iter(plugin.items()))
        if name == "search":
            options = {**options, **LANGUAGES[lang]["search"]}
        plugins.append({name: options})
    # Absolute: the <link rel="alternate" hreflang> tags Material writes from these must be
    # fully qualified URLs (Lighthouse's SEO audit and search engines reject relative ones).
    alternate = [{"name": spec["name"], "link": f"{base}{code}/", "lang": code}
                 for code, spec in LANGUAGES.items()]
    if not (ROOT / "docs" / lang).is_dir():
        raise SystemExit(f"error: docs/{lang}/ is missing: tools/languages.yml lists language '{lang}'")
    return load_config(
        config_file=str(CONFIG),
        docs_dir=str(ROOT / "docs" / lang),
        site_dir=str(SITE / lang),
        site_url=f"{base}{lang}/",
        site_name=LANGUAGES[lang]["site_name"],
        theme={**raw["theme"], "language": lang},
        edit_uri=f"edit/main/docs/{lang}/",  # "edit this page" opens this edition's source file
        plugins=plugins,
        extra={**(raw.get("extra") or {}), "alternate": alternate, "strings": LANGUAGES[lang]["strings"]},
        strict=True,
    )


class Prefix(logging.Formatter):
    def __init__(self, lang: str):
        super().__init__()
        self.lang = lang

    def format(self, record: logging.LogRecord) -> str:
        return f"[{self.lang}] {record.levelname}: {record.getMessage()}"


def build_language(lang: str, base: str) -> float:
    """Build one edition; returns its wall time. Raises on any warning (strict)."""
    from mkdocs.commands.build import build

    logger = logging.getLogger("mkdocs")
    logger.handlers.clear()
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(Prefix(lang))
    handler.setLevel(logging.WARNING)
    logger.addHandler(handler)
    logger.setLevel(logging.INFO)
    logger.propagate = False
    start = time.perf_counter()
    build(language_config(lang, base))
    compact_search_index(SITE / lang / "search" / "search_index.json")
    return time.perf_counter() - start


def compact_search_index(path: Path) -> None:
    """Material writes the search index with every non-ASCII character escaped (\\u0441: six
    bytes for one Cyrillic letter). The same JSON in UTF-8 is half the size for uk and ru, and
    about 25 kB less compressed on every first visit (measured by tools/bench.py)."""
    if path.exists():
        data = json.loads(path.read_text(encoding="utf-8"))
        path.write_text(json.dumps(data, ensure_ascii=False, separators=(",", ":")), encoding="utf-8")


def _build_in_child(lang: str, base: str) -> tuple[str, float | None, str]:
    try:
        return lang, build_language(lang, base), ""
    except BaseException as e:  # noqa: BLE001 - reported by the parent, naming the language
        return lang, None, f"{type(e).__name__}: {e}"


def write_root(base: str) -> None:
    """site/index.html sends a reader to the edition of their browser's language; site/404.html."""
    links = "\n".join(f'<li><a href="{code}/" hreflang="{code}" lang="{code}">{html.escape(spec["name"])}</a></li>'
                      for code, spec in LANGUAGES.items())
    codes = list(LANGUAGES)
    (SITE / "index.html").write_text(f"""<!doctype html>
<html lang="en"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>asyncio, verified</title>
{''.join(f'<link rel="alternate" hreflang="{c}" href="{base}{c}/">' for c in codes)}
<script>
(function () {{
  var codes = {codes!r};
  var prefs = navigator.languages || [navigator.language || "en"];
  for (var i = 0; i < prefs.length; i++) {{
    var code = String(prefs[i]).slice(0, 2).toLowerCase();
    if (codes.indexOf(code) >= 0) {{ location.replace(code + "/"); return; }}
  }}
  location.replace("en/");
}})();
</script></head>
<body><h1>asyncio, verified</h1><ul>
{links}
</ul></body></html>
""", encoding="utf-8")
    # A static host serves this one page for every missing path: it says "not found" in each
    # edition's language, and shows only the edition the path belongs to when scripts run.
    messages = "\n".join(
        f'<section lang="{code}" data-lang="{code}"><h1>{html.escape(spec["strings"]["not_found_title"])}</h1>'
        f'<p>{html.escape(spec["strings"]["not_found_text"])} <a href="{base}{code}/">'
        f'{html.escape(spec["strings"]["not_found_home"])}</a></p></section>'
        for code, spec in LANGUAGES.items())
    (SITE / "404.html").write_text(f"""<!doctype html>
<html lang="en"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>404 · asyncio, verified</title>
<style>body{{font-family:system-ui,sans-serif;max-width:40rem;margin:3rem auto;padding:0 1rem}}</style>
</head><body>
{messages}
<script>
(function () {{
  var m = location.pathname.match(new RegExp("/(" + {"|".join(LANGUAGES)!r} + ")/"));
  if (!m) return;
  document.documentElement.lang = m[1];
  document.querySelectorAll("section[data-lang]").forEach(function (s) {{
    if (s.dataset.lang !== m[1]) s.remove();
  }});
}})();
</script></body></html>
""", encoding="utf-8")


def build_all(langs: list[str], base: str, jobs: int = 2) -> dict[str, float]:
    """Build the given editions in parallel processes; exits non-zero naming each failing language."""
    start = time.perf_counter()
    times: dict[str, float] = {}
    failures = []
    with concurrent.futures.ProcessPoolExecutor(max_workers=min(jobs, len(langs))) as pool:
        for lang, seconds, error in pool.map(_build_in_child, langs, [base] * len(langs)):
            if seconds is None:
                failures.append(f"[{lang}] build failed: {error}")
            else:
                times[lang] = seconds
    if failures:
        raise SystemExit("\n".join(failures))
    if (SITE / "en" / "404.html").exists():
        write_root(base)
    from tools.sitemap import write as write_sitemap  # site/sitemap.xml: every page with its hreflang alternates
    write_sitemap(SITE, base, list(LANGUAGES), strict=False)
    wall = time.perf_counter() - start
    print(" ".join(f"{lang} {t:.1f} s" for lang, t in times.items())
          + f"; {len(times)} editions in {wall:.1f} s -> {SITE.relative_to(ROOT)}/", file=sys.stderr)
    return times


def snapshot() -> dict[Path, float]:
    paths = [ROOT / "docs", ROOT / "snippets", ROOT / "overrides", ROOT / "tools", CONFIG]
    out = {}
    for p in paths:
        for f in ([p] if p.is_file() else p.rglob("*")):
            if f.is_file() and "__pycache__" not in f.parts:
                out[f] = f.stat().st_mtime
    return out


def serve(host: str, port: int) -> None:
    from mkdocs.livereload import LiveReloadServer

    base = f"http://{host}:{port}/"
    os.environ["SITE_URL"] = base
    build_all(list(LANGUAGES), base)
    state = {"mtimes": snapshot()}

    def rebuild() -> None:
        now = snapshot()
        changed = {f for f in set(now) | set(state["mtimes"]) if now.get(f) != state["mtimes"].get(f)}
        state["mtimes"] = now
        langs = {f.relative_to(ROOT / "docs").parts[0] for f in changed
                 if f.is_relative_to(ROOT / "docs")}
        if any(not f.is_relative_to(ROOT / "docs") for f in changed) or not langs:
            langs = set(LANGUAGES)
        try:
            build_all([lang for lang in LANGUAGES if lang in langs], base)
        except SystemExit as e:  # keep serving; the message says what to fix
            print(e, file=sys.stderr)

    server = LiveReloadServer(builder=rebuild, host=host, port=port, root=str(SITE))
    for p in ("docs", "snippets", "overrides", "tools", "mkdocs.yml"):
        server.watch(str(ROOT / p))
    print(f"Serving all editions at {base} (en uk ru zh fr); Ctrl+C stops.", file=sys.stderr)
    try:
        server.serve()
    except KeyboardInterrupt:
        pass
    finally:
        server.shutdown()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m tools.site", description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = parser.add_subparsers(dest="command", required=True)
    b = sub.add_parser("build", help="build every edition (or --lang ...) into site/")
    b.add_argument("--lang", action="append", choices=list(LANGUAGES))
    b.add_argument("--jobs", type=int, default=2)
    s = sub.add_parser("serve", help="build all editions and serve them with live reload")
    s.add_argument("--host", default="127.0.0.1")
    s.add_argument("--port", type=int, default=8000)
    args = parser.parse_args(argv)
    if args.command == "build":
        if not args.lang:
            shutil.rmtree(SITE, ignore_errors=True)
        build_all(args.lang or list(LANGUAGES), base_url(), args.jobs)
    else:
        serve(args.host, args.port)
    return 0


if __name__ == "__main__":
    sys.exit(main())
