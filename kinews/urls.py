from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.contrib import admin
from django.urls import include, path
from django.views.static import serve

from articles.api import api
from kinews import views

admin.site.site_header = "kinews – Redaktion"
admin.site.site_title = "kinews"

urlpatterns = [
    path("healthz", views.healthz, name="healthz"),
    path("livez", views.livez, name="livez"),
    path(settings.ADMIN_URL, admin.site.urls),
    # Outside i18n_patterns: one stable address, the language is a parameter (?lang=de|en).
    path("api/v1/", api.urls),
]

if settings.DEBUG:
    urlpatterns += [path("media/<path:path>", serve, {"document_root": settings.MEDIA_ROOT})]

urlpatterns += i18n_patterns(
    path("", include("articles.urls")),
    path("", include("pages.urls")),
    path("", include("consulting.urls")),
    prefix_default_language=False,
)

handler404 = "kinews.views.page_not_found"
handler500 = "kinews.views.server_error"
