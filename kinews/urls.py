from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.contrib import admin
from django.urls import include, path
from django.views.static import serve

from kinews import views

urlpatterns = [
    path("healthz", views.healthz, name="healthz"),
    path(settings.ADMIN_URL, admin.site.urls),
]

if settings.DEBUG:
    urlpatterns += [path("media/<path:path>", serve, {"document_root": settings.MEDIA_ROOT})]

urlpatterns += i18n_patterns(
    path("", include("articles.urls")),
    path("", include("pages.urls")),
    path("", include("newsletter.urls")),
    prefix_default_language=False,
)

handler404 = "kinews.views.page_not_found"
handler500 = "kinews.views.server_error"
