"""A subscriber's own page and the e-mails about the subscription.

After confirming, the subscriber gets a welcome e-mail with a personal link (signed, no login, no number to
count up) to a page where they change the newsletter's language, pause it for a while or until they resume,
and unsubscribe. The welcome e-mail is a SubscriberMail row written in the confirming transaction and sent after
commit; a failed send is retried with a growing delay (task, and `manage.py newsletter_send_mail` from cron).
"""

from datetime import timedelta
from functools import partial

from django.conf import settings
from django.core import signing
from django.core.mail import EmailMultiAlternatives
from django.db import transaction
from django.db.models import Q, QuerySet
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy

from kinews.outbox import send_claimed
from newsletter.models import Subscriber, SubscriberMail
from newsletter.services import absolute_url, templated_message, unsubscribe_url

_MANAGE_SALT = "newsletter.manage"
CLAIM_SECONDS = 300  # a send that takes longer than this is assumed dead and may be tried again


# --- The personal link ----------------------------------------------------------------------------------------

def manage_token(subscriber_pk: int) -> str:
    return signing.dumps(subscriber_pk, salt=_MANAGE_SALT)


def subscriber_for_manage_token(token: str) -> Subscriber | None:
    try:
        pk = signing.loads(token, salt=_MANAGE_SALT)
    except signing.BadSignature:
        return None
    return Subscriber.objects.filter(pk=pk).first()


def manage_path(subscriber: Subscriber) -> str:
    """The subscriber's page in the current language, as a path (for links on our own pages)."""
    return reverse("newsletter:subscription", kwargs={"token": manage_token(subscriber.pk)})


def manage_url(subscriber: Subscriber, language: str | None = None) -> str:
    """The absolute address of the subscriber's page, in their newsletter language unless told otherwise."""
    return absolute_url("newsletter:subscription", language or subscriber.language, token=manage_token(subscriber.pk))


# --- Changes the subscriber makes ------------------------------------------------------------------------------

def change_language(*, subscriber: Subscriber, language: str) -> None:
    Subscriber.objects.filter(pk=subscriber.pk).update(language=language)
    subscriber.language = language


def pause(*, subscriber: Subscriber, days: int | None) -> None:
    """No issues for `days` days, or until the subscriber resumes when `days` is None."""
    now = timezone.now()
    until = now + timedelta(days=days) if days else None
    Subscriber.objects.filter(pk=subscriber.pk).update(paused_at=now, paused_until=until)
    subscriber.paused_at, subscriber.paused_until = now, until


def resume(*, subscriber: Subscriber) -> None:
    Subscriber.objects.filter(pk=subscriber.pk).update(paused_at=None, paused_until=None)
    subscriber.paused_at = subscriber.paused_until = None


# --- The welcome e-mail ----------------------------------------------------------------------------------------

def queue_welcome_mail(subscriber: Subscriber) -> SubscriberMail:
    """Store the welcome e-mail (in the caller's transaction) and send it once that commits."""
    row = SubscriberMail.objects.create(subscriber=subscriber, kind=SubscriberMail.Kind.WELCOME)
    # robust: if the queue is down, the confirmation still succeeds and the cron command sends the mail later.
    transaction.on_commit(partial(_enqueue, row.pk), robust=True)
    return row


def _enqueue(mail_id: int) -> None:
    from newsletter.tasks import send_subscriber_mail

    send_subscriber_mail.enqueue(mail_id)


def due_subscriber_mails() -> QuerySet:
    now = timezone.now()
    return SubscriberMail.objects.filter(status=SubscriberMail.Status.PENDING, next_attempt_at__lte=now).filter(
        Q(claimed_until__isnull=True) | Q(claimed_until__lt=now)
    )


def deliver_subscriber_mail(*, mail_id: int) -> str:
    """Send one due e-mail unless another worker holds it: "sent", "failed", "skipped" or "busy"."""
    now = timezone.now()
    if not due_subscriber_mails().filter(pk=mail_id).update(claimed_until=now + timedelta(seconds=CLAIM_SECONDS)):
        return "busy"
    row = SubscriberMail.objects.select_related("subscriber").get(pk=mail_id)
    if row.subscriber.status != Subscriber.Status.CONFIRMED:  # unsubscribed before the mail could go out
        SubscriberMail.objects.filter(pk=mail_id).update(status=SubscriberMail.Status.SKIPPED, claimed_until=None)
        return "skipped"
    return send_claimed(row, lambda row: welcome_message(row.subscriber),
                        max_attempts=settings.NEWSLETTER_MAIL_MAX_ATTEMPTS)


def welcome_message(subscriber: Subscriber) -> EmailMultiAlternatives:
    return templated_message(
        "welcome",
        subject=gettext_lazy("Welcome to the kinews newsletter"),
        to=subscriber.email,
        language=subscriber.language,
        manage_url=manage_url(subscriber),
        unsubscribe_url=unsubscribe_url(subscriber.pk, subscriber.language),
    )
