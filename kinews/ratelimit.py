"""A fixed-window rate limit per client, counted in the shared cache (works across several app servers).

Clients are told apart by a salted hash of their address, so no IP address is stored, not even in the cache.
When the cache cannot count (Redis down), limits fail closed: the count is UNCOUNTED, above every limit, and
each caller decides what "over the limit" means without losing what the visitor sent.
"""

import logging
import sys
import time
from functools import wraps

from django.conf import settings
from django.core.cache import cache
from django.http import JsonResponse

from kinews.clients import client_key

log = logging.getLogger(__name__)

# The count reported when the shared cache cannot count: more than any limit.
UNCOUNTED = sys.maxsize


def count_in_window(key: str, window: int) -> int:
    """Count one more event under `key` and return how many happened in the current window of `window` s.

    Counted in the shared cache, so the count holds across app servers (Redis in production). If the cache
    fails, UNCOUNTED: a limit that cannot be checked counts as exceeded (fails closed).
    """
    try:
        cache.add(key, 0, timeout=window)
        try:
            return cache.incr(key)
        except ValueError:  # expired or evicted between add() and incr()
            cache.set(key, 1, timeout=window)
            return 1
    except Exception:  # Redis unreachable, timed out, out of memory, ...
        log.warning("rate limit not counted (cache unavailable); treated as exceeded", exc_info=True)
        return UNCOUNTED


def rate_limited(view):
    """Answer 429 with Retry-After once a client made `API_RATE_LIMIT` requests in the current window.

    While the counter is unavailable every request is over the limit: 503, try again shortly.
    """

    @wraps(view)
    def wrapper(request, *args, **kwargs):
        limit, window = settings.API_RATE_LIMIT, settings.API_RATE_WINDOW
        now = int(time.time())
        window_start = now - now % window
        count = count_in_window(f"ratelimit:{client_key(request, 'api')}:{window_start}", window + 5)
        if count == UNCOUNTED:
            response = JsonResponse({"detail": "Temporarily unavailable. Please try again shortly."}, status=503)
            response["Retry-After"] = "30"
            return response
        if count > limit:
            response = JsonResponse({"detail": "Too many requests. Please slow down."}, status=429)
            response["Retry-After"] = str(max(1, window_start + window - now))
            return response
        return view(request, *args, **kwargs)

    return wrapper
