"""Protection for POST forms on public pages, which cannot use Django's cookie-based CSRF token.

Anonymous readers get no cookies (see DESIGN.md), so public forms are protected by:

* Fetch metadata / Origin (`is_cross_site`): browsers send `Sec-Fetch-Site` with every request; a forged
  cross-site POST says `cross-site` or `same-site`. Older browsers send `Origin`, which must then be our own.
  Requests with neither header do not come from a browser (curl, scripts) and cannot be CSRF. This is the
  approach of Go's `http.CrossOriginProtection` and of django-modern-csrf.
* A signed, expiring form token (`form_token` / `check_form_token`) carrying the time the form was rendered.
  It proves the form came from us and doubles as the spam time trap: humans need more than a few seconds.
* A per-client rate counter (`count_submission`) in the Django cache, keyed by a keyed hash of the IP address,
  so no address is ever stored in clear.
"""

import time
from urllib.parse import urlsplit

from django.conf import settings
from django.core import signing
from django.core.cache import cache
from django.http import HttpRequest
from django.utils.crypto import salted_hmac

SAFE_FETCH_SITES = {"same-origin", "none"}  # "none": typed into the address bar or a bookmark


def is_cross_site(request: HttpRequest) -> bool:
    """True if a browser tells us this request was made by another site."""
    fetch_site = request.headers.get("Sec-Fetch-Site")
    origin = request.headers.get("Origin")
    if fetch_site in SAFE_FETCH_SITES:
        return False
    if fetch_site:  # cross-site or same-site: only origins we explicitly trust (CSRF_TRUSTED_ORIGINS) pass
        return not origin or _normalised(origin) not in settings.CSRF_TRUSTED_ORIGINS
    if not origin:
        return False
    return _normalised(origin) not in {f"{request.scheme}://{request.get_host()}", *settings.CSRF_TRUSTED_ORIGINS}


def _normalised(origin: str) -> str:
    parts = urlsplit(origin)
    return f"{parts.scheme}://{parts.netloc}" if parts.scheme and parts.netloc else "null"


def form_token(purpose: str) -> str:
    """A signed token with the current time, to be put in a hidden field."""
    return signing.dumps(time.time(), salt=f"kinews.forms.{purpose}", compress=False)


def check_form_token(token: str, purpose: str, *, min_seconds: float, max_age: float) -> str:
    """"" if the token is ours and the form took a plausible time, else the reason it looks automated."""
    if not token:
        return "token-missing"
    try:
        issued = float(signing.loads(token, salt=f"kinews.forms.{purpose}", max_age=max_age))
    except signing.SignatureExpired:
        return "token-expired"
    except (signing.BadSignature, TypeError, ValueError):
        return "token-invalid"
    age = time.time() - issued
    if age > max_age:
        return "token-expired"
    if age < min_seconds:
        return "too-fast"
    return ""


def client_key(request: HttpRequest) -> str:
    """A keyed hash of the client's IP address; the address itself is not kept anywhere.

    REMOTE_ADDR is the peer address. Behind a load balancer, set it from the proxy's header in the proxy
    or with a trusted-proxy middleware; a client-supplied X-Forwarded-For is never trusted here.
    """
    address = request.META.get("REMOTE_ADDR", "")
    return salted_hmac("kinews.forms.client", address, algorithm="sha256").hexdigest()[:32]


def count_submission(request: HttpRequest, purpose: str, *, window: int) -> int:
    """Count this submission for the client and return how many it made within `window` seconds."""
    key = f"forms:rate:{purpose}:{client_key(request)}"
    if cache.add(key, 1, timeout=window):
        return 1
    try:
        return cache.incr(key)
    except ValueError:  # expired between add() and incr()
        cache.add(key, 1, timeout=window)
        return 1
