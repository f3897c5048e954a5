"""What goes into a page's <head> for search engines and social media: canonical URL, description,
OpenGraph/Twitter card with a suitably sized image, and schema.org JSON-LD.

Views build a `PageMeta` and put it into the context as `seo`; templates/includes/seo_head.html renders it.
Absolute addresses are on the request's own origin (kinews/origin.py); the builders below take it as `origin`.
"""

from dataclasses import dataclass, field

from django.conf import settings
from django.templatetags.static import static
from django.urls import reverse, translate_url
from django.utils import translation
from django.utils.text import Truncator
from django.utils.translation import get_language
from django.utils.translation import gettext as _

from kinews.origin import absolute
from kinews.origin import origin as request_origin
from kinews.timestamps import iso_seconds

# Social networks show large cards from about 1200 px wide; this is the rendition we look for.
SOCIAL_IMAGE_WIDTH = 1200
LOGO = {"path": "img/logo.png", "width": 512, "height": 512}


@dataclass(frozen=True)
class SocialImage:
    url: str
    width: int
    height: int
    alt: str


@dataclass
class PageMeta:
    title: str
    description: str
    canonical: str
    og_type: str = "website"
    image: SocialImage | None = None
    structured_data: list[dict] = field(default_factory=list)
    robots: str = ""  # e.g. "noindex, follow" for search results
    # The home page describes the publisher too; its sameAs links come from the template's follow-us links.
    with_organization: bool = False
    origin: str = ""  # scheme and host of the request (kinews/origin.py)

    @property
    def twitter_card(self) -> str:
        return "summary_large_image" if self.image and self.image.width >= 600 else "summary"

    @property
    def image_or_logo(self) -> SocialImage:
        return self.image or logo_image(self.origin)


def logo_image(origin: str) -> SocialImage:
    return SocialImage(absolute(origin, static(LOGO["path"])), LOGO["width"], LOGO["height"], settings.SITE_NAME)


def short(text: str, length: int = 160) -> str:
    return Truncator(" ".join((text or "").split())).chars(length)


def social_image(origin: str, article) -> SocialImage | None:
    """The featured image at the size social networks show large cards for."""
    image = article.image_for(SOCIAL_IMAGE_WIDTH)
    if image is None:
        return None
    return SocialImage(absolute(origin, image.url), image.width, image.height, article.image_alt or article.title)


def article_seo_title(article) -> str:
    # The per-language field itself, not modeltranslation's fallback: a German SEO title is no English one.
    return getattr(article, f"seo_title_{get_language()}", "") or article.title


def article_seo_description(article) -> str:
    return getattr(article, f"seo_description_{get_language()}", "") or short(article.teaser)


def alternates(obj=None, path: str = "") -> list[tuple[str, str | None]]:
    """(language, path) of this page in every language, for the language switch and hreflang links: the object's
    own URL, else `path` translated. None where an article is not readable in a language: not advertised."""
    result = []
    for code, _name in settings.LANGUAGES:
        if obj is not None and hasattr(obj, "is_readable") and not obj.is_readable(code):
            result.append((code, None))
        elif obj is not None:
            with translation.override(code):
                result.append((code, obj.get_absolute_url()))
        else:
            result.append((code, translate_url(path, code)))
    return result


# --- schema.org building blocks


def organization(origin: str) -> dict:
    return {
        "@type": "NewsMediaOrganization",
        "@id": f"{origin}/#organization",
        "name": settings.SITE_NAME,
        "url": absolute(origin, reverse("articles:home")),
        "logo": {"@type": "ImageObject", "url": logo_image(origin).url, "width": LOGO["width"],
                 "height": LOGO["height"]},
    }


def breadcrumbs(origin: str, *crumbs: tuple[str, str]) -> dict:
    """BreadcrumbList from (name, path) pairs, starting after the home page."""
    items = [(settings.SITE_NAME, reverse("articles:home")), *crumbs]
    return {
        "@context": "https://schema.org",
        "@type": "BreadcrumbList",
        "itemListElement": [
            {"@type": "ListItem", "position": n, "name": name, "item": absolute(origin, path)}
            for n, (name, path) in enumerate(items, start=1)
        ],
    }


def person(origin: str, author) -> dict:
    return {"@type": "Person", "name": author.name, "url": absolute(origin, author.get_absolute_url())}


def news_article(origin: str, article, canonical: str) -> dict:
    image = social_image(origin, article)
    data = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "mainEntityOfPage": canonical,
        "url": canonical,
        "headline": short(article.title, 110),
        "description": article_seo_description(article),
        "datePublished": iso_seconds(article.published_at) or None,
        "dateModified": iso_seconds(article.updated_at),
        "inLanguage": get_language(),
        "author": [person(origin, article.author)],
        "publisher": organization(origin),
        "articleSection": article.category.name if article.category else "",  # a draft's preview may have none
        "keywords": [tag.name for tag in article.hashtag_list],
        "citation": [
            {"@type": "CreativeWork", "name": source.title, "url": source.safe_url}
            | ({"publisher": source.publisher} if source.publisher else {})
            for source in article.source_list
            if source.safe_url
        ],
        "isAccessibleForFree": True,
    }
    if image:
        data["image"] = [{"@type": "ImageObject", "url": image.url, "width": image.width, "height": image.height}]
    return data


def organization_with_profiles(origin: str, profile_urls: list[str]) -> dict:
    return {"@context": "https://schema.org", **organization(origin), "sameAs": profile_urls}


def website(origin: str) -> dict:
    search_url = absolute(origin, reverse("articles:search"))
    return {
        "@context": "https://schema.org",
        "@type": "WebSite",
        "@id": f"{origin}/#website",
        "name": settings.SITE_NAME,
        "url": absolute(origin, reverse("articles:home")),
        "inLanguage": get_language(),
        "publisher": {"@id": f"{origin}/#organization"},
        "potentialAction": {
            "@type": "SearchAction",
            "target": {"@type": "EntryPoint", "urlTemplate": f"{search_url}?q={{search_term_string}}"},
            "query-input": "required name=search_term_string",
        },
    }


# --- PageMeta for each kind of page


def site_description() -> str:
    return _(
        "kinews explains what matters in artificial intelligence: research, business, tools and policy, "
        "in German and English."
    )


def page_meta(request, *, title: str, description: str = "", **kwargs) -> PageMeta:
    """A page's metadata; the canonical URL is the path on the request's origin (query only for page numbers
    > 1)."""
    origin = request_origin(request)
    canonical = absolute(origin, request.path)
    page = request.GET.get("page")
    if page and page.isdigit() and int(page) > 1:
        canonical += f"?page={int(page)}"
    return PageMeta(title=title, description=short(description) or site_description(), canonical=canonical,
                    origin=origin, **kwargs)


def article_meta(request, article) -> PageMeta:
    origin = request_origin(request)
    meta = page_meta(
        request,
        title=f"{article_seo_title(article)} | {settings.SITE_NAME}",
        description=article_seo_description(article),
        og_type="article",
        image=social_image(origin, article),
        # Previews (staff, or a shareable link) of unpublished articles stay out of every index.
        robots="" if article.is_live else "noindex, nofollow",
    )
    # A draft may have no category yet (its preview is shown all the same); a published article always has one.
    section = [(article.category.name, article.category.get_absolute_url())] if article.category else []
    meta.structured_data = [
        news_article(origin, article, meta.canonical),
        breadcrumbs(origin, *section, (article.title, request.path)),
    ]
    return meta
