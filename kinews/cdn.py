"""A CDN in front of the site: what it may cache, for how long, and purging by tag when content changes.

The rule that holds end to end: no public response is older than PUBLIC_CACHE_SECONDS than its data. A page
for anonymous readers is rendered, may sit in the page cache (kinews/pagecache.py) and then in the CDN; so
the CDN is told to keep it only for what is left of the minute (`s-maxage`), counted from the render, not
from the moment the page cache hands it out. Browsers get `max-age=0` and revalidate with the ETag.

We lower `s-maxage` instead of sending an `Age` header because not every CDN honours an origin's Age.

Each such page names its cache tags in `Surrogate-Key` (Fastly, Varnish: space-separated) and `Cache-Tag`
(Cloudflare, Akamai: comma-separated). When tags are invalidated (pagecache.invalidate), `purge()` queues a
task that POSTs them to CDN_PURGE_URL, so a publish reaches the CDN within seconds instead of within the minute.
"""

import json
import logging
import math
import re
import time
import urllib.request
from collections.abc import Iterable

from django.conf import settings
from django.http import HttpRequest, HttpResponse
from django.tasks import task

from kinews import pagecache

log = logging.getLogger(__name__)

_S_MAXAGE = re.compile(r"s-maxage=\d+")


def _shareable(response: HttpResponse) -> bool:
    if response.status_code != 200 or response.cookies or response.has_header("Set-Cookie"):
        return False
    directives = {d.strip().split("=")[0].lower() for d in response.get("Cache-Control", "").split(",")}
    return not directives & {"private", "no-cache", "no-store"}


class CdnHeadersMiddleware:
    """Cache-Control and tag headers for pages anonymous readers share (those a view tagged for the page cache).

    Placed inside the page cache middleware, so the headers are stored with the page and a hit only has to
    lower `s-maxage` (served_from_cache).
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        response = self.get_response(request)
        tags = getattr(request, "cache_tags", None)
        if tags and pagecache.is_anonymous_read(request) and _shareable(response):
            # Counted from the oldest data the page shows (a cached fragment may be older than the render).
            age = int(time.time() - getattr(request, "data_as_of", time.time()))
            response["Cache-Control"] = f"public, max-age=0, s-maxage={max(0, settings.PUBLIC_CACHE_SECONDS - age)}"
            tags = sorted(tags | getattr(request, "shown_tags", set()))
            response["Surrogate-Key"] = " ".join(tags)
            response["Cache-Tag"] = ",".join(tags)
        return response


def served_from_cache(response: HttpResponse, *, age: float) -> None:
    """A page rendered `age` seconds ago: a CDN may keep it only for the rest of PUBLIC_CACHE_SECONDS."""
    cache_control = response.get("Cache-Control", "")
    if "s-maxage=" in cache_control:
        remaining = max(0, settings.PUBLIC_CACHE_SECONDS - math.ceil(age))
        response["Cache-Control"] = _S_MAXAGE.sub(f"s-maxage={remaining}", cache_control)


def purge(tags: Iterable[str]) -> None:
    """Ask the CDN to drop every page carrying one of `tags` (a background task; nothing without CDN_PURGE_URL)."""
    tags = sorted(set(tags))
    if settings.CDN_PURGE_URL and tags:
        purge_tags.enqueue(tags)


@task()
def purge_tags(tags: list[str]) -> int:
    """POST {"tags": [...]} to CDN_PURGE_URL (Cloudflare's purge-by-tag request; the same tags go in a
    Surrogate-Key header for Fastly-style endpoints). A failed purge is only logged: the page's s-maxage still
    ends its life in the CDN within PUBLIC_CACHE_SECONDS."""
    headers = {"Content-Type": "application/json", "Surrogate-Key": " ".join(tags)}
    if settings.CDN_PURGE_TOKEN:
        headers["Authorization"] = f"Bearer {settings.CDN_PURGE_TOKEN}"
    request = urllib.request.Request(settings.CDN_PURGE_URL, data=json.dumps({"tags": tags}).encode(),
                                     headers=headers, method="POST")
    with urllib.request.urlopen(request, timeout=10) as response:
        return response.status
