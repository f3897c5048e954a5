"""Popular articles ("Beliebte Artikel"): cookie-less daily view counts and a decayed ranking of the last days.

A view is counted by a tiny beacon image on the article page (`recommendations.views.count_view`), so it counts
even when the page itself came from a cache. Nothing personal is kept: one counter per article, language and
day. One client (address, or IPv6 /64) counts at most once per article and hour (`first_view_this_hour`): it is
remembered only in the cache, under a keyed hash, for that hour – no cookie, nothing in the database. The browser
holds back repeated reads too: the beacon answer may be cached privately for `BEACON_MAX_AGE`.
"""

import logging
import re
import time
from datetime import date, timedelta

from django.core.cache import cache
from django.db import IntegrityError, transaction
from django.db.models import Case, F, FloatField, Sum, Value, When
from django.http import HttpRequest
from django.utils import timezone

from articles.models import Article
from kinews.clients import client_network, hashed
from recommendations.models import ArticleView

logger = logging.getLogger(__name__)

HALF_LIFE_DAYS = 2.0  # yesterday's view counts 0.71, last week's 0.09
POPULAR_COUNT = 5
BEACON_MAX_AGE = 30 * 60  # a browser re-reading an article within 30 minutes is not asked again

# Crawlers, link previews, monitors, scripts and headless browsers. A browser without a user agent is a script too.
BOT_USER_AGENT = re.compile(
    r"bot|crawl|spider|slurp|archiver|scrap|fetch|preview|monitor|uptime|lighthouse|pagespeed|headless|phantom|"
    r"selenium|puppeteer|playwright|curl|wget|python|httpx|aiohttp|go-http|java/|okhttp|axios|node|ruby|perl|"
    r"facebookexternalhit|whatsapp|telegram|skype|slack|discord|embedly|quora link",
    re.IGNORECASE,
)
PREFETCH_HEADERS = ("Sec-Purpose", "Purpose", "X-Purpose", "X-Moz")


def is_countable(request: HttpRequest) -> bool:
    """A human reader's view: not a bot, not a prefetch or prerender, not the editorial staff."""
    user_agent = request.headers.get("User-Agent", "")
    if not user_agent or BOT_USER_AGENT.search(user_agent):
        return False
    if any("prefetch" in request.headers.get(name, "").lower() for name in PREFETCH_HEADERS):
        return False
    user = getattr(request, "user", None)
    return not (user is not None and user.is_authenticated and user.is_staff)


def first_view_this_hour(request: HttpRequest, article_id: int) -> bool:
    """True the first time this client views this article in the current hour, so that one client cannot push an
    article up the popular list. Without a cache nothing is counted (fail closed): a lost view is cheap, a list
    anyone could rig while the cache is down is not."""
    hour = int(time.time() // 3600)
    key = f"popular:seen:{hashed(client_network(request), 'popular')[:32]}:{article_id}:{hour}"
    try:
        return bool(cache.add(key, 1, timeout=3600))
    except Exception:
        logger.warning("view counting: cache unavailable, view not counted", exc_info=True)
        return False


def record_view(*, article_id: int, language: str, day: date | None = None) -> bool:
    """Add one view of a readable article; one UPDATE in the common case. Returns whether it was counted."""
    day = day or timezone.localdate()
    counter = ArticleView.objects.filter(article_id=article_id, language=language, day=day)
    if counter.update(count=F("count") + 1):
        return True
    if not Article.objects.readable(language).filter(pk=article_id).exists():
        return False
    try:
        with transaction.atomic():
            ArticleView.objects.create(article_id=article_id, language=language, day=day, count=1)
    except IntegrityError:  # another request created today's counter first
        counter.update(count=F("count") + 1)
    return True


def decay(age_days: int) -> float:
    return 0.5 ** (age_days / HALF_LIFE_DAYS)


def popular_ids(*, language: str, days: int = 7, limit: int = POPULAR_COUNT, today: date | None = None) -> list[int]:
    """Ids of the most viewed readable articles of the last `days` days, each day's views weighted by decay."""
    today = today or timezone.localdate()
    weight = Case(
        *[When(day=today - timedelta(days=age), then=Value(decay(age))) for age in range(days)],
        default=Value(0.0),
        output_field=FloatField(),
    )
    return list(
        ArticleView.objects.filter(
            language=language,
            day__gt=today - timedelta(days=days),
            article__in=Article.objects.readable(language),
        )
        .values("article_id")
        .annotate(score=Sum(F("count") * weight))
        .order_by("-score", "-article_id")
        .values_list("article_id", flat=True)[:limit]
    )


def popular_articles(
    *, language: str, days: int = 7, limit: int = POPULAR_COUNT, exclude: int | None = None
) -> list[Article]:
    """The popular list as cards, without the article `exclude` (the one being read): two queries.

    Until enough articles have views (a new site, a quiet language), the latest articles fill the list.
    """
    ids = [pk for pk in popular_ids(language=language, days=days, limit=limit + 1) if pk != exclude][:limit]
    articles = Article.objects.readable(language).for_cards()
    if exclude is not None:
        articles = articles.exclude(pk=exclude)
    found = articles.in_bulk(ids) if ids else {}
    result = [found[pk] for pk in ids if pk in found]
    if len(result) < limit:
        result += list(articles.exclude(pk__in=ids)[: limit - len(result)])
    return result


def views_per_article(*, article_ids: list[int], days: int = 7, today: date | None = None) -> dict[int, int]:
    """Views of these articles in the last `days` days (today included), both languages together."""
    today = today or timezone.localdate()
    rows = (ArticleView.objects.filter(article_id__in=article_ids, day__gt=today - timedelta(days=days))
            .values("article_id").annotate(views=Sum("count")).values_list("article_id", "views"))
    return dict(rows)
