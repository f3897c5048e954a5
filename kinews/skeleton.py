"""Page skeletons: pages rendered once, stored without their per-request parts, and filled in per request.

The whole-page cache (kinews/pagecache.py) keeps a page for a minute, because a finished page holds parts that
change on their own: the popular list, the signed timestamp of each form. A *skeleton* is the same page with
those parts left as holes. It holds nothing that ages by itself, so it can be kept much longer
(PAGE_SKELETON_SECONDS) and serves the long tail of pages that the minute-long page cache has already
forgotten – a request then costs one indexed query to check the page is still live and current, one cache
read and the holes (a few microseconds each), instead of a full render with a dozen queries.

    render_hole(request, "popular", exclude=pk)   from a template tag (articles_tags.popular_box): a hole
    placeholder("stamp") or make_stamp()           in Python, e.g. a form's hidden field value

A hole is a function `(request, **params) -> str` named in HOLES. While a skeleton is being recorded, a hole
leaves a marker (unguessable without the SECRET_KEY, so no author or reader text can forge one) and the
function and its parameters are remembered; otherwise the function's result is put in at once.

A skeleton is valid while (1) the version the view passes (the article's id and `updated_at`) is unchanged,
(2) none of its cache tags was invalidated (same tag generations as the page cache), and (3) it has not
reached its expiry: PAGE_SKELETON_SECONDS, or earlier when the view says a scheduled change (a promo
starting or ending) is due.
"""

import contextvars
import hashlib
import logging
import re
import time
from collections.abc import Callable, Iterable
from contextlib import contextmanager
from functools import cache as memoize

from django.conf import settings
from django.core.cache import cache
from django.http import HttpRequest, HttpResponse
from django.utils.crypto import salted_hmac
from django.utils.module_loading import import_string

from kinews import pagecache

log = logging.getLogger(__name__)

HOLES = {
    "stamp": "kinews.forms_security.make_stamp_hole",
    "popular": "articles.popularity.popular_hole",
}
_PREFIX = "skeleton:v3:"  # bump when the entry format changes: old entries are then simply unused
_recording: contextvars.ContextVar[list | None] = contextvars.ContextVar("skeleton_recording", default=None)


@memoize
def _marker() -> str:
    # Letters and digits only: the marker survives HTML escaping, also inside attribute values.
    return "hole" + salted_hmac("kinews.skeleton.marker", "hole", algorithm="sha256").hexdigest()[:24]


@memoize
def _marker_pattern() -> re.Pattern:
    return re.compile(re.escape(_marker()) + r"x(\d+)x")


@memoize
def _hole_function(name: str) -> Callable[..., str]:
    return import_string(HOLES[name])


def placeholder(name: str, **params) -> str | None:
    """The marker for hole `name` while a skeleton is recorded, else None (the caller fills in the value)."""
    holes = _recording.get()
    if holes is None:
        return None
    holes.append((name, params))
    return f"{_marker()}x{len(holes) - 1}x"


def render_hole(request: HttpRequest | None, name: str, **params) -> str:
    """A hole in a template: its marker while recording, else its content."""
    return placeholder(name, **params) or _hole_function(name)(request, **params)


@contextmanager
def recording():
    """Render inside this block to get a skeleton: holes become markers, collected in the yielded list."""
    holes: list = []
    token = _recording.set(holes)
    try:
        yield holes
    finally:
        _recording.reset(token)


def split(skeleton: str) -> list[bytes | int]:
    """The skeleton as encoded text parts with hole numbers between them: what is stored, so that filling needs
    neither a search nor encoding the page again."""
    parts: list = _marker_pattern().split(skeleton)
    for i in range(len(parts)):  # split() alternates text and captured hole numbers
        parts[i] = int(parts[i]) if i % 2 else parts[i].encode()
    return parts


def fill(parts: list[bytes | int], holes: list, request: HttpRequest) -> tuple[bytes, list[bytes]]:
    """The page, and what went into its holes."""
    filled = list(parts)
    for i in range(1, len(filled), 2):
        name, params = holes[filled[i]]
        filled[i] = _hole_function(name)(request, **params).encode()
    return b"".join(filled), filled[1::2]


def _response(entry: dict, request: HttpRequest) -> HttpResponse:
    page, hole_values = fill(entry["parts"], entry["holes"], request)
    response = HttpResponse(page)
    # The ETag from the skeleton's digest and the holes: no hashing of the whole page on every request.
    etag = hashlib.md5(b"\x00".join([entry["digest"].encode(), *hole_values]), usedforsecurity=False)
    response["ETag"] = f'"{etag.hexdigest()}"'
    return response


def usable(request: HttpRequest) -> bool:
    """Only anonymous GET/HEAD requests: nothing personal ever goes into, or comes out of, a skeleton."""
    return settings.PAGE_SKELETON_SECONDS > 0 and pagecache.is_anonymous_read(request)


def _key(request: HttpRequest) -> str:
    return pagecache.url_key(_PREFIX, request)


def load(request: HttpRequest, *, version: str, tags: Iterable[str]) -> HttpResponse | None:
    """The page from its skeleton, if a valid one is stored for this URL, `version` and `tags`.

    The page's tags are known before the entry is read, so entry and tag generations come in one round trip.
    """
    try:
        key = _key(request)
        found, current = pagecache.generations_with(tags, key)
        entry = found.get(key)
        if entry is None or entry["version"] != version or entry["expires"] <= time.time():
            return None
        if current.keys() != entry["tags"].keys():  # the page was stored with other tags than expected
            current = pagecache.generations(entry["tags"])
        if current != entry["tags"]:
            return None
        return _response(entry, request)
    except Exception:  # a cache outage means a full render, never an error page
        log.warning("skeleton read failed", exc_info=True)
        return None


def _digest(parts: list, holes: list) -> str:
    joined = b"\x00".join(p if isinstance(p, bytes) else b"%d" % p for p in parts)
    return hashlib.sha256(joined + repr(holes).encode()).hexdigest()


def render_and_store(request: HttpRequest, response, *, version: str, tags: Iterable[str],
                     expires: float | None = None) -> HttpResponse:
    """Render a TemplateResponse as a skeleton, store it, and answer this request from it."""
    with recording() as holes:
        response.render()
    parts = split(response.content.decode(response.charset))
    seconds = settings.PAGE_SKELETON_SECONDS
    if getattr(request, "_csp_nonce", None):
        seconds = 0  # the page used this request's CSP nonce: it cannot serve anyone else
    if expires is not None:
        seconds = min(seconds, int(expires - time.time()))
    entry = {"parts": parts, "holes": holes, "digest": _digest(parts, holes)}
    if seconds > 0:
        try:
            entry |= {"version": version, "tags": pagecache.current_generations(tags),
                      "expires": time.time() + seconds}
            cache.set(_key(request), entry, seconds)
        except Exception:
            log.warning("skeleton write failed", exc_info=True)
    filled = _response(entry, request)
    response.content = filled.content
    response["ETag"] = filled["ETag"]
    return response
