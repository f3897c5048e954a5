"""Read-side logic shared by reader pages and the Content API."""

from django.utils import translation

from articles.models import Article, ArticleQuerySet
from articles.related import MAX_RELATED
from articles.related import related_articles as scored_related_articles


def readable(language: str | None = None) -> ArticleQuerySet:
    """What readers of `language` (default: the active one) may see: published, and complete in their language."""
    return Article.objects.published().in_language(language or translation.get_language())


def related_articles(*, article: Article, language: str | None = None, limit: int = MAX_RELATED) -> list[Article]:
    """Articles to read next: the stored, scored related list (articles.related), never empty."""
    return scored_related_articles(article=article, language=language, limit=limit)
