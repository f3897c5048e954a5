"""Which articles readers may see, and the shapes in which pages load them."""

import functools
from dataclasses import dataclass

from django.conf import settings
from django.db import models
from django.db.models import F, JSONField, OuterRef, Q, Subquery
from django.db.models.functions import JSONObject
from django.utils import timezone, translation
from django.utils.functional import cached_property

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


class Cards:
    """The articles behind a page's cards, loaded in one query the first time one is needed: a page whose cards all
    come from the fragment cache ({% card %}) builds no Article object at all."""

    def __init__(self, articles: models.QuerySet, pks: set[int]):
        self.articles, self.pks, self.loaded = articles, pks, None

    def __getitem__(self, pk: int):
        if self.loaded is None:
            self.loaded = self.articles.filter(pk__in=self.pks).for_cards().in_bulk()
        return self.loaded[pk]


@dataclass(frozen=True)
class CardRef:
    """An article shown as a card, by id; `.article` loads it (with the page's other cards) when needed."""

    pk: int
    cards: Cards

    @property
    def article(self):
        return self.cards[self.pk]


@dataclass(frozen=True)
class FrontPage:
    latest: list[CardRef]  # newest first
    by_category: dict[int, list[CardRef]]  # category id -> its newest articles


class JSONList(models.Aggregate):
    """The aggregated values as one JSON array: jsonb_agg on PostgreSQL, json_group_array on SQLite."""

    function = "JSON_GROUP_ARRAY"
    output_field = JSONField()

    def as_postgresql(self, compiler, connection, **extra_context):
        return super().as_sql(compiler, connection, function="JSONB_AGG", **extra_context)


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
        """What an article page shows, in one query: category and author joined, key facts, sources and hashtags as
        JSON lists beside the row (read by Article.key_fact_list, source_list and hashtag_list)."""
        from taggit.models import TaggedItem

        from articles.models import KeyFact, Source  # the models import this module

        def parts(rows, *fields, article="article", **renamed):
            rows = (rows.filter(**{article: OuterRef("pk")}).order_by().values(article)
                    .annotate(items=JSONList(JSONObject(**{f: f for f in fields}, **renamed))).values("items"))
            return Subquery(rows, output_field=JSONField())

        translated = [f"{name}_{code}" for name in ("label", "text", "title") for code, _name in settings.LANGUAGES]
        return (
            self.select_related("category", "author")
            .defer("search_de", "search_en")
            .annotate(
                key_facts_json=parts(KeyFact._base_manager.all(), "id", "position",
                                     *[f for f in translated if not f.startswith("title")]),
                sources_json=parts(Source._base_manager.all(), "id", "position", "url", "publisher", "published_on",
                                   *[f for f in translated if f.startswith("title")]),
                hashtags_json=parts(TaggedItem.objects.filter(content_type__app_label=self.model._meta.app_label,
                                                              content_type__model=self.model._meta.model_name),
                                    article="object_id", id="tag_id", name="tag__name", slug="tag__slug"),
            )
        )

    def front_page(self, *, latest: int, per_category: int, within_latest: int = 500) -> FrontPage:
        """The newest `latest` articles and the newest `per_category` of every category, as cards: one query for
        the ids and categories of the newest `within_latest` (cheap on a large archive; a category without an
        article among them gets no row), and one more only if a card is not in the fragment cache (CardRef)."""
        newest = list(self.order_by("-published_at", "-pk").values_list("pk", "category_id")[:within_latest])
        rows: dict[int, list[int]] = {}
        for pk, category_id in newest:
            row = rows.setdefault(category_id, [])
            if len(row) < per_category:
                row.append(pk)
        latest_pks = [pk for pk, _category in newest[:latest]]
        cards = Cards(self.model.objects.all(), {*latest_pks, *(pk for row in rows.values() for pk in row)})
        return FrontPage([CardRef(pk, cards) for pk in latest_pks],
                         {category: [CardRef(pk, cards) for pk in row] for category, row in rows.items()})


@functools.cache
def detail_shape(model) -> "ArticleQuerySet":
    """`model.objects.for_detail()`, built once per process: building its three subqueries costs more than running
    them (bench/render.py). Querysets are immutable, so each request narrows a copy (`.readable()`, `.filter()`)."""
    return model.objects.for_detail()


class ShownParts:
    """An article's parts as pages show them, in order: loaded with it by ArticleQuerySet.for_detail() (JSON beside
    the row, one query for all), else read from the database. Mixed into Article."""

    @cached_property
    def key_fact_list(self) -> list:
        if "key_facts_json" not in self.__dict__:
            return list(self.key_facts.all())
        return self._parts(self.key_facts_json, self.key_facts.model)

    @cached_property
    def source_list(self) -> list:
        if "sources_json" not in self.__dict__:
            return list(self.sources.all())
        return self._parts(self.sources_json, self.sources.model)

    @cached_property
    def hashtag_list(self) -> list:
        from taggit.models import Tag

        tags = (Tag(**row) for row in self.hashtags_json or ()) if "hashtags_json" in self.__dict__ else self.tags.all()
        return sorted(tags, key=lambda tag: tag.name.casefold())

    def _parts(self, rows, model) -> list:
        fields = {field.attname: field for field in model._meta.concrete_fields}
        parts = [model(article_id=self.pk, **{name: fields[name].to_python(value) for name, value in row.items()})
                 for row in rows or ()]
        return sorted(parts, key=lambda part: (part.position, part.pk))
