"""site/sitemap.xml: every page of every edition, each with its hreflang alternates.

MkDocs writes one sitemap per edition (site/<lang>/sitemap.xml; Material's language switcher reads
those) listing that edition's pages and nothing else. The root sitemap written here is the one to
give search engines: one <url> per page per edition, each naming the same page in every edition
that has it (<xhtml:link rel="alternate" hreflang="...">) and an x-default: the root page, which
picks the reader's language, for the home page; the English page for every other page.

tools/site.py calls write() after each build; by hand:

    python -m tools.sitemap [site/] [--base URL]
"""

from __future__ import annotations

import argparse
import sys
import xml.etree.ElementTree as ET
from pathlib import Path
from xml.sax.saxutils import escape, quoteattr

SITEMAP_NS = "http://www.sitemaps.org/schemas/sitemap/0.9"
XHTML_NS = "http://www.w3.org/1999/xhtml"
DEFAULT_LANG = "en"


def edition_pages(site_dir: Path, base: str, lang: str, strict: bool = True) -> dict[str, str | None]:
    """Page path relative to the edition ('' for its home, 'why/') -> lastmod, from the
    edition's own sitemap. An edition that was not built has no pages; one built for another
    base URL (left in site/ by an earlier build) is an error, or has no pages if not strict."""
    path = site_dir / lang / "sitemap.xml"
    if not path.exists():
        return {}
    prefix = f"{base}{lang}/"
    pages: dict[str, str | None] = {}
    for url in ET.parse(path).getroot().iter(f"{{{SITEMAP_NS}}}url"):
        loc = (url.findtext(f"{{{SITEMAP_NS}}}loc") or "").strip()
        if not loc.startswith(prefix):
            if not strict:
                print(f"sitemap.xml: left out site/{lang}/, built for another base URL ({loc})", file=sys.stderr)
                return {}
            raise ValueError(f"{path}: <loc> {loc} is not under {prefix}: was the edition built for another base URL?")
        lastmod = url.findtext(f"{{{SITEMAP_NS}}}lastmod")
        pages[loc[len(prefix):]] = lastmod.strip() if lastmod else None
    return pages


def render(base: str, langs: list[str], pages: dict[str, dict[str, str | None]]) -> str:
    """The sitemap XML for pages[lang][path] = lastmod."""
    lines = ['<?xml version="1.0" encoding="UTF-8"?>',
             f'<urlset xmlns="{SITEMAP_NS}" xmlns:xhtml="{XHTML_NS}">']
    for lang in langs:
        for path, lastmod in pages.get(lang, {}).items():
            lines.append("  <url>")
            lines.append(f"    <loc>{escape(base + lang + '/' + path)}</loc>")
            if lastmod:
                lines.append(f"    <lastmod>{escape(lastmod)}</lastmod>")
            for other in langs:
                if path in pages.get(other, {}):
                    href = quoteattr(base + other + "/" + path)
                    lines.append(f'    <xhtml:link rel="alternate" hreflang="{other}" href={href}/>')
            default = base if path == "" else base + DEFAULT_LANG + "/" + path
            if path == "" or path in pages.get(DEFAULT_LANG, {}):
                lines.append(f'    <xhtml:link rel="alternate" hreflang="x-default" href={quoteattr(default)}/>')
            lines.append("  </url>")
    lines.append("</urlset>")
    return "\n".join(lines) + "\n"


def write(site_dir: Path, base: str, langs: list[str], strict: bool = True) -> Path:
    """Write site_dir/sitemap.xml from the editions built there; returns its path. Not strict
    (after a build of some editions): editions left from a build for another URL are left out."""
    pages = {lang: edition_pages(site_dir, base, lang, strict) for lang in langs}
    target = site_dir / "sitemap.xml"
    target.write_text(render(base, langs, pages), encoding="utf-8")
    return target


def main(argv: list[str] | None = None) -> int:
    from tools.site import LANGUAGES, SITE, base_url

    parser = argparse.ArgumentParser(prog="python -m tools.sitemap", description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("site", nargs="?", type=Path, default=SITE)
    parser.add_argument("--base", default=None, help="the URL the editions were built for (default: SITE_URL)")
    args = parser.parse_args(argv)
    base = args.base or base_url()
    target = write(args.site, base if base.endswith("/") else base + "/", list(LANGUAGES))
    print(f"wrote {target}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
