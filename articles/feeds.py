"""RSS 2.0 and Atom feeds for the site, each category, hashtag and author, in the current language.

Each item carries the full teaser, the author, category and hashtags, and the featured image both as an
enclosure and as a Media RSS element. Feeds answer conditional requests (ETag / Last-Modified → 304).
"""

import hashlib
import re
from dataclasses import dataclass

from django.conf import settings
from django.contrib.syndication.views import Feed
from django.db.models import Count, Max, QuerySet
from django.shortcuts import get_object_or_404
from django.urls import reverse
from django.utils import feedgenerator
from django.utils.html import escape
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from django.views.decorators.http import condition
from taggit.models import Tag

from articles.models import Article, Author, Category
from kinews.origin import absolute, origin
from kinews.pagecache import tag_request
from kinews.timestamps import to_second

FEED_LENGTH = 30
MEDIA_NS = "http://search.yahoo.com/mrss/"
# Characters XML 1.0 cannot carry at all (Django refuses to write them): dropped from reader texts.
_XML_FORBIDDEN = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


def plain(text: str) -> str:
    """A plain-text field for an element feed readers show as text (titles, names, categories)."""
    return _XML_FORBIDDEN.sub("", text or "")


def as_html(text: str) -> str:
    """A plain-text field for an element readers render as HTML (RSS <description>, Atom <summary type="html">):
    escaped, so that "AT&T a<b" is shown as typed and '"><svg onload=…>' stays text."""
    return escape(plain(text))


class MediaRssFeed(feedgenerator.Rss201rev2Feed):
    def rss_attributes(self):
        return {**super().rss_attributes(), "xmlns:media": MEDIA_NS}

    def add_item_elements(self, handler, item):
        super().add_item_elements(handler, item)
        add_media_content(handler, item)


class MediaAtomFeed(feedgenerator.Atom1Feed):
    def root_attributes(self):
        return {**super().root_attributes(), "xmlns:media": MEDIA_NS}

    def add_item_elements(self, handler, item):
        super().add_item_elements(handler, item)
        add_media_content(handler, item)


def add_media_content(handler, item) -> None:
    media = item.get("media")
    if media:
        handler.addQuickElement("media:content", "", media)


@dataclass
class FeedScope:
    """Which articles a feed holds, and how it describes itself."""

    title: str
    description: str
    link: str
    articles: QuerySet
    kind: str
    slug: str = ""
    feed_path: str = ""
    origin: str = ""  # scheme and host of the request: every address in the feed is on it (kinews/origin.py)


def feed_scope(kind: str, slug: str | None = None) -> FeedScope:
    published = Article.objects.readable()  # in the feed's language
    site = settings.SITE_NAME
    if kind == "category":
        category = get_object_or_404(Category, slug=slug)
        return FeedScope(f"{site} – {category.name}", category.description or _("Articles in %(name)s") % {
            "name": category.name}, category.get_absolute_url(), published.filter(category=category), kind, slug)
    if kind == "hashtag":
        tag = get_object_or_404(Tag, slug=slug)
        return FeedScope(f"{site} – #{tag.name}", _("Articles with the hashtag #%(name)s") % {"name": tag.name},
                         reverse("articles:hashtag", kwargs={"slug": tag.slug}), published.filter(tags=tag), kind, slug)
    if kind == "author":
        author = get_object_or_404(Author, slug=slug)
        return FeedScope(f"{site} – {author.name}", author.role or _("Articles by %(name)s") % {"name": author.name},
                         author.get_absolute_url(), published.filter(author=author), kind, slug)
    return FeedScope(site, _("News and background on artificial intelligence"), reverse("articles:home"),
                     published, "site")


def _feed_state(request, kind: str, slug: str | None = None) -> dict:
    """Newest change, newest publication and size of the feed's articles (one query, remembered per request)."""
    key = ("_feed_state", kind, slug)
    if key not in request.__dict__:
        # A scheduled article going live changes published_at, a deletion changes the count.
        state = feed_scope(kind, slug).articles.order_by().aggregate(
            updated=Max("updated_at"), published=Max("published_at"), count=Count("pk")
        )
        request.__dict__[key] = state
    return request.__dict__[key]


def feed_last_modified(request, kind: str = "site", slug: str | None = None):
    state = _feed_state(request, kind, slug)
    return max(filter(None, [state["updated"], state["published"]]), default=None)


def feed_etag(request, kind: str = "site", slug: str | None = None) -> str:
    state = _feed_state(request, kind, slug)
    raw = f"{request.path}|{get_language()}|{state['updated']}|{state['published']}|{state['count']}"
    return hashlib.sha256(raw.encode()).hexdigest()[:32]


