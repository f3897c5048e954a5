"""axe-core finds no accessibility violation on the pages readers use most, on a phone and on a wide screen.

axe-core comes from the npm registry (tests/webcheck/package.json), installed by `make test` into
.venv/webcheck. The site's Content-Security-Policy allows only its own scripts, so the browser context that
runs the check bypasses the CSP for the injected script (Playwright's `bypass_csp`); nothing else changes.
"""

import os
from pathlib import Path

import pytest

from tests.reader_pages import build_site, reader_pages

ROOT = Path(__file__).resolve().parents[2]
AXE = Path(os.environ.get("AXE_JS", ROOT / ".venv/webcheck/node_modules/axe-core/axe.min.js"))
PAGES = ["home", "article", "category", "hashtag", "author", "search-results", "search-suggestion", "newsletter",
         "inquiry"]
WIDTHS = [390, 1280]

pytestmark = pytest.mark.django_db(transaction=True)


def violations(page) -> list[dict]:
    page.add_script_tag(path=str(AXE))
    result = page.evaluate("async () => await axe.run(document, {resultTypes: ['violations']})")
    return result["violations"]


def readable(found: dict[str, list[dict]]) -> str:
    lines = []
    for where, items in found.items():
        for violation in items:
            targets = "; ".join(" ".join(node["target"]) for node in violation["nodes"][:4])
            lines.append(f"{where}: {violation['id']} ({violation['impact']}): {violation['help']}\n    {targets}")
    return "\n".join(lines)


def test_no_axe_violations_on_reader_pages_at_phone_and_desktop_width(browser, live_server, settings):
    assert AXE.is_file(), f"{AXE} is missing: `make test` installs it (npm, tests/webcheck)."
    site = build_site()
    found = {}
    for width in WIDTHS:
        context = browser.new_context(viewport={"width": width, "height": 900}, base_url=live_server.url,
                                      bypass_csp=True)
        page = context.new_page()
        for language in ("de", "en"):
            for reader_page in reader_pages(site, language):
                if reader_page.name not in PAGES:
                    continue
                page.goto(reader_page.path)
                result = violations(page)
                if result:
                    found[f"{width}px {language} {reader_page.name}"] = result
        context.close()
    assert not found, readable(found)
