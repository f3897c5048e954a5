"""Reads: the promos a page shows (cached), and everything stored about one e-mail address."""

from django.db.models import Q
from django.http import HttpRequest
from django.utils import timezone

from kinews.fragments import cached_fragment
from kinews.pagecache import invalidate
from newsletter.models import Promo, Subscriber


def forget_promos() -> None:
    """A promo changed: the cached promo lists and every page showing promos are renewed, on every server."""
    invalidate({"promos", "site"})


def _promos(language: str, request: HttpRequest | None) -> list[Promo]:
    """Every active promo of a language that has not ended, by priority: one query a minute at most.

    Cached as a fragment (kinews/fragments.py) and kept on the request, which asks for up to four places.
    """
    memo = getattr(request, "_promos", {}) if request is not None else {}
    if language not in memo:
        def compute():
            live = Promo.objects.filter(is_active=True, language=language).filter(
                Q(ends_at__isnull=True) | Q(ends_at__gt=timezone.now()))
            return list(live), {"promos"}

        memo[language] = cached_fragment(request, ("promos", language), compute)
        if request is not None:
            request._promos = memo
    return memo[language]


def live_promo(*, placement: str, language: str, request: HttpRequest | None = None) -> Promo | None:
    """The promo with the highest priority for this place and language, if one is running now.

    The schedule is checked on every call, so a promo appears and disappears on time even from the cache.
    """
    now = timezone.now()
    for promo in _promos(language, request):  # ordered by priority
        if (
            promo.placement == placement
            and (promo.starts_at is None or promo.starts_at <= now)
            and (promo.ends_at is None or promo.ends_at > now)
        ):
            return promo
    return None


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
