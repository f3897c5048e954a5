"""Which articles readers may see, and the shapes in which pages load them."""

from django.conf import settings
from django.db import models
from django.db.models import F, Q
from django.db.models.functions import RowNumber
from django.utils import timezone, translation

# An article is complete in a language when these texts exist in it.
TRANSLATION_REQUIRED_FIELDS = ("title", "teaser", "body")

CARD_DEFERRED_FIELDS = ("body", "body_de", "body_en", "search_de", "search_en")


def reader_language(language: str | None = None) -> str:
    """`language` or the active one, if it is one of the site's languages; else the default language."""
    language = language or translation.get_language()
    return language if language in dict(settings.LANGUAGES) else settings.LANGUAGE_CODE


def complete_in(language: str) -> Q:
    """Articles complete in `language`: readers of a language never get a half-written page.

    The same three texts in every language, German included: a draft may lack its teaser or body, and publishing
    asks for them (articles/admin_forms.py). `> ""` is false for both NULL and the empty string, in SQLite and
    PostgreSQL alike.
    """
    return Q(**{f"{field}_{language}__gt": "" for field in TRANSLATION_REQUIRED_FIELDS})


class ArticleQuerySet(models.QuerySet):
    def readable(self, language: str | None = None, *, at=None) -> "ArticleQuerySet":
        """THE definition of what readers of `language` (default: the active one) may see: published, its
        publication time reached, and complete in German and in that language. `Article.is_readable()` is the same
        rule for one loaded article.

        `at` is the moment to check instead of now; `F("published_at")` asks what will be readable once due.
        """
        return self.filter(
            Q(status=self.model.Status.PUBLISHED, published_at__lte=timezone.now() if at is None else at)
            & complete_in(settings.LANGUAGE_CODE)  # the source language first: every other one is stricter
            & complete_in(reader_language(language))
        )

    def scheduled(self) -> "ArticleQuerySet":
        """Readable once due, but not yet: what goes live by itself."""
        return self.readable(settings.LANGUAGE_CODE, at=F("published_at")).filter(published_at__gt=timezone.now())

    def for_cards(self) -> "ArticleQuerySet":
        """What a teaser card shows: category and author in the same query, newest first.

        Bodies and search documents are the bulk of a row and no card shows them: not loaded.
        """
        return (
            self.select_related("category", "author")
            .defer(*CARD_DEFERRED_FIELDS)
            .order_by("-published_at", "-pk")
        )

    def for_detail(self) -> "ArticleQuerySet":
        return (
            self.select_related("category", "author")
            .defer("search_de", "search_en")
            .prefetch_related("key_facts", "sources", "tags")
        )

    def latest_per_category(self, per_category: int, within_latest: int = 500) -> "ArticleQuerySet":
        """The newest `per_category` articles of every category, in one query (window function).

        Only the newest `within_latest` articles are ranked, so the query stays cheap on a large archive; a
        category without an article among them gets no row.
        """
        newest = self.order_by("-published_at", "-pk").values("pk")[:within_latest]
        return self.filter(pk__in=models.Subquery(newest)).for_cards().alias(
            rank=models.Window(
                RowNumber(), partition_by=[F("category_id")], order_by=[F("published_at").desc(), F("pk").desc()]
            )
        ).filter(rank__lte=per_category)
