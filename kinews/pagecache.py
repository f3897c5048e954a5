"""Whole-page cache for anonymous readers, invalidated by tags across all app servers.

A view opts in by tagging its request (`tag_request(request, "site", f"article:{pk}")`); cached fragments the
page shows add their own tags and age (`shown`, kinews/fragments.py). The middleware stores the finished
response together with the current *generation* of each tag. Invalidating a tag (`invalidate("article:12")`)
increments its generation in the shared cache (Redis in production), so every page carrying that tag is stale
on the next read, on every server, at once – no key listing, no purge fan-out.

The one cache rule: no public response is older than PUBLIC_CACHE_SECONDS than the data it shows. A page is
stored only for what is left of that time after the oldest data it shows was read (`request.data_as_of`),
which bounds everything no save announces (a scheduled article whose time has come, a promo that ends, a bare
UPDATE) to a minute.

Never cached: requests with a session cookie (logged-in staff, previews), non-GET/HEAD requests,
responses that are not 200, set cookies, or say private/no-cache/no-store.
"""

import hashlib
import logging
import time
from collections.abc import Iterable

from django.conf import settings
from django.core.cache import cache
from django.http import HttpRequest, HttpResponse
from django.utils.cache import set_response_etag

from kinews import cdn

log = logging.getLogger(__name__)

_GENERATION_PREFIX = "pagecache:gen:"
_PAGE_PREFIX = "pagecache:page:"


def tag_request(request: HttpRequest, *tags: str) -> None:
    """Mark the page being rendered as cacheable, invalidated by any of `tags`."""
    if not hasattr(request, "cache_tags"):
        request.cache_tags = set()
    request.cache_tags.update(tags)


def shown(request: HttpRequest | None, tags: Iterable[str], as_of: float) -> None:
    """The page shows data read at `as_of` (time.time()) that `tags` invalidate, e.g. from a cached fragment.

    Does not make the page cacheable by itself: only views that tag their request opt in.
    """
    if request is None:
        return
    if not hasattr(request, "shown_tags"):
        request.shown_tags = set()
    request.shown_tags.update(tags)
    request.data_as_of = min(getattr(request, "data_as_of", as_of), as_of)


def remaining_lifetime(request: HttpRequest, now: float | None = None) -> int:
    """Seconds a response to `request` may still be served from a cache under the one cache rule."""
    now = time.time() if now is None else now
    age = now - getattr(request, "data_as_of", now)
    return min(settings.PAGE_CACHE_SECONDS, int(settings.PUBLIC_CACHE_SECONDS - age))


def invalidate(tags: Iterable[str]) -> None:
    """Make every cached page carrying one of `tags` stale, on all servers (and in a CDN: kinews/cdn.py)."""
    tags = set(tags)
    try:
        for tag in tags:
            key = _GENERATION_PREFIX + tag
            try:
                generation = cache.incr(key)
            except ValueError:  # never set (or evicted): any value differs from what pages stored
                generation = _fresh_generation()
                cache.set(key, generation, None)
            _recent_generations[tag] = (generation, time.monotonic())
    except Exception:  # cache down: a publish must still succeed; stored pages expire within the minute
        log.warning("page cache invalidation failed", exc_info=True)
    cdn.purge(tags)


def _fresh_generation() -> int:
    return time.time_ns()


# Generations read in the last GENERATION_MEMO_SECONDS, per process: a hot page then costs one cache round
# trip instead of two. Other servers see an invalidation at most that much later ("within seconds").
GENERATION_MEMO_SECONDS = 0.5
_recent_generations: dict[str, tuple[int | None, float]] = {}


def forget_local_generations() -> None:
    """Drop this process's remembered generations (tests and benches, after clearing the shared cache)."""
    _recent_generations.clear()


def generations(tags: Iterable[str]) -> dict[str, int | None]:
    """The current generation of each tag (None: never set), remembered per process for half a second."""
    return generations_with(tags)[1]


