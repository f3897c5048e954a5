"""Every page type readers see, in both languages, is valid HTML: the W3C Nu HTML Checker finds no error.

The checker (vnu-jar from the npm registry, run with Debian's Java) is installed by `make test` into
.venv/webcheck (tests/webcheck/package.json); it checks all pages in one run, since Java starts slowly.
"""

import json
import os
import shutil
import subprocess
from pathlib import Path

import pytest

from tests.reader_pages import build_site, reader_pages

ROOT = Path(__file__).resolve().parent.parent
VNU_JAR = Path(os.environ.get("VNU_JAR", ROOT / ".venv/webcheck/node_modules/vnu-jar/build/dist/vnu.jar"))

pytestmark = pytest.mark.django_db


def nu_messages(files: list[Path]) -> list[dict]:
    """The Nu checker's errors for `files`, each with the file's name in "url"."""
    java = shutil.which("java")
    assert java, "The HTML check needs Java (Debian: apt-get install default-jre-headless)."
    assert VNU_JAR.is_file(), f"{VNU_JAR} is missing: `make test` installs it (npm, tests/webcheck)."
    result = subprocess.run(
        [java, "-Xss4m", "-jar", str(VNU_JAR), "--errors-only", "--format", "json", "--stdout", *map(str, files)],
        capture_output=True, text=True, timeout=300,
    )
    assert result.stdout, result.stderr
    return json.loads(result.stdout)["messages"]


def readable(messages: list[dict]) -> str:
    lines = []
    for message in messages:
        where = Path(message.get("url", "")).name
        line = message.get("lastLine", "?")
        lines.append(f"{where}:{line}: {message.get('message')}\n    {message.get('extract', '').strip()}")
    return f"{len(messages)} errors:\n" + "\n".join(lines)


def test_every_reader_page_type_in_both_languages_is_valid_html(client, tmp_path, settings):
    settings.ARTICLES_PER_PAGE = 4  # lists with pagination
    site = build_site()
    files = []
    for language in ("de", "en"):
        for page in reader_pages(site, language):
            if page.post is not None:
                response = client.post(page.path, page.post, **page.headers)
            else:
                response = client.get(page.path)
            assert response.status_code == page.status, f"{language} {page.name} {page.path}"
            assert response["Content-Type"].startswith("text/html")
            assert page.shows in response.content.decode(), f"{language} {page.name} does not show {page.shows!r}"
            file = tmp_path / f"{language}-{page.name}.html"
            file.write_bytes(response.content)
            files.append(file)
    messages = nu_messages(files)
    assert not messages, readable(messages)


def test_the_check_finds_errors(tmp_path):
    # The checker really runs and reports: a page with a skipped heading level and a too-precise time.
    page = tmp_path / "broken.html"
    page.write_text('<!doctype html><html lang="de"><title>x</title><h1>a</h1>'
                    '<time datetime="2026-12-04T05:02:49.800449+01:00">4.12.</time><p><div></div></p>')
    messages = nu_messages([page])
    assert any("datetime" in message["message"] for message in messages), readable(messages)
