"""Protection for POST forms on public pages, which cannot use Django's cookie-based CSRF token.

Anonymous readers get no cookies (pages stay cacheable by any proxy, no consent banner), so public forms are
protected instead, as Go's net/http CrossOriginProtection and django-modern-csrf do:

1. Fetch metadata / Origin (`is_cross_site`, `cross_origin_protect`): browsers send `Sec-Fetch-Site` with every
   request; a forged cross-site POST says `cross-site` or `same-site`. Older browsers send `Origin`, which must
   then be our own. Requests with neither header do not come from a browser (curl, scripts) and cannot be CSRF.
2. A signed, expiring timestamp in a hidden field (`form_token`/`check_form_token`, and `StampedForm` built on
   them). It proves the form came from us and doubles as the spam time trap: humans need a few seconds.
3. Per-client counters in the shared cache (`count_submission`), keyed by a keyed hash of the IP address.

Views using this are `csrf_exempt` (there is no cookie to compare against).
"""

import secrets
import time
from functools import wraps
from urllib.parse import urlsplit

from django import forms
from django.conf import settings
from django.core import signing
from django.http import HttpRequest, HttpResponseForbidden
from django.utils.translation import gettext_lazy as _
from django.views.decorators.csrf import csrf_exempt

from kinews.clients import client_ip, client_key, hashed  # noqa: F401  (re-exported for the form apps)
from kinews.ratelimit import count_in_window

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


def is_same_origin_request(request: HttpRequest) -> bool:
    return not is_cross_site(request)


def _normalised(origin: str) -> str:
    parts = urlsplit(origin)
    return f"{parts.scheme}://{parts.netloc}" if parts.scheme and parts.netloc else "null"


def cross_origin_protect(view):
    """Refuse POSTs that other sites' pages make browsers send; the view needs no CSRF cookie."""

    @wraps(view)
    def wrapped(request, *args, **kwargs):
        if request.method == "POST" and is_cross_site(request):
            return HttpResponseForbidden(_("This form can only be sent from our own pages."))
        return view(request, *args, **kwargs)

    # No cookie to check against: the Fetch-metadata/Origin check above replaces Django's CSRF check.
    return csrf_exempt(wrapped)


# --- Signed timestamps -------------------------------------------------------------------------------------


def form_token(purpose: str, now: float | None = None, *, unique: bool = False) -> str:
    """A signed token with the time the form was rendered, to be put in a hidden field.

    By default in whole seconds, so the same page within a second is identical (cached pages and fragments);
    `unique` adds a random part, for forms whose token may be used only once (the consulting form).
    """
    issued = int(time.time() if now is None else now)
    payload = f"{issued}.{secrets.token_urlsafe(12)}" if unique else issued
    return signing.dumps(payload, salt=f"kinews.forms.{purpose}", compress=False)


def token_age(token: str, purpose: str) -> float | None:
    """Seconds since the token was made, or None when it is not one of ours."""
    try:
        payload = signing.loads(token, salt=f"kinews.forms.{purpose}")
        issued = float(payload.split(".", 1)[0] if isinstance(payload, str) else payload)
    except (signing.BadSignature, TypeError, ValueError):
        return None
    return time.time() - issued


def check_form_token(token: str, purpose: str, *, min_seconds: float, max_age: float) -> str:
    """"" if the token is ours and the form took a plausible time, else the reason it looks automated."""
    if not token:
        return "token-missing"
    age = token_age(token, purpose)
    if age is None:
        return "token-invalid"
    if age > max_age:
        return "token-expired"
    if age < min_seconds:
        return "too-fast"
    return ""


_STAMP_PURPOSE = "stamp"


_stamp_memo: tuple[int, str] = (0, "")


def make_stamp(now: float | None = None) -> str:
    """The signed timestamp of a `StampedForm`; one per second and process, since stamps have whole seconds."""
    global _stamp_memo
    if now is not None:
        return form_token(_STAMP_PURPOSE, now)
    second = int(time.time())
    if _stamp_memo[0] != second:
        _stamp_memo = (second, form_token(_STAMP_PURPOSE, second))
    return _stamp_memo[1]


def stamp_age(stamp: str) -> float | None:
    return token_age(stamp, _STAMP_PURPOSE)


class StampedForm(forms.Form):
    """A form with the signed timestamp (time trap) and an invisible honeypot field."""

    stamp = forms.CharField(widget=forms.HiddenInput, required=False)
    # Humans never see this field (hidden by CSS and aria-hidden); simple bots fill every field.
    website = forms.CharField(
        required=False, label=_("Leave this field empty"), max_length=200,
        # Out of the tab order too: keyboard users never land in the hidden field.
        widget=forms.TextInput(attrs={"tabindex": "-1", "autocomplete": "off"}),
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if not self.is_bound:
            self.initial.setdefault("stamp", make_stamp())

    def clean(self):
        cleaned = super().clean()
        age = stamp_age(self.data.get("stamp", ""))
        if age is None or age > settings.FORM_STAMP_MAX_AGE:
            raise forms.ValidationError(_("This form has expired. Please send it again."), code="stamp_expired")
        if age < settings.FORM_STAMP_MIN_AGE or self.data.get("website"):
            raise forms.ValidationError(
                _("That was very fast. Please check your entries and send the form again."), code="too_fast"
            )
        return cleaned

    def refresh_stamp(self) -> None:
        """Give a re-displayed form a fresh stamp so the reader can simply send it again."""
        data = self.data.copy()
        data["stamp"] = make_stamp()
        self.data = data


# --- Rate counters -----------------------------------------------------------------------------------------


def count_submission(request: HttpRequest, purpose: str, *, window: int) -> int:
    """Count this submission for the client and return how many it made within `window` seconds."""
    return count_in_window(f"forms:rate:{purpose}:{client_key(request)}", window)
