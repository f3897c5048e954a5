import json

from django import template
from django.core.serializers.json import DjangoJSONEncoder
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils.html import format_html
from django.utils.safestring import SafeString, mark_safe

from articles.feeds import feed_links
from articles.models import Category
from articles.querysets import reader_language
from articles.seo import organization_with_profiles
from kinews.fragments import cached_fragment

register = template.Library()

# Inside <script>, "</script>" or "<!--" in a headline must not end the element: escape <, > and &.
_SCRIPT_ESCAPES = (("<", "\\u003C"), (">", "\\u003E"), ("&", "\\u0026"))


@register.simple_tag(takes_context=True)
def card(context, article, *, modifier="", level=3, compact=False, sizes="", eager=False) -> SafeString:
    """A teaser card (includes/card.html), cached per article and look: cards are on most pages. `article` is an
    Article or a CardRef (articles.querysets), which loads the article only when its card is not cached."""
    look = {"modifier": modifier, "level": level, "compact": compact, "sizes": sizes, "eager": eager}

    def compute():
        shown = getattr(article, "article", article)
        # "site": the card shows category and author names.
        return render_to_string("includes/card.html", {"article": shown, **look}), {f"article:{article.pk}", "site"}

    key = ("card", reader_language(), article.pk, *look.values())
    return mark_safe(cached_fragment(context.get("request"), key, compute))  # a rendered template


@register.simple_tag(takes_context=True)
def hot_categories(context) -> SafeString:
    """The categories with the most articles of the last 30 days (Category.objects.hot()), on the home and article
    pages: one fragment per language, renewed by any publication ("list:all") or category change ("site")."""

    def compute():
        html = render_to_string("includes/hot_categories.html", {"hot_categories": Category.objects.hot()})
        return html, {"site", "list:all"}

    return mark_safe(cached_fragment(context.get("request"), ("hot-categories", reader_language()), compute))


@register.simple_tag
def hashtag_url(tag) -> str:
    return reverse("articles:hashtag", kwargs={"slug": tag.slug})


@register.filter
def json_ld(data: dict) -> SafeString:
    """A schema.org JSON-LD block. A data block is never executed, so the CSP needs no nonce for it."""
    text = json.dumps(data, cls=DjangoJSONEncoder, ensure_ascii=False)
    for character, escaped in _SCRIPT_ESCAPES:  # str.replace: many times faster than str.translate with a dict
        text = text.replace(character, escaped)
    return format_html('<script type="application/ld+json">{}</script>', mark_safe(text))


@register.simple_tag(takes_context=True)
def organization_json_ld(context, social_links) -> SafeString:
    """The publisher as JSON-LD, with the follow-us links (owned by the pages app) as its profiles."""
    return json_ld(organization_with_profiles(context["ORIGIN"], [link.url for link in social_links or []]))


@register.filter
def default_feed_links(links) -> list[dict]:
    """The page's feed links, or the site's feeds on pages that name none."""
    return links or feed_links()
