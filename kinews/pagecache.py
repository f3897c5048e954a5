"""Whole-page cache for anonymous readers, invalidated by tags across all app servers.

A view opts in by tagging its request (`tag_request(request, "site", f"article:{pk}")`). The middleware
stores the finished response together with the current *generation* of each tag. Invalidating a tag
(`invalidate("article:12")`) increments its generation in the shared cache (Redis in production), so every
page carrying that tag is stale on the next read, on every server, at once – no key listing, no purge
fan-out. Entries also expire after PAGE_CACHE_SECONDS, which bounds staleness for things no save
announces (a scheduled article whose time has come, popular lists).

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

log = logging.getLogger(__name__)

_GENERATION_PREFIX = "pagecache:gen:"
_PAGE_PREFIX = "pagecache:page:"


def tag_request(request: HttpRequest, *tags: str) -> None:
    """Mark the page being rendered as cacheable, invalidated by any of `tags`."""
    if not hasattr(request, "cache_tags"):
        request.cache_tags = set()
    request.cache_tags.update(tags)


def invalidate(tags: Iterable[str]) -> None:
    """Make every cached page carrying one of `tags` stale, on all servers."""
    for tag in set(tags):
        key = _GENERATION_PREFIX + tag
        try:
            cache.incr(key)
        except ValueError:  # never set (or evicted): any value differs from what pages stored
            cache.set(key, _fresh_generation(), None)


def _fresh_generation() -> int:
    return time.time_ns()


def _generations(tags: Iterable[str]) -> dict[str, int | None]:
    keys = {_GENERATION_PREFIX + tag: tag for tag in tags}
    found = cache.get_many(keys)
    return {tag: found.get(key) for key, tag in keys.items()}


def _page_key(request: HttpRequest) -> str:
    raw = f"{request.get_host()}|{request.get_full_path()}"
    return _PAGE_PREFIX + hashlib.sha256(raw.encode()).hexdigest()


def _may_use_cache(request: HttpRequest) -> bool:
    return (
        settings.PAGE_CACHE_SECONDS > 0
        and request.method in ("GET", "HEAD")
        and settings.SESSION_COOKIE_NAME not in request.COOKIES
        and "HTTP_AUTHORIZATION" not in request.META
    )


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
        key = _page_key(request)
        try:
            entry = cache.get(key)
            if entry is not None and _generations(entry["tags"]) == entry["tags"]:
                response = entry["response"]
                response["X-Page-Cache"] = "hit"
                return response
        except Exception:  # a cache outage must never take pages down with it
            log.warning("page cache read failed", exc_info=True)
            return self.get_response(request)

        response = self.get_response(request)
        if _may_store(request, response):
            try:
                tags = _generations(request.cache_tags)
                missing = {tag: _fresh_generation() for tag, generation in tags.items() if generation is None}
                if missing:
                    cache.set_many({_GENERATION_PREFIX + tag: value for tag, value in missing.items()}, None)
                    tags |= missing
                if hasattr(response, "render") and callable(response.render) and not response.is_rendered:
                    response.render()
                response["X-Page-Cache"] = "miss"
                cache.set(key, {"tags": tags, "response": response}, settings.PAGE_CACHE_SECONDS)
            except Exception:
                log.warning("page cache write failed", exc_info=True)
        return response
