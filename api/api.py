"""The read-only Content API (django-ninja) at /api/v1/: published articles, categories, hashtags and authors.

Per language (`?lang=de|en`; English lists only articles complete in English), paginated (`?page=`), cached
for `PUBLIC_CACHE_SECONDS` (so scheduled articles appear within a minute) and rate limited per hashed client
address. Only what the public pages already show is reachable: no user accounts, e-mail addresses,
subscribers or inquiries. OpenAPI schema: /api/v1/openapi.json, browsable docs: /api/v1/docs.
"""

from datetime import date, datetime
from typing import Literal

from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.core.paginator import Paginator
from django.db.models import Count, Q, prefetch_related_objects
from django.http import Http404
from django.shortcuts import get_object_or_404
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext
from django.views.decorators.cache import cache_page
from ninja import Field, NinjaAPI, Query, Schema
from ninja.decorators import decorate_view
from taggit.models import Tag, TaggedItem

from articles.models import Article, Author, Category
from articles.querysets import detail_shape
from kinews.origin import absolute
from kinews.origin import origin as request_origin
from kinews.ratelimit import rate_limited
from kinews.timestamps import to_second
from recommendations.selectors import related_articles

Language = Literal["de", "en"]

api = NinjaAPI(
    title="kinews Content API",
    version="1",
    description="Read-only access to the published articles of kinews, in German and English.",
    urls_namespace="api-v1",
    openapi_url="/openapi.json",
    docs_url="/docs",
)

