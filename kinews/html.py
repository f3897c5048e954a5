"""Rich text: the one place that decides which HTML may reach a reader."""

import math
import re

import nh3
from django.conf import settings
from django.utils.html import strip_tags

# Explicit allow-list: exactly what the body editor can produce. Everything else is removed,
# including <script>, event handlers (onerror=...) and javascript: URLs.
ALLOWED_TAGS = {"p", "br", "h2", "h3", "h4", "strong", "em", "ul", "ol", "li", "blockquote", "a"}
ALLOWED_ATTRIBUTES = {"a": {"href", "title"}, "ol": {"start"}}
ALLOWED_URL_SCHEMES = {"http", "https", "mailto"}

# The editor configuration mirrors the allow-list above (django-prose-editor extension names).
BODY_EDITOR_EXTENSIONS = {
    "Bold": True,
    "Italic": True,
    "Heading": {"levels": [2, 3, 4]},
    "BulletList": True,
    "OrderedList": True,
    "ListItem": True,
    "Blockquote": True,
    "HardBreak": True,
    # No autolink: with it, TipTap makes links "inclusive", so text typed right after a link became part of it.
    "Link": {"enableTarget": False, "protocols": ["http", "https", "mailto"], "autolink": False},
    "History": True,
}

_cleaner = nh3.Cleaner(
    tags=ALLOWED_TAGS,
    attributes=ALLOWED_ATTRIBUTES,
    url_schemes=ALLOWED_URL_SCHEMES,
    link_rel="noopener noreferrer",
    strip_comments=True,
)
_EMPTY_PARAGRAPH = re.compile(r"^\s*(<p>\s*(<br>)?\s*</p>\s*)*$")


def sanitize_html(html: str | None) -> str:
    """Return `html` reduced to the allow-list; an editor's lone empty paragraph becomes ''."""
    if not html:
        return ""
    cleaned = _cleaner.clean(html)
    return "" if _EMPTY_PARAGRAPH.match(cleaned) else cleaned


def word_count(*texts: str | None) -> int:
    return sum(len(strip_tags(text or "").split()) for text in texts)


def reading_minutes(*texts: str | None, words_per_minute: int = 220) -> int:
    return max(1, math.ceil(word_count(*texts) / words_per_minute))


def sanitize_translated_html(instance, field: str) -> None:
    """Sanitise every language's version of a rich-text field of a model instance in place."""
    for code, _name in settings.LANGUAGES:
        setattr(instance, f"{field}_{code}", sanitize_html(getattr(instance, f"{field}_{code}")))