def generations_with(tags: Iterable[str], *keys: str) -> tuple[dict, dict[str, int | None]]:
    """generations(tags), reading the cache `keys` in the same round trip: ({key: value}, generations)."""
    now = time.monotonic()
    result, missing = {}, []
    for tag in tags:
        memo = _recent_generations.get(tag)
        if memo is not None and now - memo[1] < GENERATION_MEMO_SECONDS:
            result[tag] = memo[0]
        else:
            missing.append(tag)
    if not missing and not keys:
        return {}, result
    generation_keys = {_GENERATION_PREFIX + tag: tag for tag in missing}
    found = cache.get_many([*keys, *generation_keys])
    for key, tag in generation_keys.items():
        result[tag] = found.get(key)
        _recent_generations[tag] = (result[tag], now)
    return {key: found[key] for key in keys if key in found}, result


def current_generations(tags: Iterable[str]) -> dict[str, int]:
    """Like generations(), but gives tags that have none a fresh one: what a stored entry records."""
    found = generations(tags)
    missing = {tag: _fresh_generation() for tag, generation in found.items() if generation is None}
    if missing:
        cache.set_many({_GENERATION_PREFIX + tag: value for tag, value in missing.items()}, None)
        found |= missing
        now = time.monotonic()
        _recent_generations.update({tag: (value, now) for tag, value in missing.items()})
    return found


def url_key(prefix: str, request: HttpRequest) -> str:
    """A cache key for this URL (host, path and query) as rendered by this release (settings.RELEASE)."""
    raw = f"{request.get_host()}|{request.get_full_path()}"
    return f"{prefix}{settings.RELEASE}:{hashlib.sha256(raw.encode()).hexdigest()}"


def is_anonymous_read(request: HttpRequest) -> bool:
    """A GET or HEAD without session or credentials: the only requests any shared page store may answer."""
    return (
        request.method in ("GET", "HEAD")
        and settings.SESSION_COOKIE_NAME not in request.COOKIES
        and "HTTP_AUTHORIZATION" not in request.META
    )


def _may_use_cache(request: HttpRequest) -> bool:
    return settings.PAGE_CACHE_SECONDS > 0 and is_anonymous_read(request)


def _may_store(request: HttpRequest, response: HttpResponse) -> bool:
    if not getattr(request, "cache_tags", None) or response.status_code != 200 or response.cookies:
        return False
    if response.streaming or response.has_header("Set-Cookie"):
        return False
    directives = {d.strip().split("=")[0].lower() for d in response.get("Cache-Control", "").split(",")}
    return not directives & {"private", "no-cache", "no-store"}


class ReaderPageCacheMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        if not _may_use_cache(request):
            return self.get_response(request)
        key = url_key(_PAGE_PREFIX, request)
        try:
            entry = cache.get(key)
            if entry is not None and generations(entry["tags"]) == entry["tags"]:
                response = HttpResponse(entry["content"], status=entry["status"])
                for header, value in entry["headers"]:
                    response[header] = value
                response["X-Page-Cache"] = "hit"
                cdn.served_from_cache(response, age=time.time() - entry.get("as_of", 0))
                return response
        except Exception:  # a cache outage must never take pages down with it
            log.warning("page cache read failed", exc_info=True)
            return self.get_response(request)

        request.data_as_of = time.time()  # lowered by older cached fragments the page shows
        response = self.get_response(request)
        lifetime = remaining_lifetime(request)
        if lifetime > 0 and _may_store(request, response):
            try:
                tags = current_generations(request.cache_tags | getattr(request, "shown_tags", set()))
                if hasattr(response, "render") and callable(response.render) and not response.is_rendered:
                    response.render()
                if not response.has_header("ETag"):
                    # Stored with the page, so a hit answers conditional GETs without hashing it again.
                    set_response_etag(response)
                # Plain bytes and headers: cheaper to store and to load than a pickled response object.
                entry = {"tags": tags, "status": response.status_code, "headers": list(response.items()),
                         "content": response.content, "as_of": request.data_as_of}
                cache.set(key, entry, lifetime)
                response["X-Page-Cache"] = "miss"
            except Exception:
                log.warning("page cache write failed", exc_info=True)
        return response
