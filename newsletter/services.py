"""Writes of the subscription life cycle: request (double opt-in), confirm, unsubscribe, clean-up.

Nothing here tells the caller whether an address was already known: the views answer the same way
whatever happened, so the sign-up form cannot be used to test addresses.
"""

import enum
from datetime import timedelta
from functools import partial

from django.conf import settings
from django.core import signing
from django.core.mail import EmailMultiAlternatives
from django.db import IntegrityError, transaction
from django.db.models import Exists, OuterRef
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import gettext_lazy

from kinews.forms_security import hashed
from kinews.ratelimit import UNCOUNTED, count_in_window
from newsletter.consent import CONSENT_VERSION
from newsletter.models import ConsentRecord, Subscriber

_CONFIRM_SALT = "newsletter.confirm"
_UNSUBSCRIBE_SALT = "newsletter.unsubscribe"


# --- Rate limits (Django cache, so they hold across app servers with Redis) ---------------------------------

def _within_limit(kind: str, value: str, limit: tuple[int, int]) -> bool | None:
    """Count one more event for `value`; False once more than `limit` = (count, seconds) happened.

    None when the shared cache cannot count: the caller stores the request and leaves the decision to
    `within_stored_limits`, so a Redis outage neither loses sign-ups nor lifts the limits.
    """
    allowed, window = limit
    key = f"newsletter:rate:{kind}:{hashed(value, 'newsletter.rate')}"  # no addresses in cache keys
    count = count_in_window(key, window)
    return None if count == UNCOUNTED else count <= allowed


def ip_within_limit(ip: str) -> bool | None:
    return _within_limit("ip", ip, settings.NEWSLETTER_RATE_PER_IP)


def within_stored_limits(consent: ConsentRecord) -> bool:
    """The same limits, counted on the stored sign-up requests: for requests taken while the cache was down."""
    def requests_within(limit: tuple[int, int], **same) -> bool:
        allowed, window = limit
        since = consent.requested_at - timedelta(seconds=window)
        return ConsentRecord.objects.filter(
            requested_at__gt=since, requested_at__lte=consent.requested_at, **same
        ).count() <= allowed

    return requests_within(settings.NEWSLETTER_RATE_PER_ADDRESS, email=consent.email) and (
        not consent.ip_hash or requests_within(settings.NEWSLETTER_RATE_PER_IP, ip_hash=consent.ip_hash)
    )


# --- Signed links ---------------------------------------------------------------------------------------------

def confirm_token(consent: ConsentRecord) -> str:
    return signing.dumps(consent.pk, salt=_CONFIRM_SALT, compress=True)


def unsubscribe_token(subscriber_pk: int) -> str:
    return signing.dumps(subscriber_pk, salt=_UNSUBSCRIBE_SALT)


class LinkState(enum.Enum):
    VALID = "valid"
    EXPIRED = "expired"
    INVALID = "invalid"
    ALREADY_CONFIRMED = "already_confirmed"


def consent_for_token(token: str) -> tuple[LinkState, ConsentRecord | None]:
    try:
        pk = signing.loads(token, salt=_CONFIRM_SALT, max_age=settings.NEWSLETTER_CONFIRM_MAX_AGE)
    except signing.SignatureExpired:
        return LinkState.EXPIRED, None
    except signing.BadSignature:
        return LinkState.INVALID, None
    consent = ConsentRecord.objects.select_related("subscriber").filter(pk=pk).first()
    if consent is None:  # deleted by the clean-up
        return LinkState.EXPIRED, None
    if consent.confirmed_at:
        return LinkState.ALREADY_CONFIRMED, consent
    return LinkState.VALID, consent


def subscriber_for_unsubscribe_token(token: str) -> Subscriber | None:
    try:
        pk = signing.loads(token, salt=_UNSUBSCRIBE_SALT)
    except signing.BadSignature:
        return None
    return Subscriber.objects.filter(pk=pk).first()


def absolute_url(view_name: str, language: str, **kwargs) -> str:
    with translation.override(language):
        return settings.SITE_URL + reverse(view_name, kwargs=kwargs)


def unsubscribe_url(subscriber_pk: int, language: str) -> str:
    return absolute_url("newsletter:unsubscribe", language, token=unsubscribe_token(subscriber_pk))


# --- The life cycle -------------------------------------------------------------------------------------------

def normalise_email(email: str) -> str:
    return email.strip().lower()


