"""What identifies the running code, for cached pages that would otherwise outlive a deploy.

A page skeleton lives for an hour and names the hashed CSS file of the release that rendered it; after a deploy
that file may be gone and the templates may have changed. Page cache and skeleton keys therefore include the
release: `RELEASE` from the environment (e.g. the commit a deploy ships), else a digest of everything that
shapes a page – the project's Python code, templates, static files, translations and the lock file – computed
once per process (a few milliseconds).
"""

import functools
import hashlib
from pathlib import Path

from django.conf import settings

SOURCES = ("kinews", "articles", "newsletter", "consulting", "pages", "templates", "static", "locale",
           "requirements.lock")
SUFFIXES = {".py", ".html", ".txt", ".css", ".js", ".svg", ".json", ".mo", ".lock"}


def digest(root: Path, sources: tuple[str, ...] = SOURCES) -> str:
    hashed = hashlib.sha256()
    for name in sources:
        top = root / name
        files = [top] if top.is_file() else sorted(top.rglob("*")) if top.is_dir() else []
        for path in files:
            if path.suffix in SUFFIXES and path.is_file() and "__pycache__" not in path.parts:
                hashed.update(path.relative_to(root).as_posix().encode() + b"\0" + path.read_bytes() + b"\0")
    return hashed.hexdigest()[:16]


@functools.cache
def release() -> str:
    return settings.RELEASE or digest(Path(settings.BASE_DIR))
