"""The editorial start page: where authors and editors land after logging in (settings.ADMIN_START_PAGES).

What to do next, in one page: my drafts (with what they still need to be published), scheduled articles with their
readiness checks, recently published articles with their views of the last days, and articles whose English
version is missing or out of date. Authors see their own articles, editors everyone's. A fixed number of queries.
"""

from django.conf import settings
from django.core.exceptions import PermissionDenied
from django.db.models import Q
from django.template.response import TemplateResponse
from django.urls import path
from django.utils import timezone
from django.utils.translation import gettext as _

from articles.models import Article
from articles.scheduling import schedule_warnings
from articles.translation_status import MISSING, STALE, STATUS_LABELS, TRANSLATIONS, with_status

START_PAGE_ROWS = 10  # per list; the full lists are one click away in the article list
VIEW_DAYS = 7


def missing_to_publish(article: Article) -> list[str]:
    """What a draft still needs before it can be published (articles/admin_forms.py asks for the same)."""
    missing = [] if article.title_de else [_("title")]
    missing += [] if article.category_id else [_("category")]
    missing += [] if (article.teaser_de or "").strip() else [_("teaser")]
    missing += [] if article.body_de else [_("body")]
    return missing


class StartPageAdminMixin:
    """For ArticleAdmin. The recommendations app adds the views (`views_in_last_days`)."""

    def get_urls(self):
        own = [path("editorial/", self.admin_site.admin_view(self.dashboard_view), name="articles_article_dashboard")]
        return own + super().get_urls()

    def views_in_last_days(self, article_ids: list[int], days: int) -> dict[int, int] | None:
        """Reader views per article in the last `days` days; None where this admin does not count views."""
        return None

    def dashboard_view(self, request):
        if not self.has_view_or_change_permission(request):
            raise PermissionDenied
        articles = self.get_queryset(request).select_related("category", "author")
        mine = Q(author__user=request.user) | Q(updated_by=request.user)
        drafts = [(article, missing_to_publish(article)) for article in
                  articles.filter(mine, status=Article.Status.DRAFT).order_by("-updated_at")[:START_PAGE_ROWS]]
        scheduled = [(article, schedule_warnings(article))
                     for article in articles.scheduled().order_by("published_at")[:START_PAGE_ROWS]]
        published = list(articles.readable(settings.LANGUAGE_CODE).order_by("-published_at", "-pk")[:START_PAGE_ROWS])
        views = self.views_in_last_days([article.pk for article in published], VIEW_DAYS)
        code = TRANSLATIONS[0]
        translations = [(state, STATUS_LABELS[state],
                         with_status(articles, code, state).order_by("-published_at", "-pk")[:START_PAGE_ROWS])
                        for state in (MISSING, STALE)]
        context = {
            **self.admin_site.each_context(request),
            "opts": self.model._meta,
            "title": _("Good to see you, %(name)s") % {"name": request.user.first_name or request.user.get_username()},
            "drafts": drafts,
            "scheduled": scheduled,
            "published": [(article, views.get(article.pk, 0) if views is not None else None) for article in published],
            "counts_views": views is not None,
            "view_days": VIEW_DAYS,
            "translations": translations,
            "can_add": self.has_add_permission(request),
            "time_zone": timezone.get_current_timezone_name(),
        }
        return TemplateResponse(request, "admin/articles/article/dashboard.html", context)
