import base64
import logging

from django.conf import settings
from django.db import DatabaseError
from django.db.models import Count, Q
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404
from django.urls import translate_url
from django.utils import timezone, translation
from django.utils.cache import add_never_cache_headers
from django.utils.translation import gettext as _
from django.views.decorators.http import require_safe
from django.views.generic import DetailView, ListView, TemplateView
from taggit.models import Tag

from articles.models import Article, Author, Category
from articles.popularity import BEACON_MAX_AGE, is_countable, record_view
from articles.related import related_articles

logger = logging.getLogger(__name__)
# The smallest transparent GIF: what the view-counting beacon answers.
PIXEL = base64.b64decode("R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7")


def alternates_for(obj=None, path: str = "") -> list[tuple[str, str]]:
    """(language, absolute path) of this page in every language: the object's own URL, else the path translated."""
    result = []
    for code, _name in settings.LANGUAGES:
        if obj is not None:
            with translation.override(code):
                result.append((code, obj.get_absolute_url()))
        else:
            result.append((code, translate_url(path, code)))
    return result


class AlternatesMixin:
    """Puts the page's language alternates (switcher and hreflang) into the context."""

    alternates_object_name: str | None = None

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        obj = getattr(self, self.alternates_object_name) if self.alternates_object_name else None
        context["alternates"] = alternates_for(obj, self.request.path)
        return context


class HomeView(AlternatesMixin, TemplateView):
    template_name = "articles/home.html"
    latest_count = 8  # the lead, three beside it, a row of four
    per_category = 4

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        published = Article.objects.published()
        latest = list(published.for_cards()[: self.latest_count])
        rows: dict[int, list[Article]] = {}
        for article in published.latest_per_category(self.per_category):
            rows.setdefault(article.category_id, []).append(article)
        categories = list(Category.objects.all())
        month_ago = timezone.now() - timezone.timedelta(days=30)
        hot = (
            Category.objects.annotate(
                recent=Count("articles", filter=Q(articles__in=published.filter(published_at__gte=month_ago)))
            )
            .filter(recent__gt=0)
            .order_by("-recent", "order")[:4]
        )
        context.update(
            lead=latest[0] if latest else None,
            latest=latest[1:],
            category_rows=[(category, rows[category.pk]) for category in categories if category.pk in rows],
            hot_categories=hot,
        )
        return context


class ArticleListView(AlternatesMixin, ListView):
    """A paginated list of published articles; subclasses narrow it and describe the page."""

    template_name = "articles/article_list.html"
    context_object_name = "articles"

    def get_paginate_by(self, queryset):
        return settings.ARTICLES_PER_PAGE

    def get_queryset(self):
        return Article.objects.published().for_cards()


class ArchiveView(ArticleListView):
    def get_context_data(self, **kwargs):
        return super().get_context_data(heading=_("All articles"), **kwargs)


class CategoryView(ArticleListView):
    alternates_object_name = "category"

    def get_queryset(self):
        self.category = get_object_or_404(Category, slug=self.kwargs["slug"])
        return super().get_queryset().filter(category=self.category)

    def get_context_data(self, **kwargs):
        return super().get_context_data(
            heading=self.category.name,
            intro=self.category.description,
            kicker=_("Category"),
            current_category=self.category,
            **kwargs,
        )


class HashtagView(ArticleListView):
    # Hashtags are the same in both languages, so the path itself translates.

    def get_queryset(self):
        self.tag = get_object_or_404(Tag, slug=self.kwargs["slug"])
        return super().get_queryset().filter(tags=self.tag)

    def get_context_data(self, **kwargs):
        return super().get_context_data(heading=f"#{self.tag.name}", kicker=_("Hashtag"), **kwargs)


class AuthorView(ArticleListView):
    template_name = "articles/author_detail.html"
    alternates_object_name = "author"

    def get_queryset(self):
        self.author = get_object_or_404(Author, slug=self.kwargs["slug"])
        return super().get_queryset().filter(author=self.author)

    def get_context_data(self, **kwargs):
        return super().get_context_data(author=self.author, heading=self.author.name, **kwargs)


class ArticleDetailView(AlternatesMixin, DetailView):
    template_name = "articles/article_detail.html"
    context_object_name = "article"
    alternates_object_name = "object"

    def get_queryset(self):
        articles = Article.objects.for_detail()
        if self.is_preview_allowed():
            return articles
        return articles.published()

    def is_preview_allowed(self) -> bool:
        user = self.request.user
        return user.is_authenticated and user.is_staff and user.has_perm("articles.view_article")

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        article = self.object
        context.update(
            is_preview=not article.is_live,
            current_category=article.category,
            related=related_articles(article=article, language=translation.get_language()),
        )
        return context

    def render_to_response(self, context, **kwargs):
        response = super().render_to_response(context, **kwargs)
        if context["is_preview"]:
            add_never_cache_headers(response)
            response["X-Robots-Tag"] = "noindex, nofollow"
        return response


@require_safe
def count_view(request: HttpRequest, pk: int) -> HttpResponse:
    """The view-counting beacon: a 1x1 image requested by the article page, so cached pages count too.

    Sets no cookie and keeps nothing about the reader. Counting must never fail the image: errors are logged.
    """
    if request.method == "GET" and is_countable(request):  # HEAD: link checkers
        try:
            record_view(article_id=pk, language=translation.get_language())
        except DatabaseError:
            logger.exception("Could not count a view of article %s", pk)
    response = HttpResponse(PIXEL, content_type="image/gif")
    response["Cache-Control"] = f"private, max-age={BEACON_MAX_AGE}"
    response["X-Robots-Tag"] = "noindex"
    return response
