"""What pages and the Content API read from this app: related articles (stored lists) and popular articles."""

from django.db.models import Case, IntegerField, Value, When

from articles.models import Article
from articles.querysets import reader_language
from recommendations.models import RelatedChoice
from recommendations.popularity import popular_articles
from recommendations.scoring import MAX_RELATED, MIN_RELATED

__all__ = ["popular_articles", "related_articles"]


def related_articles(*, article: Article, language: str | None = None, limit: int = MAX_RELATED) -> list[Article]:
    """The stored related list of `article` in `language` as cards: at most two queries, never empty.

    One query reads the stored list (only articles readers may see right now); when it holds fewer than
    `MIN_RELATED` (not computed yet, or entries unpublished since), a second one tops it up with the latest
    articles of the category, then of the site.
    """
    language = reader_language(language)
    articles = Article.objects.readable(language).for_cards()
    stored = list(
        articles.filter(related_in__article=article, related_in__language=language).order_by("related_in__rank")[
            :limit
        ]
    )
    if len(stored) >= MIN_RELATED:
        return stored
    seen = [article.pk, *(a.pk for a in stored)]
    # Latest of the category first, then the latest of the site.
    same_category_first = Case(
        When(category_id=article.category_id, then=Value(0)), default=Value(1), output_field=IntegerField()
    )
    excluded = RelatedChoice.objects.filter(article=article, action=RelatedChoice.Action.EXCLUDE).values("target_id")
    fallback = (
        articles.exclude(pk__in=seen).exclude(pk__in=excluded).order_by(same_category_first, "-published_at", "-pk")
    )
    return stored + list(fallback[: limit - len(stored)])
