"""Searching published articles.

PostgreSQL: a stored tsvector per language (German and English text-search configurations), weighted
title (A) > teaser and key facts (B) > body (C), GIN-indexed (migration 0004), ranked with ts_rank and
highlighted with ts_headline. Other databases (SQLite in development): every word must appear in the
title, teaser or body, title hits first.
"""

import html
import re

from django.conf import settings
from django.contrib.postgres.search import SearchHeadline, SearchQuery, SearchRank, SearchVector
from django.db import connection
from django.db.models import (
    Case,
    F,
    Func,
    IntegerField,
    OuterRef,
    Q,
    QuerySet,
    StringAgg,
    Subquery,
    TextField,
    Value,
    When,
)
from django.db.models.functions import Coalesce, Concat, NullIf
from django.utils.html import escape
from django.utils.safestring import SafeString, mark_safe

SEARCH_CONFIGS = {"de": "german", "en": "english"}

# ts_headline marks hits with these private-use characters; after HTML-escaping they become <mark>.
_START, _STOP = "\ue000", "\ue001"
# PostgreSQL's parser reads "<script>" in plain text as a tag and skips what follows; plain-text fields
# therefore reach it with "<" swapped for this character (a space in search documents).
_LT = "\ue002"
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f]")


def clean_query(raw: str | None) -> str:
    """The query as we search it: control characters (PostgreSQL refuses NUL) removed, spaces collapsed, capped."""
    text = " ".join(_CONTROL.sub(" ", raw or "").split())
    return text[: settings.SEARCH_MAX_QUERY_LENGTH].strip()


def is_postgresql() -> bool:
    return connection.vendor == "postgresql"


def _text(field: str, code: str):
    """A translated text column in `code`, falling back to German like the pages do."""
    if code == settings.LANGUAGE_CODE:
        return Coalesce(F(f"{field}_{code}"), Value(""), output_field=TextField())
    return Coalesce(
        NullIf(F(f"{field}_{code}"), Value("")), F(f"{field}_{settings.LANGUAGE_CODE}"), Value(""),
        output_field=TextField(),
    )


def _plain(expression, replacement: str = " "):
    """A plain-text column made safe for the text-search parser (see _LT)."""
    return Func(expression, Value("<"), Value(replacement), function="replace", output_field=TextField())


def _strip_tags(expression):
    return Func(expression, Value("<[^>]+>"), Value(" "), Value("g"), function="regexp_replace",
                output_field=TextField())


def _fact_text(code: str):
    return Concat(_text("label", code), Value(" "), _text("text", code), output_field=TextField())


def search_vector_updates(key_fact_model) -> dict:
    """update() keyword arguments that recompute both search documents of the updated articles.

    Takes the KeyFact model so the data migration can pass its historical one.
    """
    updates = {}
    for code, config in SEARCH_CONFIGS.items():
        facts = (
            key_fact_model._default_manager.filter(article=OuterRef("pk"))
            .order_by()
            .values("article")
            .annotate(joined=StringAgg(_plain(_fact_text(code)), Value(" ")))
            .values("joined")
        )
        updates[f"search_{code}"] = (
            SearchVector(_plain(_text("title", code)), weight="A", config=config)
            + SearchVector(_plain(_text("teaser", code)), Subquery(facts), weight="B", config=config)
            # The default parser reads HTML tags as their own tokens, which neither configuration indexes.
            + SearchVector(_text("body", code), weight="C", config=config)
        )
    return updates


def update_search_documents(article_ids: list[int]) -> None:
    """Recompute the stored search documents of these articles (one UPDATE; nothing to do off PostgreSQL)."""
    if not is_postgresql() or not article_ids:
        return
    from articles.models import Article, KeyFact

    Article.objects.filter(pk__in=article_ids).update(**search_vector_updates(KeyFact))


def search_articles(articles: QuerySet, *, query: str, language: str) -> QuerySet:
    """`articles` (already published, filtered) matching `query` in `language`, best match first."""
    code = language if language in SEARCH_CONFIGS else settings.LANGUAGE_CODE
    if is_postgresql():
        ts_query = SearchQuery(query, config=SEARCH_CONFIGS[code], search_type="websearch")
        document = F(f"search_{code}")
        return (
            articles.annotate(rank=SearchRank(document, ts_query, normalization=Value(1)))
            .filter(**{f"search_{code}": ts_query})
            .order_by("-rank", "-published_at", "-pk")
        )
    words = query.split()[:10]
    if not words:
        return articles.none()
    for word in words:
        articles = articles.filter(_contains(code, word, "title") | _contains(code, word, "teaser")
                                   | _contains(code, word, "body"))
    title_hit = Q()
    for word in words:
        title_hit &= _contains(code, word, "title")
    return articles.annotate(
        rank=Case(When(title_hit, then=Value(1)), default=Value(0), output_field=IntegerField())
    ).order_by("-rank", "-published_at", "-pk")


def _contains(code: str, word: str, field: str) -> Q:
    own = Q(**{f"{field}_{code}__icontains": word})
    if code == settings.LANGUAGE_CODE:
        return own
    missing = Q(**{f"{field}_{code}": ""}) | Q(**{f"{field}_{code}__isnull": True})
    return own | (missing & Q(**{f"{field}_{settings.LANGUAGE_CODE}__icontains": word}))


def snippets(articles: list, *, query: str, language: str) -> dict[int, SafeString]:
    """Highlighted excerpts for one page of results: {article pk: HTML with <mark>ed hits}."""
    if not articles:
        return {}
    code = language if language in SEARCH_CONFIGS else settings.LANGUAGE_CODE
    if is_postgresql():
        from articles.models import Article

        text = Concat(_plain(_text("teaser", code), _LT), Value(" "), _strip_tags(_text("body", code)),
                      output_field=TextField())
        rows = Article.objects.filter(pk__in=[a.pk for a in articles]).annotate(
            headline=SearchHeadline(
                text,
                SearchQuery(query, config=SEARCH_CONFIGS[code], search_type="websearch"),
                config=SEARCH_CONFIGS[code],
                start_sel=_START,
                stop_sel=_STOP,
                max_words=35,
                min_words=15,
                max_fragments=2,
                fragment_delimiter=" … ",
            )
        ).values_list("pk", "headline")
        # The body part still has HTML entities (&amp;); the teaser part its "<" as _LT.
        return {pk: _marked(html.unescape(headline).replace(_LT, "<")) for pk, headline in rows}
    return {article.pk: _python_snippet(article, query.split()[:10]) for article in articles}


def _marked(text: str) -> SafeString:
    return mark_safe(escape(text).replace(_START, "<mark>").replace(_STOP, "</mark>"))


def _python_snippet(article, words: list[str], width: int = 220) -> SafeString:
    """SQLite fallback: the teaser, or the part of the body around the first hit, with hits marked."""
    body = html.unescape(re.sub(r"<[^>]+>", " ", article.body or ""))
    text = article.teaser or ""
    pattern = re.compile("|".join(re.escape(w) for w in words), re.IGNORECASE) if words else None
    if pattern and not pattern.search(text):
        hit = pattern.search(body)
        if hit:
            start = max(0, hit.start() - width // 3)
            text = ("… " if start else "") + " ".join(body[start : start + width].split()) + " …"
    if pattern:
        text = pattern.sub(lambda m: f"{_START}{m.group(0)}{_STOP}", text)
    return _marked(text)
