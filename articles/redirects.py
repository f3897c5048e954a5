"""Links that survive: moved pages answer 301 to their new address, deleted articles 410 Gone.

Addresses are recorded when they change (articles.signals) and looked up only for requests that would
otherwise be a 404, so ordinary pages pay nothing.
"""

import logging

from django.conf import settings
from django.http import HttpRequest, HttpResponse, HttpResponsePermanentRedirect
from django.shortcuts import render
from django.utils import translation
from django.utils.encoding import escape_uri_path

from articles.models import GonePath, Redirect
from kinews.paths import is_site_path

logger = logging.getLogger(__name__)


def paths_by_language(obj) -> dict[str, str]:
    """{language: path} of the object's page in every language."""
    paths = {}
    for code, _name in settings.LANGUAGES:
        with translation.override(code):
            paths[code] = obj.get_absolute_url()
    return paths


def remember_move(old_path: str, new_path: str) -> None:
    """From now on `old_path` answers 301 to `new_path`, and so does every address that pointed to `old_path`."""
    if old_path == new_path:
        return
    # The new address is live (again): it must not redirect or be gone.
    Redirect.objects.filter(old_path=new_path).delete()
    GonePath.objects.filter(path=new_path).delete()
    # No chains: older addresses jump straight to the newest one.
    Redirect.objects.filter(new_path=old_path).update(new_path=new_path)
    Redirect.objects.update_or_create(old_path=old_path, defaults={"new_path": new_path})


def remember_moves(old: dict[str, str], new: dict[str, str]) -> None:
    for code, old_path in old.items():
        remember_move(old_path, new[code])


def remember_gone(paths: list[str]) -> None:
    """These addresses (and all that redirected to them) now answer 410 Gone."""
    paths = list(paths) + list(Redirect.objects.filter(new_path__in=paths).values_list("old_path", flat=True))
    Redirect.objects.filter(old_path__in=paths).delete()
    Redirect.objects.filter(new_path__in=paths).delete()
    for path in paths:
        GonePath.objects.get_or_create(path=path)


class LinkKeeperMiddleware:
    """Turns a 404 into a 301 for a recorded old address, or into a 410 for a deleted article."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        response = self.get_response(request)
        if response.status_code != 404:
            return response
        # Stored paths come from reverse() (percent-encoded); request.path is decoded.
        paths = {request.path, escape_uri_path(request.path)}
        target = Redirect.objects.filter(old_path__in=paths).values_list("new_path", flat=True).first()
        if target and not is_site_path(target):
            logger.warning("Redirect from %s ignored: its target is not a path on this site", request.path)
            target = None
        if target:
            query = request.META.get("QUERY_STRING", "")
            if query:
                target += ("&" if "?" in target else "?") + query
            return HttpResponsePermanentRedirect(target)
        if GonePath.objects.filter(path__in=paths).exists():
            return render(request, "410.html", status=410)
        return response
