"""Read-side logic shared by reader pages and the Content API."""

from django.utils import translation

from articles.models import Article, ArticleQuerySet


def readable(language: str | None = None) -> ArticleQuerySet:
    """What readers of `language` (default: the active one) may see: published, and complete in their language."""
    return Article.objects.published().in_language(language or translation.get_language())


def related_articles(*, article: Article, language: str | None = None, limit: int = 4) -> list[Article]:
    """Articles to read next. For now the latest of the same category; issue 3 swaps in scored related posts."""
    others = readable(language).for_cards().exclude(pk=article.pk)
    return list(others.filter(category=article.category_id)[:limit])
