from django.contrib import admin
from django.core.cache import cache
from django.db import DatabaseError, connection
from django.http import HttpRequest, HttpResponse, JsonResponse
from django.shortcuts import render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views import defaults
from django.views.decorators.cache import never_cache

# Why a cache outage is "degraded", not "down": Redis is shared by every app server. Failing all their health
# checks would make the load balancer drop every server at once, although each still renders pages from the
# database (slower) and keeps every form submission. The database is what a server cannot work without.
CACHE_DEGRADED = ("unavailable: pages are rendered without the cache (slower), public forms hold what they "
                  "cannot rate-limit; still serving, so the answer stays 200")


def _database_answers() -> bool:
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
            cursor.fetchone()
    except DatabaseError:
        return False
    return True


def _cache_answers() -> bool:
    try:
        cache.get("healthz:probe")
    except Exception:  # the Redis client's errors; the socket timeouts in CACHES keep this short
        return False
    return True


@never_cache
def healthz(request: HttpRequest) -> HttpResponse:
    """Load balancers and monitoring ask here: 503 when the database does not answer, else 200, with the
    state of each dependency in the body ("degraded" while the cache is down)."""
    database, cache_ok = _database_answers(), _cache_answers()
    body = {
        "status": "ok" if database and cache_ok else ("degraded" if database else "unavailable"),
        "database": "ok" if database else "unavailable",
        "cache": "ok" if cache_ok else CACHE_DEGRADED,
    }
    return JsonResponse(body, status=200 if database else 503)


def livez(request: HttpRequest) -> HttpResponse:
    """Liveness: the process answers. No database, no templates – also the baseline of bench/pages."""
    return HttpResponse("ok\n", content_type="text/plain")


def page_not_found(request: HttpRequest, exception: Exception) -> HttpResponse:
    return render(request, "404.html", status=404)


def permission_denied(request: HttpRequest, exception: Exception) -> HttpResponse:
    """In the admin, an admin page in German that says why, e.g. "This article is not yours"; elsewhere Django's."""
    if not request.path.startswith(reverse("admin:index")):
        return defaults.permission_denied(request, exception)
    context = {**admin.site.each_context(request), "title": _("No access"),
               "reason": str(exception) if exception and exception.args else ""}
    return render(request, "admin/403.html", context, status=403)


def server_error(request: HttpRequest) -> HttpResponse:
    # Rendered without a RequestContext so a broken database or context processor cannot break it too.
    from django.template import loader

    return HttpResponse(loader.get_template("500.html").render(), status=500)