class ArticlesRssFeed(Feed):
    feed_type = MediaRssFeed

    # One instance serves every request (and thread): per-request data lives on the FeedScope only.

    def get_object(self, request, kind: str = "site", slug: str | None = None) -> FeedScope:
        scope = feed_scope(kind, slug)
        scope.feed_path, scope.origin = request.path, origin(request)
        # Cached like a list page: any published change ("list:all"), category and author names ("site").
        tag_request(request, "site", "list:all")
        return scope

    def title(self, scope: FeedScope) -> str:
        return plain(scope.title)

    def description(self, scope: FeedScope) -> str:  # RSS <description>: HTML
        return as_html(scope.description)

    def subtitle(self, scope: FeedScope) -> str:  # Atom <subtitle>: text
        return plain(scope.description)

    # Absolute addresses on the host the feed was requested from, like canonical links.
    def link(self, scope: FeedScope) -> str:
        return absolute(scope.origin, scope.link)

    def feed_url(self, scope: FeedScope) -> str:
        return absolute(scope.origin, scope.feed_path)

    def item_link(self, article: Article) -> str:
        return absolute(article.feed_origin, article.get_absolute_url())

    def feed_copyright(self) -> str:
        return f"© {settings.SITE_NAME}"

    def items(self, scope: FeedScope) -> list[Article]:
        articles = list(scope.articles.for_cards().prefetch_related("tags")[:FEED_LENGTH])
        for article in articles:
            article.feed_origin = scope.origin  # the item_… hooks below are given the item only
        return articles

    def item_title(self, article: Article) -> str:
        return plain(article.title)

    def item_description(self, article: Article) -> str:  # RSS <description>, Atom <summary type="html">
        return as_html(article.teaser)

    def item_guid(self, article: Article) -> str:
        # Slugs may change; the guid must not.
        return f"{article.feed_origin}/#article-{article.pk}-{get_language()}"

    item_guid_is_permalink = False

    def item_author_name(self, article: Article) -> str:
        return plain(article.author.name)

    def item_author_link(self, article: Article) -> str:
        return absolute(article.feed_origin, article.author.get_absolute_url())

    def item_pubdate(self, article: Article):
        return to_second(article.published_at)

    def item_updateddate(self, article: Article):
        return to_second(article.updated_at)

    def item_categories(self, article: Article) -> list[str]:
        return [plain(article.category.name), *(plain(f"#{tag.name}") for tag in article.tags.all())]

    def item_enclosures(self, article: Article) -> list[feedgenerator.Enclosure]:
        image = feed_image(article)
        if not image:
            return []
        return [feedgenerator.Enclosure(image["url"], str(image["fileSize"]), image["type"])]

    def item_extra_kwargs(self, article: Article) -> dict:
        image = feed_image(article)
        return {"media": {**image, "medium": "image"}} if image else {}


class ArticlesAtomFeed(ArticlesRssFeed):
    feed_type = MediaAtomFeed


def feed_image(article: Article) -> dict | None:
    """The featured image about 1080 px wide (kinews.images.rendition_for) as Media RSS attributes."""
    image = article.image_for(1080)
    if image is None:
        return None
    return {"url": absolute(article.feed_origin, image.url), "type": image.content_type, "width": str(image.width),
            "height": str(image.height), "fileSize": str(image.bytes)}


rss_feed = condition(etag_func=feed_etag, last_modified_func=feed_last_modified)(ArticlesRssFeed())
atom_feed = condition(etag_func=feed_etag, last_modified_func=feed_last_modified)(ArticlesAtomFeed())


def feed_links(kind: str = "site", obj=None) -> list[dict]:
    """Autodiscovery <link>s: the site's feeds, plus the page's own (category, hashtag, author)."""
    links = [
        {"title": settings.SITE_NAME, "type": "application/rss+xml", "href": reverse("articles:feed")},
        {"title": f"{settings.SITE_NAME} (Atom)", "type": "application/atom+xml",
         "href": reverse("articles:feed_atom")},
    ]
    if obj is not None:
        name = f"#{obj.name}" if kind == "hashtag" else obj.name
        slug = {"slug": obj.slug}
        links += [
            {"title": f"{settings.SITE_NAME} – {name}", "type": "application/rss+xml",
             "href": reverse(f"articles:{kind}_feed", kwargs=slug)},
            {"title": f"{settings.SITE_NAME} – {name} (Atom)", "type": "application/atom+xml",
             "href": reverse(f"articles:{kind}_feed_atom", kwargs=slug)},
        ]
    return links
