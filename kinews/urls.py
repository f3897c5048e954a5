from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.contrib import admin
from django.contrib.sitemaps import views as sitemap_views
from django.urls import include, path
from django.views.static import serve

from api.api import api
from articles.sitemaps import NewsSitemap, sitemaps
from articles.views import robots_txt
from kinews import views

SITEMAPS = sitemaps()

urlpatterns = [
    path("healthz", views.healthz, name="healthz"),
    path("livez", views.livez, name="livez"),
    path("robots.txt", robots_txt, name="robots"),
    path("sitemap.xml", sitemap_views.index, {"sitemaps": SITEMAPS, "sitemap_url_name": "sitemap-section"},
         name="sitemap-index"),
    # Before the general pattern: the index links the "news" section here, with Google News' own format.
    path("sitemap-news.xml", sitemap_views.sitemap,
         {"sitemaps": {"news": NewsSitemap()}, "section": "news", "template_name": "sitemaps/news.xml"}),
    path("sitemap-<section>.xml", sitemap_views.sitemap, {"sitemaps": SITEMAPS}, name="sitemap-section"),
    path(settings.ADMIN_URL, admin.site.urls),
    # Outside i18n_patterns: one stable address, the language is a parameter (?lang=de|en).
    path("api/v1/", api.urls),
]

if settings.SERVE_MEDIA:
    urlpatterns += [path("media/<path:path>", serve, {"document_root": settings.MEDIA_ROOT})]

urlpatterns += i18n_patterns(
    path("", include("articles.urls")),
    path("", include("recommendations.urls")),
    path("", include("pages.urls")),
    path("", include("consulting.urls")),
    path("", include("newsletter.urls")),
    prefix_default_language=False,
)

handler403 = "kinews.views.permission_denied"
handler404 = "kinews.views.page_not_found"
handler500 = "kinews.views.server_error"
