"""Fragments many pages share – header, footer, promo blocks, the popular list, related boxes – computed once
and cached under tags, like whole pages (kinews/pagecache.py).

    value = cached_fragment(request, ("popular", "de"), compute)   # compute() -> (value, tags)
    {% fragment "footer" LANGUAGE_CODE tags="site" %} … {% endfragment %}   ({% load fragments %})

An entry is used while none of its tags was invalidated, and for at most FRAGMENT_CACHE_SECONDS (never more than
PUBLIC_CACHE_SECONDS) after its data was read. The page showing it takes over its tags and its age
(`pagecache.shown`), so a whole page made from fragments is kept only for what is left of that minute.
A cache outage means computing the fragment, never an error page.

Fragments are shared by every host the site answers on (unlike whole pages, kinews/pagecache.py `url_key`): a
fragment holds host-relative addresses only, or has the origin (kinews/origin.py; `ORIGIN` in templates) in its
key, like the publisher's JSON-LD in templates/includes/seo_head.html.

Each process also keeps the entries it used last (LOCAL_ENTRIES), so a hot fragment costs no round trip to Redis;
they are checked against the same tag generations, which every process re-reads at least every
GENERATION_MEMO_SECONDS: an invalidation reaches all servers within that time.
"""

import hashlib
import logging
import threading
import time
from collections import OrderedDict
from collections.abc import Callable, Iterable
from typing import Any

from django.conf import settings
from django.core.cache import cache
from django.http import HttpRequest

from kinews import pagecache

log = logging.getLogger(__name__)

Compute = Callable[[], tuple[Any, Iterable[str]]]

LOCAL_ENTRIES = 1000
_local: OrderedDict[str, dict] = OrderedDict()
_local_lock = threading.Lock()


def _read(cache_key: str) -> dict | None:
    with _local_lock:
        entry = _local.get(cache_key)
        if entry is not None:
            _local.move_to_end(cache_key)
    if entry is None or entry["expires"] <= time.time():
        entry = cache.get(cache_key)
        if entry is not None:
            _remember(cache_key, entry)
    return entry


def _remember(cache_key: str, entry: dict) -> None:
    with _local_lock:
        _local[cache_key] = entry
        _local.move_to_end(cache_key)
        while len(_local) > LOCAL_ENTRIES:
            _local.popitem(last=False)


def forget_local() -> None:
    """Drop this process's copies of fragments and of tag generations (tests and benches, after clearing the
    shared cache: a remembered generation would otherwise outlive the cleared one)."""
    with _local_lock:
        _local.clear()
    pagecache.forget_local_generations()


def cached_fragment(request: HttpRequest | None, key: tuple, compute: Compute) -> Any:
    """The value of `compute()` (a rendered fragment or other small data) for `key`, from the cache if current."""
    lifetime = min(settings.FRAGMENT_CACHE_SECONDS, settings.PUBLIC_CACHE_SECONDS)
    if lifetime <= 0:
        value, tags = compute()
        pagecache.shown(request, tags, time.time())
        return value
    # The name stays readable; the rest may hold any characters (e.g. an image's `sizes`), so it is hashed.
    parts = hashlib.sha256("\x00".join(str(part) for part in key[1:]).encode()).hexdigest()[:32]
    cache_key = f"fragment:{settings.RELEASE}:{key[0]}:{parts}"
    try:
        entry = _read(cache_key)
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
        entry = {"value": value, "tags": pagecache.current_generations(tags), "as_of": as_of,
                 "expires": as_of + lifetime}
        cache.set(cache_key, entry, lifetime)
        _remember(cache_key, entry)
    except Exception:
        log.warning("fragment cache write failed", exc_info=True)
    return value
