"""A fixed-window rate limit per client, counted in the shared cache (works across several app servers).

Clients are told apart by a salted hash of their address, so no IP address is stored, not even in the cache.
"""

import time
from functools import wraps

from django.conf import settings
from django.core.cache import cache
from django.http import JsonResponse

from kinews.clients import client_key


def rate_limited(view):
    """Answer 429 with Retry-After once a client made `API_RATE_LIMIT` requests in the current window."""

    @wraps(view)
    def wrapper(request, *args, **kwargs):
        limit, window = settings.API_RATE_LIMIT, settings.API_RATE_WINDOW
        now = int(time.time())
        window_start = now - now % window
        key = f"ratelimit:{client_key(request, 'api')}:{window_start}"
        cache.add(key, 0, timeout=window + 5)
        try:
            count = cache.incr(key)
        except ValueError:  # evicted between add() and incr()
            cache.set(key, 1, timeout=window + 5)
            count = 1
        if count > limit:
            response = JsonResponse({"detail": "Too many requests. Please slow down."}, status=429)
            response["Retry-After"] = str(max(1, window_start + window - now))
            return response
        return view(request, *args, **kwargs)

    return wrapper
