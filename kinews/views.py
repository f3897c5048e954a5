from django.contrib import admin
from django.db import DatabaseError, connection
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views import defaults
from django.views.decorators.cache import never_cache


@never_cache
def healthz(request: HttpRequest) -> HttpResponse:
    """Load balancers ask here: 200 while the database answers, 503 when it does not."""
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
            cursor.fetchone()
    except DatabaseError:
        return HttpResponse("database unavailable\n", status=503, content_type="text/plain")
    return HttpResponse("ok\n", content_type="text/plain")


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
