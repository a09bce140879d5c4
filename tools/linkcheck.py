"""Check every internal link and anchor of the built site, without the network.

    python -m tools.linkcheck site/ [--base URL] [--external]

Every href and src of every HTML page under the folder that points into the site (relative,
absolute to the site's base path, or a full URL under the base URL) must resolve to a file there
(a folder means its index.html), and every #fragment must be an id (or <a name>) in the target
page. Links anywhere else (https://github.com/..., mailto:) are collected and listed, never
fetched. The base URL is the one the site was built for: --base, else read from the canonical
link of an edition's home page, else SITE_URL.

Exits 1 naming each page and link that does not resolve.
"""

from __future__ import annotations

import argparse
import dataclasses
import html.parser
import re
import sys
from collections import defaultdict
from pathlib import Path
from urllib.parse import unquote, urljoin, urlsplit

# Attributes that load or lead to another URL, per tag.
URL_ATTRS = {
    "a": ("href",), "area": ("href",), "link": ("href",),
    "img": ("src",), "script": ("src",), "iframe": ("src",), "source": ("src",),
    "audio": ("src",), "video": ("src", "poster"), "track": ("src",), "embed": ("src",),
}
IGNORED_SCHEMES = ("javascript:", "data:", "about:", "blob:")


@dataclasses.dataclass
class Link:
    page: str       # the page it is on, relative to the site folder: 'en/concurrency/index.html'
    tag: str
    attr: str
    value: str      # as written in the page
    line: int


@dataclasses.dataclass
class Report:
    pages: int = 0
    internal: int = 0                      # internal href/src occurrences checked
    anchors: int = 0                       # of those, with a #fragment checked against an id
    targets: set[str] = dataclasses.field(default_factory=set)          # distinct files linked to
    external: dict[str, set[str]] = dataclasses.field(default_factory=lambda: defaultdict(set))
    problems: list[str] = dataclasses.field(default_factory=list)

    def summary(self) -> str:
        status = ("all resolve" if not self.problems else f"{len(self.problems)} do not resolve")
        return (f"{self.pages} pages: {self.internal} internal links ({self.anchors} with an anchor) to "
                f"{len(self.targets)} files, {status}; {len(self.external)} external URLs listed, not fetched")


class _Parser(html.parser.HTMLParser):
    def __init__(self, page: str):
        super().__init__(convert_charrefs=True)
        self.page = page
        self.ids: set[str] = set()
        self.links: list[Link] = []

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if attrs.get("id"):
            self.ids.add(attrs["id"])
        if tag == "a" and attrs.get("name"):
            self.ids.add(attrs["name"])
        for attr in URL_ATTRS.get(tag, ()):
            value = attrs.get(attr)
            if value is not None:
                self.links.append(Link(self.page, tag, attr, value.strip(), self.getpos()[0]))

    handle_startendtag = handle_starttag


def parse(path: Path, page: str) -> _Parser:
    parser = _Parser(page)
    parser.feed(path.read_text(encoding="utf-8", errors="replace"))
    parser.close()
    return parser


def infer_base(site_dir: Path) -> str | None:
    """The base URL the site was built for, from the canonical link of an edition's home page."""
    for index in sorted(site_dir.glob("*/index.html")):
        m = re.search(r'<link rel="canonical" href="([^"]+)"', index.read_text(encoding="utf-8"))
        edition = index.parent.name + "/"
        if m and m.group(1).endswith(edition):
            return m.group(1)[: -len(edition)]
    return None


def check(site_dir: Path, base: str) -> Report:
    """Check every HTML page under site_dir, built for the URL base (ending in '/')."""
    site_dir = Path(site_dir)
    if not base.endswith("/"):
        base += "/"
    split_base = urlsplit(base)
    report = Report()
    parsed: dict[str, _Parser] = {}
    for path in sorted(site_dir.rglob("*.html")):
        page = path.relative_to(site_dir).as_posix()
        parsed[page] = parse(path, page)
    report.pages = len(parsed)

    def ids_of(target: str) -> set[str] | None:
        if target not in parsed and (site_dir / target).is_file() and target.endswith(".html"):
            parsed[target] = parse(site_dir / target, target)
        return parsed[target].ids if target in parsed else None

    for page, parser in list(parsed.items()):
        for link in parser.links:
            value = link.value
            if not value or value.lower().startswith(IGNORED_SCHEMES):
                continue
            url = urljoin(base + page, value)
            parts = urlsplit(url)
            where = f"{page}:{link.line}: <{link.tag} {link.attr}=\"{value}\">"
            if parts.scheme not in ("http", "https") or parts.netloc != split_base.netloc:
                report.external[url].add(page)
                continue
            if not parts.path.startswith(split_base.path):
                report.problems.append(f"{where} points outside the site's base {base}")
                continue
            report.internal += 1
            target = unquote(parts.path[len(split_base.path):])
            if target == "" or target.endswith("/"):
                target += "index.html"
            elif (site_dir / target).is_dir():
                target += "/index.html"
            if not (site_dir / target).is_file():
                report.problems.append(f"{where} -> no file {site_dir.name}/{target}")
                continue
            report.targets.add(target)
            if parts.fragment:
                report.anchors += 1
                ids = ids_of(target)
                fragment = unquote(parts.fragment)
                if ids is None:
                    report.problems.append(f"{where} -> #{fragment} in {site_dir.name}/{target}, not an HTML page")
                elif fragment not in ids:
                    report.problems.append(f"{where} -> no id \"{fragment}\" in {site_dir.name}/{target}")
    return report


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m tools.linkcheck", description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("site", type=Path, nargs="?", default=Path("site"))
    parser.add_argument("--base", help="the URL the site was built for")
    parser.add_argument("--external", action="store_true", help="list every external URL and the pages using it")
    args = parser.parse_args(argv)
    if not args.site.is_dir():
        print(f"error: {args.site} is not a folder: build the site first (python -m tools.site build)", file=sys.stderr)
        return 2
    base = args.base or infer_base(args.site)
    if base is None:
        from tools.site import base_url
        base = base_url()
    report = check(args.site, base)
    for problem in report.problems:
        print(problem)
    if args.external:
        for url, pages in sorted(report.external.items()):
            print(f"external {url} ({len(pages)} pages)")
    print(report.summary() + f" [base {base}]", file=sys.stderr)
    return 1 if report.problems else 0


if __name__ == "__main__":
    sys.exit(main())