@transaction.atomic
def subscription_request(*, email: str, language: str, consent_text: str, form_page: str, ip: str,
                         ip_counted: bool = True) -> None:
    """Record a sign-up request and send the confirmation e-mail, unless that would tell or bother anyone.

    Confirmed addresses get nothing (no record, no mail); the same address gets at most a few
    confirmation e-mails a day, however often and from wherever it is entered. `ip_counted=False`: the
    caller could not count the client's requests (cache down); the limits are then counted on stored requests.
    """
    email = normalise_email(email)
    address_within = _within_limit("address", email, settings.NEWSLETTER_RATE_PER_ADDRESS)
    if address_within is False:
        return
    try:
        with transaction.atomic():
            subscriber, _created = Subscriber.objects.get_or_create(email=email, defaults={"language": language})
    except IntegrityError:  # the same address sent twice at the same moment
        subscriber = Subscriber.objects.get(email=email)
    if subscriber.status == Subscriber.Status.CONFIRMED:
        return
    consent = ConsentRecord.objects.create(
        subscriber=subscriber,
        email=email,
        language=language,
        consent_version=CONSENT_VERSION,
        consent_text=consent_text,
        form_page=form_page[:500],
        ip_hash=hashed(ip, "newsletter.ip") if ip else "",
    )
    from newsletter.tasks import send_confirmation_email

    counted = ip_counted and address_within is not None
    transaction.on_commit(partial(send_confirmation_email.enqueue, consent.pk, check_stored_limits=not counted))


def templated_message(template: str, *, subject, to: str, language: str, **context) -> EmailMultiAlternatives:
    """An e-mail in `language` from newsletter/email/<template>.txt and .html (text and HTML part)."""
    with translation.override(language):
        context |= {"language": language, "SITE_NAME": settings.SITE_NAME, "SITE_URL": settings.SITE_URL}
        message = EmailMultiAlternatives(
            subject=str(subject), body=render_to_string(f"newsletter/email/{template}.txt", context), to=[to]
        )
        message.attach_alternative(render_to_string(f"newsletter/email/{template}.html", context), "text/html")
    return message


def confirmation_message(consent: ConsentRecord) -> EmailMultiAlternatives:
    return templated_message(
        "confirm",
        subject=gettext_lazy("Please confirm your subscription to the kinews newsletter"),
        to=consent.email,
        language=consent.language,
        confirm_url=absolute_url("newsletter:confirm", consent.language, token=confirm_token(consent)),
        hours=settings.NEWSLETTER_CONFIRM_MAX_AGE // 3600,
    )


@transaction.atomic
def confirm_subscription(*, consent: ConsentRecord, ip: str) -> bool:
    """Confirm one consent (the POST behind the e-mail's link). False when it was confirmed before."""
    consent = ConsentRecord.objects.select_for_update().select_related("subscriber").get(pk=consent.pk)
    if consent.confirmed_at:
        return False
    now = timezone.now()
    consent.confirmed_at = now
    consent.confirm_ip_hash = hashed(ip, "newsletter.ip") if ip else ""
    consent.save(update_fields=["confirmed_at", "confirm_ip_hash"])
    subscriber = consent.subscriber
    subscriber.status = Subscriber.Status.CONFIRMED
    subscriber.confirmed_at = now
    subscriber.unsubscribed_at = None
    subscriber.language = consent.language
    subscriber.paused_at = subscriber.paused_until = None  # signing up again is a fresh start
    subscriber.save(update_fields=["status", "confirmed_at", "unsubscribed_at", "language", "paused_at",
                                   "paused_until"])
    from newsletter.subscription import queue_welcome_mail

    queue_welcome_mail(subscriber)  # in this transaction: the welcome mail is stored before it is tried
    return True


def unsubscribe(*, subscriber: Subscriber) -> None:
    """Stop all newsletters at once. The subscriber row and consent records stay as proof."""
    Subscriber.objects.filter(pk=subscriber.pk).exclude(status=Subscriber.Status.UNSUBSCRIBED).update(
        status=Subscriber.Status.UNSUBSCRIBED, unsubscribed_at=timezone.now()
    )


@transaction.atomic
def delete_unconfirmed(*, older_than: timezone.timedelta) -> tuple[int, int]:
    """Delete sign-up requests never confirmed within `older_than`; returns (requests, subscribers) deleted.

    Unconfirmed requests prove nothing and are personal data without purpose. Subscribers left without
    any consent record (they never confirmed anything) go too.
    """
    cutoff = timezone.now() - older_than
    requests, _details = ConsentRecord.objects.filter(confirmed_at__isnull=True, requested_at__lt=cutoff).delete()
    orphans = Subscriber.objects.filter(status=Subscriber.Status.PENDING, created_at__lt=cutoff).exclude(
        Exists(ConsentRecord.objects.filter(subscriber=OuterRef("pk")))
    )
    _total, details = orphans.delete()
    return requests, details.get(Subscriber._meta.label, 0)


def delete_expired_proof(*, older_than: timezone.timedelta) -> int:
    """Delete people who unsubscribed longer ago than `older_than`, with their consent proof and deliveries."""
    cutoff = timezone.now() - older_than
    _total, details = Subscriber.objects.filter(
        status=Subscriber.Status.UNSUBSCRIBED, unsubscribed_at__lt=cutoff
    ).delete()
    return details.get(Subscriber._meta.label, 0)
