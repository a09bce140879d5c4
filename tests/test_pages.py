"""The pages in docs/: same structure in every language, explicit heading ids, no untested code."""

from __future__ import annotations

import pytest
import yaml

from tools.mkdocs_hooks import glossary_rows
from tools.pages import LANGUAGES, ROOT, SOURCE_LANG, fact_problems, pages, parity_problems, parse, rel
from tools.snippets import SNIPPETS, discover, importers, modules
from tools.translations import english_left

TRANSLATIONS = [lang for lang in LANGUAGES if lang != SOURCE_LANG]
ALL_PAGES = [(lang, name, path) for lang in LANGUAGES for name, path in pages(lang).items()]
RUN_BY_CODEBLOCKS = {"python", "sh", "bash"}  # what pytest-codeblocks collects and runs


def test_every_language_has_a_folder():
    missing = [lang for lang in LANGUAGES if not (ROOT / "docs" / lang).is_dir()]
    assert not missing, f"tools/languages.yml lists {missing}, but docs/<lang>/ is missing"


@pytest.mark.parametrize("lang", TRANSLATIONS)
def test_translation_has_the_structure_of_english(lang):
    problems = parity_problems(lang)
    assert not problems, "\n".join(problems)


def test_parity_catches_a_changed_version_and_a_lost_code_span(tmp_path):
    """A translation that says 3.10 where the English says 3.11, or drops `asyncio.timeout()`, fails."""
    en = parse(ROOT / "docs" / "en" / "timeouts.md")
    original = (ROOT / "docs" / "uk" / "timeouts.md").read_text(encoding="utf-8")
    assert not fact_problems(en, parse(ROOT / "docs" / "uk" / "timeouts.md"), "uk", "en")
    assert "3.11" in original and "`asyncio.timeout()`" in original
    broken = tmp_path / "timeouts.md"
    broken.write_text(original.replace("3.11", "3.10", 1), encoding="utf-8")
    problems = fact_problems(en, parse(broken), "uk", "en")
    assert any("names Python" in p and "'3.10'" in p and "'3.11'" in p for p in problems), problems
    broken.write_text(original.replace("`asyncio.timeout()`", "asyncio.timeout()"), encoding="utf-8")
    problems = fact_problems(en, parse(broken), "uk", "en")
    assert any("lacks the code ['asyncio.timeout()']" in p for p in problems), problems


@pytest.mark.parametrize("lang,name,path", ALL_PAGES, ids=[f"{lang}/{name}" for lang, name, _ in ALL_PAGES])
def test_headings_have_explicit_ids(lang, name, path):
    page = parse(path)
    missing = [f"{rel(path)}:{h.line}: heading '{h.text}' has no explicit id; write it as "
               f"'{'#' * h.level} {h.text} {{ #some-id }}' with the English page's id"
               for h in page.headings if h.id is None]
    assert not missing, "\n".join(missing)


@pytest.mark.parametrize("lang,name,path", ALL_PAGES, ids=[f"{lang}/{name}" for lang, name, _ in ALL_PAGES])
def test_no_untested_code_block(lang, name, path):
    """Each code block is an include of a verified snippet (or its output), or a block
    pytest-codeblocks runs; anything else would be code on the site that nothing executed."""
    snippets = {s.rel for s in discover()}
    snippets |= {m.relative_to(SNIPPETS).as_posix() for m in modules() if importers(m)}
    problems = []
    for fence in parse(path).fences:
        where = f"{rel(path)}:{fence.line}"
        if fence.include:
            target = fence.include
            stem = target.rsplit(".", 1)[0]
            if not (SNIPPETS / target).exists():
                problems.append(f"{where}: includes {target}, which does not exist in snippets/")
            elif f"{stem}.py" not in snippets or not target.endswith((".py", ".out")):
                problems.append(f"{where}: includes {target}, which is not a verified snippet or its output")
        elif fence.info in RUN_BY_CODEBLOCKS and not fence.skipped:
            continue  # pytest-codeblocks runs it
        else:
            problems.append(f"{where}: code block ```{fence.info} is neither an include of a verified "
                            f"snippet nor a plain ```python / ```bash block that pytest-codeblocks runs")
    assert not problems, "\n".join(problems)


def test_every_snippet_is_shown():
    """A snippet no page shows is dead weight; a page is what makes it worth verifying."""
    shown = set()
    for path in pages(SOURCE_LANG).values():
        page = parse(path)
        shown |= set(page.includes) | set(page.snippet_cells)
    unshown = [s.rel for s in discover() if s.rel not in shown]
    unshown += [m.relative_to(SNIPPETS).as_posix() for m in modules()
                if m.relative_to(SNIPPETS).as_posix() not in shown]
    assert not unshown, f"snippets (or modules they import) that no English page includes: {unshown}"


def test_every_module_is_imported_by_a_snippet():
    """A snippets/<topic>/_name.py runs only as part of the snippets that import it."""
    orphans = [m.relative_to(SNIPPETS).as_posix() for m in modules() if not importers(m)]
    assert not orphans, (f"modules that no snippet beside them imports, so nothing runs them: {orphans}; "
                         f"import them from a snippet, or drop the leading underscore to make them snippets")


def test_nav_lists_every_page():
    config = yaml.safe_load((ROOT / "mkdocs.yml").read_text(encoding="utf-8").replace("!ENV", ""))
    listed = set()

    def walk(entries):
        for entry in entries:
            value = entry if isinstance(entry, str) else next(iter(entry.values()))
            walk(value) if isinstance(value, list) else listed.add(value)

    walk(config["nav"])
    assert listed == set(pages(SOURCE_LANG)), (
        f"mkdocs.yml nav {sorted(listed)} differs from the pages in docs/{SOURCE_LANG}/ {sorted(pages(SOURCE_LANG))}")


def test_every_language_has_every_interface_string():
    keys = set(LANGUAGES[SOURCE_LANG]["strings"])
    problems = [f"tools/languages.yml: {lang} lacks strings {sorted(keys - set(spec['strings']))}"
                for lang, spec in LANGUAGES.items() if keys - set(spec["strings"])]
    assert not problems, "\n".join(problems)


@pytest.mark.parametrize("lang", TRANSLATIONS)
def test_translation_has_no_english_prose_left(lang):
    problems = [e for path in pages(lang).values() for e in english_left(lang, path)]
    assert not problems, "\n".join(problems)


@pytest.mark.parametrize("lang", list(LANGUAGES))
def test_glossary_rows_are_complete(lang):
    """The glossary page of each edition is built from i18n/<lang>.md: every term needs its
    English original (translations) and a one-line meaning."""
    rows = glossary_rows(lang)
    width = 2 if lang == SOURCE_LANG else 3
    bad = [f"i18n/{lang}.md: term row {r} needs {width} filled cells" for r in rows
           if len(r) < width or not all(c.strip() for c in r[:width])]
    assert not bad, "\n".join(bad)


def test_quick_reference_lists_every_api_with_an_example_that_ran():
    """i18n/reference/: every asyncio API the snippets use has a row; each row's example is a
    snippet shown on a page that uses the API, no newer than the version that added it; every
    language has a meaning for every row (tools/reference.py)."""
    from tools import reference

    problems = reference.problems()
    assert not problems, "\n".join(problems[:40]) + (f"\n... and {len(problems) - 40} more" if len(problems) > 40 else "")
