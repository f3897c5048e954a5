"""Reads: the promos a page shows (cached), and everything stored about one e-mail address."""

from datetime import datetime

from django.core.cache import cache
from django.db.models import Q
from django.utils import timezone

from kinews.pagecache import invalidate
from newsletter.models import Promo, Subscriber

_PROMOS_KEY = "newsletter:promos:v2:{language}"
_PROMOS_VERSION_KEY = "newsletter:promos:generation"
PROMO_CACHE_SECONDS = 300


def _cache_key(language: str) -> str:
    # A generation number lets one cache.incr() forget every language at once, on every app server.
    generation = cache.get_or_set(_PROMOS_VERSION_KEY, 1, timeout=None)
    return f"{_PROMOS_KEY.format(language=language)}:{generation}"


def forget_promos() -> None:
    try:
        cache.incr(_PROMOS_VERSION_KEY)
    except ValueError:
        cache.set(_PROMOS_VERSION_KEY, 2, timeout=None)
    # Promos are on every page: cached pages must be rendered anew (kinews/pagecache.py).
    invalidate({"site"})


def _promos(language: str) -> list[Promo]:
    """Every active promo of a language that has not ended, by priority: one query, cached."""
    try:
        key = _cache_key(language)
        promos = cache.get(key)
    except Exception:  # a cache outage costs a query, never the page
        key, promos = None, None
    if promos is None:
        promos = list(
            Promo.objects.filter(is_active=True, language=language)
            .filter(Q(ends_at__isnull=True) | Q(ends_at__gt=timezone.now()))
        )
        if key is not None:
            try:
                cache.set(key, promos, PROMO_CACHE_SECONDS)
            except Exception:
                pass
    return promos


def live_promo(*, placement: str, language: str) -> Promo | None:
    """The promo with the highest priority for this place and language, if one is running now.

    The schedule is checked on every call, so a promo appears and disappears on time even from the cache.
    """
    now = timezone.now()
    for promo in _promos(language):  # ordered by priority
        if (
            promo.placement == placement
            and (promo.starts_at is None or promo.starts_at <= now)
            and (promo.ends_at is None or promo.ends_at > now)
        ):
            return promo
    return None


def next_promo_change(language: str) -> datetime | None:
    """When the promos of `language` next change by their schedule (one starts or ends), if ever.

    Page skeletons (kinews/skeleton.py) show promos and must not outlive this moment.
    """
    now = timezone.now()
    moments = [
        moment
        for promo in _promos(language)
        for moment in (promo.starts_at, promo.ends_at)
        if moment is not None and moment > now
    ]
    return min(moments, default=None)


def subscriber_export(*, email: str) -> dict | None:
    """Everything stored about one e-mail address (answer to a data-access request), or None."""
    subscriber = Subscriber.objects.filter(email__iexact=email.strip()).prefetch_related("consents").first()
    if subscriber is None:
        return None

    def when(value):
        return value.isoformat() if value else None

    return {
        "email": subscriber.email,
        "language": subscriber.language,
        "status": subscriber.status,
        "first_request": when(subscriber.created_at),
        "confirmed_at": when(subscriber.confirmed_at),
        "unsubscribed_at": when(subscriber.unsubscribed_at),
        "paused_at": when(subscriber.paused_at),
        "paused_until": when(subscriber.paused_until),
        "newsletters_sent": subscriber.deliveries.filter(status="sent").count(),
        "subscription_emails": [
            {"kind": row.kind, "status": row.status, "created_at": when(row.created_at), "sent_at": when(row.sent_at)}
            for row in subscriber.mails.all()
        ],
        "consent_records": [
            {
                "email": consent.email,
                "language": consent.language,
                "requested_at": when(consent.requested_at),
                "confirmed_at": when(consent.confirmed_at),
                "consent_version": consent.consent_version,
                "consent_text": consent.consent_text,
                "form_page": consent.form_page,
                "ip_address_hash": consent.ip_hash,
                "confirmation_ip_address_hash": consent.confirm_ip_hash,
            }
            for consent in subscriber.consents.all()
        ],
    }
