from django.urls import path
from django.utils.translation import pgettext_lazy

from pages import views

app_name = "pages"

urlpatterns = [
    path(pgettext_lazy("url", "legal-notice/"), views.page_by_key, {"key": "imprint"}, name="imprint"),
    path(pgettext_lazy("url", "privacy/"), views.page_by_key, {"key": "privacy"}, name="privacy"),
    path(pgettext_lazy("url", "about/"), views.page_by_key, {"key": "about"}, name="about"),
    path(pgettext_lazy("url", "consulting/"), views.page_by_key, {"key": "consulting"}, name="consulting"),
    path(pgettext_lazy("url", "page/<slug:slug>/"), views.page_by_slug, name="page"),
]
