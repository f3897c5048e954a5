"""Scheduled publication, as editors see it.

There is no job that publishes articles: `Article.objects.readable()` compares `published_at` with the
current time on every query, so a scheduled article is on every page, feed and API response the moment its
time comes. The only thing that can delay it is a cache, and every cache of public responses expires within
`settings.PUBLIC_CACHE_SECONDS` (60 s).
"""

from datetime import datetime
from zoneinfo import ZoneInfo

from django.conf import settings
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.translation import gettext as _

from articles.models import Article


def editorial_zone() -> ZoneInfo:
    return ZoneInfo(settings.TIME_ZONE)


def berlin_time(value: datetime | None, *, zone_name: bool = True) -> str:
    """A moment in the editorial time zone with the zone named: '26.11.2026 18:00 CET (Europe/Berlin)'
    (without the parenthesis where a column header already names the zone)."""
    if value is None:
        return ""
    local = timezone.localtime(value, editorial_zone())
    text = f"{date_format(local, 'SHORT_DATETIME_FORMAT')} {local.tzname()}"
    return f"{text} ({settings.TIME_ZONE})" if zone_name else text


def schedule_warnings(article: Article) -> list[str]:
    """What an article that is or will go live may still lack: a picture, the English version.

    (Teaser and body cannot be missing: publishing and scheduling require them, articles/admin_forms.py.)
    """
    from articles.translation_status import TRANSLATIONS

    warnings = []
    if not article.image:
        warnings.append(_("no featured image"))
    for code in TRANSLATIONS:
        if not article.is_complete_in(code):
            warnings.append(_("no English version") if code == "en" else _("no %(code)s version") % {"code": code})
    return warnings
