import json

from django import template
from django.core.serializers.json import DjangoJSONEncoder
from django.urls import reverse
from django.utils.html import format_html
from django.utils.safestring import SafeString, mark_safe

from articles.feeds import feed_links
from articles.seo import organization_with_profiles

register = template.Library()

# Inside <script>, "</script>" or "<!--" in a headline must not end the element: escape <, > and &.
_SCRIPT_ESCAPES = {ord("<"): "\\u003C", ord(">"): "\\u003E", ord("&"): "\\u0026"}


@register.simple_tag
def hashtag_url(tag) -> str:
    return reverse("articles:hashtag", kwargs={"slug": tag.slug})


@register.filter
def json_ld(data: dict) -> SafeString:
    """A schema.org JSON-LD block. A data block is never executed, so the CSP needs no nonce for it."""
    text = json.dumps(data, cls=DjangoJSONEncoder, ensure_ascii=False).translate(_SCRIPT_ESCAPES)
    return format_html('<script type="application/ld+json">{}</script>', mark_safe(text))


@register.filter
def organization_json_ld(social_links) -> SafeString:
    """The publisher as JSON-LD, with the follow-us links (owned by the pages app) as its profiles."""
    return json_ld(organization_with_profiles([link.url for link in social_links or []]))


@register.filter
def default_feed_links(links) -> list[dict]:
    """The page's feed links, or the site's feeds on pages that name none."""
    return links or feed_links()
