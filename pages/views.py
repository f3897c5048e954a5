from django.conf import settings
from django.shortcuts import get_object_or_404, render

from articles.seo import alternates, page_meta
from kinews.pagecache import tag_request
from kinews.privacy import inventory
from pages.models import Page


def page_by_key(request, key: str):
    """A page with a fixed role (Impressum, Datenschutz, ...), whatever its slug."""
    page = get_object_or_404(Page.objects.published(), key=key)
    return _render(request, page)


def page_by_slug(request, slug: str):
    page = get_object_or_404(Page.objects.published(), slug=slug)
    return _render(request, page)


def _render(request, page: Page):
    tag_request(request, "site", f"page:{page.pk}")
    context = {
        "page": page,
        "alternates": alternates(page),
        "seo": page_meta(request, title=f"{page.title} | {settings.SITE_NAME}", description=page.seo_description),
        "personal_data": inventory() if page.key == Page.Key.PRIVACY else None,
    }
    return render(request, "pages/page.html", context)