# Outermost first: every request counts against the rate limit, cached or not.
# Half a minute on the server and half in browsers and proxies (cache_page sends max-age = its lifetime): an answer
# is never more than PUBLIC_CACHE_SECONDS older than its data (the one cache rule).
public = decorate_view(cache_page(settings.PUBLIC_CACHE_SECONDS // 2), rate_limited)


class LanguageQuery(Schema):
    lang: Language = Field("de", description="Language of texts and URLs.")


class PageQuery(LanguageQuery):
    page: int = Field(1, ge=1, description="Page number, from 1.")


class ArticleFilters(PageQuery):
    category: str | None = Field(None, description="Only articles of this category (slug in `lang`).")
    hashtag: str | None = Field(None, description="Only articles with this hashtag (slug).")
    author: str | None = Field(None, description="Only articles by this author (slug).")


class Page(Schema):
    count: int = Field(description="Items on all pages together.")
    page: int
    pages: int
    page_size: int


def page_of(queryset, number: int, serialize) -> dict:
    """One page of `queryset`, serialised; a page past the end is a 404 like on the site."""
    paginator = Paginator(queryset, settings.API_PAGE_SIZE)
    if number > max(paginator.num_pages, 1):
        raise Http404("No such page.")
    page = paginator.page(number)
    return {"items": [serialize(item) for item in page.object_list], "count": paginator.count,
            "page": page.number, "pages": paginator.num_pages, "page_size": settings.API_PAGE_SIZE}


# --- Schemas -------------------------------------------------------------------------------------------------

class CategoryRef(Schema):
    slug: str
    name: str
    url: str


class AuthorRef(Schema):
    slug: str
    name: str
    url: str


class HashtagRef(Schema):
    name: str
    slug: str
    url: str


class Image(Schema):
    url: str
    width: int
    height: int
    alt: str
    srcset: str


class ArticleSummary(Schema):
    id: int
    language: Language
    url: str
    slug: str
    title: str
    teaser: str
    published_at: datetime
    updated_at: datetime
    reading_time: int = Field(description="Minutes.")
    category: CategoryRef
    author: AuthorRef
    hashtags: list[HashtagRef]
    image: Image | None


class KeyFactOut(Schema):
    label: str
    text: str


class SourceOut(Schema):
    title: str
    url: str
    publisher: str
    published_on: date | None


class ArticleDetail(ArticleSummary):
    key_facts_heading: str
    key_facts: list[KeyFactOut]
    body_html: str = Field(description="Sanitised HTML.")
    sources: list[SourceOut]
    related: list[ArticleSummary]
    translations: dict[str, str] = Field(description="URL of the article per language it is complete in.")


class CategoryOut(Schema):
    slug: str
    name: str
    description: str
    url: str
    article_count: int


class HashtagOut(Schema):
    name: str
    slug: str
    url: str
    article_count: int


class LinkOut(Schema):
    label: str
    url: str


class AuthorOut(Schema):
    slug: str
    name: str
    role: str
    bio: str
    url: str
    photo: Image | None
    links: list[LinkOut]
    article_count: int


# --- Serialisers (explicit: nothing reaches the output by accident) ------------------------------------------

# `origin`: scheme and host of the request; every address in a response is on it (kinews/origin.py).

def _image(origin: str, picture) -> dict | None:
    if picture is None:
        return None
    src = absolute(origin, picture.src)
    srcset = ", ".join(absolute(origin, part) for part in picture.srcset.split(", ")) if picture.srcset else ""
    return {"url": src, "width": picture.width, "height": picture.height, "alt": picture.alt, "srcset": srcset}


def _hashtag_path(tag: Tag) -> str:
    return reverse("articles:hashtag", kwargs={"slug": tag.slug})


def article_summary(article: Article, language: str, origin: str) -> dict:
    return {
        "id": article.pk,
        "language": language,
        "url": absolute(origin, article.get_absolute_url()),
        "slug": article.slug,
        "title": article.title,
        "teaser": article.teaser,
        "published_at": to_second(article.published_at),
        "updated_at": to_second(article.updated_at),
        "reading_time": article.reading_time,
        "category": {"slug": article.category.slug, "name": article.category.name,
                     "url": absolute(origin, article.category.get_absolute_url())},
        "author": {"slug": article.author.slug, "name": article.author.name,
                   "url": absolute(origin, article.author.get_absolute_url())},
        "hashtags": [{"name": t.name, "slug": t.slug, "url": absolute(origin, _hashtag_path(t))}
                     for t in article.hashtag_list],
        "image": _image(origin, article.picture),
    }


def article_detail(article: Article, language: str, origin: str) -> dict:
    translations = {}
    for code, _name in settings.LANGUAGES:
        if article.is_readable(code):
            with translation.override(code):
                translations[code] = absolute(origin, article.get_absolute_url())
    related = related_articles(article=article, language=language)
    return article_summary(article, language, origin) | {
        "key_facts_heading": article.key_facts_heading or gettext("What you need to know"),
        "key_facts": [{"label": f.label, "text": f.text} for f in article.key_fact_list],
        "body_html": article.body,
        "sources": [{"title": s.title, "url": s.url, "publisher": s.publisher, "published_on": s.published_on}
                    for s in article.source_list],
        "related": [article_summary(item, language, origin) for item in _with_tags(related)],
        "translations": translations,
    }


def _with_tags(articles: list[Article]) -> list[Article]:
    prefetch_related_objects(articles, "tags")
    return articles


# --- Endpoints -----------------------------------------------------------------------------------------------

class ArticlePage(Page):
    items: list[ArticleSummary]


class CategoryPage(Page):
    items: list[CategoryOut]


class HashtagPage(Page):
    items: list[HashtagOut]


class AuthorPage(Page):
    items: list[AuthorOut]


@api.get("/articles", response=ArticlePage, tags=["articles"], summary="Published articles, newest first")
@public
def list_articles(request, filters: Query[ArticleFilters]):
    lang = filters.lang
    with translation.override(lang):
        articles = Article.objects.readable(lang).for_cards().prefetch_related("tags")
        if filters.category:
            articles = articles.filter(**{f"category__slug_{lang}": filters.category})
        if filters.hashtag:
            articles = articles.filter(tags__slug=filters.hashtag)
        if filters.author:
            articles = articles.filter(author__slug=filters.author)
        origin = request_origin(request)
        return page_of(articles, filters.page, lambda a: article_summary(a, lang, origin))


@api.get("/articles/{article_id}", response=ArticleDetail, tags=["articles"], summary="One published article")
@public
def get_article(request, article_id: int, query: Query[LanguageQuery]):
    with translation.override(query.lang):
        article = get_object_or_404(detail_shape(Article).readable(query.lang), pk=article_id)
        return article_detail(article, query.lang, request_origin(request))


@api.get("/categories", response=CategoryPage, tags=["categories"], summary="Categories in menu order")
@public
def list_categories(request, query: Query[PageQuery]):
    with translation.override(query.lang):
        live = Q(articles__in=Article.objects.readable(query.lang))
        categories = Category.objects.annotate(article_count=Count("articles", filter=live)).order_by("order", "pk")
        origin = request_origin(request)
        return page_of(categories, query.page, lambda c: {
            "slug": c.slug, "name": c.name, "description": c.description,
            "url": absolute(origin, c.get_absolute_url()),
            "article_count": c.article_count})


@api.get("/hashtags", response=HashtagPage, tags=["hashtags"],
         summary="Hashtags of published articles, most used first")
@public
def list_hashtags(request, query: Query[PageQuery]):
    with translation.override(query.lang):
        tagged = TaggedItem.objects.filter(
            content_type=ContentType.objects.get_for_model(Article),
            object_id__in=Article.objects.readable(query.lang).values("pk"),
        )
        tags = (
            Tag.objects.filter(taggit_taggeditem_items__in=tagged)
            .annotate(article_count=Count("taggit_taggeditem_items", distinct=True))
            .order_by("-article_count", "name")
        )
        origin = request_origin(request)
        return page_of(tags, query.page, lambda t: {
            "name": t.name, "slug": t.slug, "url": absolute(origin, _hashtag_path(t)),
            "article_count": t.article_count})


@api.get("/authors", response=AuthorPage, tags=["authors"], summary="Authors with published articles")
@public
def list_authors(request, query: Query[PageQuery]):
    with translation.override(query.lang):
        live = Q(articles__in=Article.objects.readable(query.lang))
        authors = (
            Author.objects.annotate(article_count=Count("articles", filter=live))
            .filter(article_count__gt=0)
            .order_by("name", "pk")
        )
        origin = request_origin(request)
        return page_of(authors, query.page, lambda a: {
            "slug": a.slug, "name": a.name, "role": a.role, "bio": a.bio,
            "url": absolute(origin, a.get_absolute_url()), "photo": _image(origin, a.picture),
            "links": [{"label": str(label), "url": url} for label, url in a.links], "article_count": a.article_count})
