"""Fragments many pages share – header, footer, promo blocks, the popular list, related boxes – computed once
and cached under tags, like whole pages (kinews/pagecache.py).

    value = cached_fragment(request, ("popular", "de"), compute)   # compute() -> (value, tags)
    {% fragment "footer" LANGUAGE_CODE tags="site" %} … {% endfragment %}   ({% load fragments %})

An entry is used while none of its tags was invalidated, and for at most FRAGMENT_CACHE_SECONDS (never more than
PUBLIC_CACHE_SECONDS) after its data was read. The page showing it takes over its tags and its age
(`pagecache.shown`), so a whole page made from fragments is kept only for what is left of that minute.
A cache outage means computing the fragment, never an error page.
"""

import logging
import time
from collections.abc import Callable, Iterable
from typing import Any

from django.conf import settings
from django.core.cache import cache
from django.http import HttpRequest

from kinews import pagecache

log = logging.getLogger(__name__)

Compute = Callable[[], tuple[Any, Iterable[str]]]


def cached_fragment(request: HttpRequest | None, key: tuple, compute: Compute) -> Any:
    """The value of `compute()` (a rendered fragment or other small data) for `key`, from the cache if current."""
    lifetime = min(settings.FRAGMENT_CACHE_SECONDS, settings.PUBLIC_CACHE_SECONDS)
    if lifetime <= 0:
        value, tags = compute()
        pagecache.shown(request, tags, time.time())
        return value
    cache_key = f"fragment:{settings.RELEASE}:" + ":".join(str(part) for part in key)
    try:
        entry = cache.get(cache_key)
        if entry is not None and pagecache.generations(entry["tags"]) == entry["tags"]:
            pagecache.shown(request, entry["tags"], entry["as_of"])
            return entry["value"]
    except Exception:  # a cache outage must never take pages down with it
        log.warning("fragment cache read failed", exc_info=True)
    as_of = time.time()
    value, tags = compute()
    tags = set(tags)
    pagecache.shown(request, tags, as_of)
    try:
        entry = {"value": value, "tags": pagecache.current_generations(tags), "as_of": as_of}
        cache.set(cache_key, entry, lifetime)
    except Exception:
        log.warning("fragment cache write failed", exc_info=True)
    return value
