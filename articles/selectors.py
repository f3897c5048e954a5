"""Read-side logic shared by reader pages and the Content API."""

import functools

from django.conf import settings
from django.db import connections, router
from django.utils import timezone, translation

from articles.models import TRANSLATION_REQUIRED_FIELDS, Article, ArticleQuerySet
from articles.related import MAX_RELATED
from articles.related import related_articles as scored_related_articles


def readable(language: str | None = None) -> ArticleQuerySet:
    """What readers of `language` (default: the active one) may see: published, and complete in their language."""
    return Article.objects.published().in_language(language or translation.get_language())


def related_articles(*, article: Article, language: str | None = None, limit: int = MAX_RELATED) -> list[Article]:
    """Articles to read next: the stored, scored related list (articles.related), never empty."""
    return scored_related_articles(article=article, language=language, limit=limit)


def live_version(*, slug: str, language: str) -> str | None:
    """The version ("pk:last change") of the article readers of `language` see at `slug`, or None.

    Same conditions as readable(language).filter(slug=slug). Runs on every article view the page cache does not
    answer (page skeletons, kinews/skeleton.py), so it is one indexed query in plain SQL: building and compiling
    it through the ORM costs several times the query itself (bench/README.md, "Pages under load").
    """
    connection = connections[router.db_for_read(Article)]
    now = connection.ops.adapt_datetimefield_value(timezone.now())
    with connection.cursor() as cursor:
        cursor.execute(_live_version_sql(connection.alias, language), [slug, Article.Status.PUBLISHED.value, now])
        row = cursor.fetchone()
    return None if row is None else f"{row[0]}:{row[1]}"


@functools.cache
def _live_version_sql(alias: str, language: str) -> str:
    if language not in dict(settings.LANGUAGES):
        raise ValueError(f"unknown language {language!r}")
    quote = connections[alias].ops.quote_name
    column = {field.name: quote(field.column) for field in Article._meta.concrete_fields}
    conditions = [f"{column['slug_' + language]} = %s", f"{column['status']} = %s", f"{column['published_at']} <= %s"]
    if language != settings.LANGUAGE_CODE:  # complete in that language, as ArticleQuerySet.in_language()
        conditions += [f"{column[field + '_' + language]} > ''" for field in TRANSLATION_REQUIRED_FIELDS]
    return (f"SELECT {column['id']}, {column['updated_at']} FROM {quote(Article._meta.db_table)} "
            f"WHERE {' AND '.join(conditions)}")
