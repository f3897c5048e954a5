from django.conf import settings
from django.http import HttpRequest

from kinews.origin import origin


def site(request: HttpRequest) -> dict:
    # ORIGIN: scheme and host of this request, for absolute links in the page (kinews/origin.py).
    return {"SITE_NAME": settings.SITE_NAME, "ORIGIN": origin(request)}
