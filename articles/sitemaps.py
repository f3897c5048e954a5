"""Sitemaps (django.contrib.sitemaps): one section per kind and language, each URL with its hreflang
alternates (de, en, x-default); a Google News sitemap of the last two days. Addresses are on the scheme and host
the sitemap was requested from (Django passes them to get_urls; kinews/origin.py).

Django's own `i18n = True` builds the list of every item in every language in memory for each page;
with 100,000 articles we instead page through one language per section in the database.
"""

from datetime import timedelta

from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.contrib.sitemaps import Sitemap
from django.db.models import BooleanField, ExpressionWrapper, Max
from django.urls import reverse
from django.utils import timezone, translation
from taggit.models import Tag, TaggedItem

from articles.models import Article, Author, Category
from articles.querysets import complete_in
from kinews.timestamps import to_second

NEWS_WINDOW = timedelta(days=2)
LANGUAGE_CODES = [code for code, _name in settings.LANGUAGES]


class LanguageSitemap(Sitemap):
    """Items of one language; every URL lists the item's page in all languages as alternates."""

    limit = 5000  # URLs per page, each with three alternates: small enough to render quickly

    def __init__(self, language: str):
        self.language = language

    def path(self, item, language: str) -> str:
        with translation.override(language):
            return item.get_absolute_url()

    def location(self, item) -> str:
        return self.path(item, self.language)

    def languages_of(self, item) -> list[str]:
        """The languages the item's page is readable in (all, unless a subclass knows better)."""
        return LANGUAGE_CODES

    def get_urls(self, page=1, site=None, protocol=None):
        urls = super().get_urls(page=page, site=site, protocol=protocol)
        base = f"{self.get_protocol(protocol)}://{self.get_domain(site)}"
        for url in urls:
            paths = {code: self.path(url["item"], code) for code in self.languages_of(url["item"])}
            url["alternates"] = [{"lang_code": code, "location": base + p} for code, p in paths.items()]
            url["alternates"].append({"lang_code": "x-default", "location": base + paths[settings.LANGUAGE_CODE]})
        return urls


class ArticleSitemap(LanguageSitemap):
    changefreq = "weekly"

    def items(self):
        # Plain rows, not model instances: a page holds thousands, and only slugs, a date and which
        # languages are complete (hreflang only for pages readers of that language may see) are needed.
        complete = {
            f"complete_{code}": ExpressionWrapper(complete_in(code), output_field=BooleanField())
            for code in LANGUAGE_CODES
            if code != settings.LANGUAGE_CODE
        }
        return (
            Article.objects.readable(self.language)
            .order_by("-published_at", "-pk")
            .annotate(**complete)
            .values("pk", "slug_de", "slug_en", "updated_at", *complete)
        )

    def languages_of(self, article) -> list[str]:
        return [code for code in LANGUAGE_CODES if article.get(f"complete_{code}", True)]

    def path(self, article, language: str) -> str:
        # reverse() once per language, not once per article: pages hold thousands of URLs.
        if not hasattr(self, "_patterns"):
            self._patterns = {}
            for code in LANGUAGE_CODES:
                with translation.override(code):
                    self._patterns[code] = reverse("articles:detail", kwargs={"slug": "__slug__"})
        return self._patterns[language].replace("__slug__", article[f"slug_{language}"] or article["slug_de"])

    def lastmod(self, article):
        return article["updated_at"]

    def get_latest_lastmod(self):  # the index shows it with the time: to the second, like every page
        return to_second(Article.objects.readable(self.language).aggregate(latest=Max("updated_at"))["latest"])


class CategorySitemap(LanguageSitemap):
    changefreq = "daily"

    def items(self):
        return Category.objects.order_by("order", "pk")


class AuthorSitemap(LanguageSitemap):
    changefreq = "weekly"

    def items(self):
        readable = Article.objects.readable(self.language)
        return Author.objects.filter(articles__in=readable).distinct().order_by("name", "pk")


class HashtagSitemap(LanguageSitemap):
    changefreq = "daily"

    def items(self):
        tagged = TaggedItem.objects.filter(
            content_type=ContentType.objects.get_for_model(Article),
            object_id__in=Article.objects.readable(self.language).values("pk"),
        )
        return Tag.objects.filter(pk__in=tagged.values("tag_id")).order_by("name", "pk")

    def path(self, tag, language: str) -> str:
        with translation.override(language):
            return reverse("articles:hashtag", kwargs={"slug": tag.slug})


class NewsSitemap(Sitemap):
    """Google News: articles of the last two days, in every language they are written in."""

    limit = 1000  # Google's maximum per news sitemap

    def items(self):
        recent = Article.objects.readable(settings.LANGUAGE_CODE).filter(published_at__gte=timezone.now() - NEWS_WINDOW)
        items = []
        for article in recent.order_by("-published_at", "-pk")[: self.limit]:
            for code in LANGUAGE_CODES:
                # Only languages the article is complete in: readers of others do not get it.
                if article.is_readable(code):
                    items.append((article, code))
        return items[: self.limit]

    def location(self, item) -> str:
        article, code = item
        with translation.override(code):
            return article.get_absolute_url()

    def get_urls(self, page=1, site=None, protocol=None):
        urls = super().get_urls(page=page, site=site, protocol=protocol)
        for url in urls:
            article, code = url["item"]
            url["news"] = {
                "language": code,
                "title": getattr(article, f"title_{code}") or article.title_de,
                "published_at": article.published_at,
            }
        return urls


def sitemaps() -> dict[str, Sitemap]:
    sections: dict[str, Sitemap] = {}
    for code in LANGUAGE_CODES:
        sections[f"articles-{code}"] = ArticleSitemap(code)
    for code in LANGUAGE_CODES:
        sections[f"categories-{code}"] = CategorySitemap(code)
        sections[f"hashtags-{code}"] = HashtagSitemap(code)
        sections[f"authors-{code}"] = AuthorSitemap(code)
    sections["news"] = NewsSitemap()
    return sections
