"""Protection for public forms without cookies.

Anonymous readers get no cookies (pages stay cacheable by any proxy, no consent banner), so forms on
public pages cannot use Django's cookie-based CSRF token. Instead, as Go's net/http CrossOriginProtection
and django-modern-csrf do:

1. the browser's Fetch-metadata (`Sec-Fetch-Site`) or, from older browsers, the `Origin` header must say the
   POST comes from our own site; requests carrying neither header are not from a browser form on another
   site (every current browser sends one of them on a cross-site POST), so they pass;
2. a signed, expiring form timestamp must come back with the POST. It proves the form was fetched from us
   and doubles as the spam time trap: bots that post within a second of loading are refused.

Views using this are `csrf_exempt` (there is no cookie to compare against) and decorated with
`cross_origin_protect`; their forms subclass `StampedForm`.
"""

import time
from functools import wraps
from urllib.parse import urlsplit

from django import forms
from django.conf import settings
from django.core import signing
from django.http import HttpRequest, HttpResponseForbidden
from django.utils.crypto import salted_hmac
from django.utils.translation import gettext_lazy as _
from django.views.decorators.csrf import csrf_exempt

_STAMP_SALT = "kinews.forms_security.stamp"


def is_same_origin_request(request: HttpRequest) -> bool:
    """True unless the browser tells us the request was made by another site."""
    fetch_site = request.headers.get("Sec-Fetch-Site")
    if fetch_site is not None:
        # "none" is a user typing the address or using a bookmark; never a cross-site form.
        return fetch_site in ("same-origin", "none")
    origin = request.headers.get("Origin")
    if origin is None:
        return True
    if origin == "null":
        return False
    trusted = {f"{request.scheme}://{request.get_host()}", *settings.CSRF_TRUSTED_ORIGINS}
    parts = urlsplit(origin)
    return f"{parts.scheme}://{parts.netloc}" in trusted


def cross_origin_protect(view):
    """Refuse POSTs that other sites' pages make browsers send; the view needs no CSRF cookie."""

    @wraps(view)
    def wrapped(request, *args, **kwargs):
        if request.method == "POST" and not is_same_origin_request(request):
            return HttpResponseForbidden(_("This form can only be sent from our own pages."))
        return view(request, *args, **kwargs)

    # No cookie to check against: the Fetch-metadata/Origin check above replaces Django's CSRF check.
    return csrf_exempt(wrapped)


def make_stamp(now: float | None = None) -> str:
    """A signed timestamp for a form's hidden field."""
    return signing.Signer(salt=_STAMP_SALT).sign(str(int(time.time() if now is None else now)))


def stamp_age(stamp: str) -> float | None:
    """Seconds since the stamp was made, or None when it is not one of ours."""
    try:
        issued = int(signing.Signer(salt=_STAMP_SALT).unsign(stamp))
    except (signing.BadSignature, ValueError, TypeError):
        return None
    return time.time() - issued


class StampedForm(forms.Form):
    """A form with the signed timestamp (time trap) and an invisible honeypot field."""

    stamp = forms.CharField(widget=forms.HiddenInput, required=False)
    # Humans never see this field (hidden by CSS and aria-hidden); simple bots fill every field.
    website = forms.CharField(required=False, label=_("Leave this field empty"), max_length=200)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if not self.is_bound:
            self.initial.setdefault("stamp", make_stamp())

    def clean(self):
        cleaned = super().clean()
        age = stamp_age(self.data.get("stamp", ""))
        if age is None or age > settings.FORM_STAMP_MAX_AGE:
            raise forms.ValidationError(
                _("This form has expired. Please send it again."), code="stamp_expired"
            )
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


def client_ip(request: HttpRequest) -> str:
    """The client's IP address; behind N trusted proxies, the address the outermost of them saw."""
    proxies = settings.TRUSTED_PROXY_COUNT
    if proxies:
        forwarded = [part.strip() for part in request.headers.get("X-Forwarded-For", "").split(",") if part.strip()]
        if len(forwarded) >= proxies:
            return forwarded[-proxies]
    return request.META.get("REMOTE_ADDR", "")


def hashed(value: str, purpose: str) -> str:
    """A keyed hash (HMAC with SECRET_KEY) of a personal value such as an IP address: stable, not reversible."""
    return salted_hmac(f"kinews.{purpose}", value, algorithm="sha256").hexdigest()
