import json

from django import template
from django.core.serializers.json import DjangoJSONEncoder
from django.urls import reverse
from django.utils.html import format_html
from django.utils.safestring import SafeString, mark_safe

from articles.feeds import feed_links

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
def default_feed_links(links) -> list[dict]:
    """The page's feed links, or the site's feeds on pages that name none."""
    return links or feed_links()
