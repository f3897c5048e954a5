"""Writes of the consulting app: submitting an inquiry, sending its e-mails, the sales pipeline, privacy."""

import hashlib
import logging
from dataclasses import dataclass
from datetime import timedelta
from functools import partial

from django.conf import settings
from django.core import mail
from django.db import IntegrityError, transaction
from django.db.models import Q
from django.template.loader import render_to_string
from django.utils import timezone, translation

from consulting.models import HistoryEntry, Inquiry, Note, Notification, UsedFormToken
from kinews.clients import hashed
from kinews.outbox import send_claimed
from kinews.ratelimit import count_in_window

logger = logging.getLogger(__name__)

CLAIM_SECONDS = 300  # a send that takes longer than this is assumed dead and may be retried


@dataclass(frozen=True)
class Submission:
    """What became of a sent form: `flagged` ones are kept from sales' inbox and get no e-mail; `inquiry` is None
    for flagged ones not stored at all because too many were stored recently (CONSULTING_SPAM_STORE_LIMIT)."""

    inquiry: Inquiry | None
    flagged: bool


def inquiry_submit(*, data: dict, language: str, source_path: str = "", source_cta: str = "",
                   spam_reasons: list[str] | tuple = (), form_token: str = "") -> Submission:
    """Store an inquiry in its own transaction; its e-mails are queued only after that commit.

    `durable=True` makes sure no caller wraps this in a larger transaction that could still roll the inquiry
    back after mail went out. Spam is stored too (up to a limit per window), but triggers no e-mail at all.
    `form_token` (a verified one) is good for one inquiry: the same form sent again by the same address is
    answered as before and stores nothing; sent with other details it is flagged ("token-reused").
    """
    reasons = list(spam_reasons)
    with transaction.atomic(durable=True):
        if reasons and _spam_store_limit_reached():
            return _dropped(reasons)
        used = None
        if form_token:
            used, earlier = _use_form_token(form_token)
            if earlier is not None:
                first = earlier.inquiry
                if first is not None and not first.is_spam and first.email.lower() == data["email"].lower():
                    return Submission(first, flagged=False)  # a double click or a reload of the POST
                reasons.append("token-reused")
                if _spam_store_limit_reached():
                    return _dropped(reasons)
        inquiry = Inquiry.objects.create(
            **data,
            consent_at=timezone.now(),
            language=language,
            source_path=source_path,
            source_cta=source_cta,
            is_spam=bool(reasons),
            spam_reasons=",".join(reasons),
        )
        if used is not None:
            UsedFormToken.objects.filter(pk=used.pk).update(inquiry=inquiry)
        kinds = []
        if not inquiry.is_spam:
            kinds.append(Notification.Kind.SALES)
            if settings.CONSULTING_SEND_CONFIRMATION and confirmation_allowed(inquiry.email):
                kinds.append(Notification.Kind.CONFIRMATION)
        for kind in kinds:
            notification = Notification.objects.create(inquiry=inquiry, kind=kind)
            transaction.on_commit(partial(_enqueue_notification, notification.pk), robust=True)
    return Submission(inquiry, flagged=inquiry.is_spam)


def _use_form_token(token: str) -> tuple[UsedFormToken | None, UsedFormToken | None]:
    """Mark the token used: (the new row, None), or (None, the row of its earlier use)."""
    digest = hashlib.sha256(token.encode()).hexdigest()
    expires_at = timezone.now() + timedelta(seconds=settings.CONSULTING_FORM_MAX_AGE)
    try:
        with transaction.atomic():
            return UsedFormToken.objects.create(digest=digest, expires_at=expires_at), None
    except IntegrityError:  # used before (or at this very moment, by a request that committed first)
        return None, UsedFormToken.objects.select_related("inquiry").get(digest=digest)


def _spam_store_limit_reached() -> bool:
    """Flagged inquiries are stored for review only up to a number per window, so spam cannot fill the database."""
    since = timezone.now() - timedelta(seconds=settings.CONSULTING_SPAM_STORE_WINDOW)
    return Inquiry.objects.filter(is_spam=True, received_at__gte=since).count() >= settings.CONSULTING_SPAM_STORE_LIMIT


def _dropped(reasons: list[str]) -> Submission:
    logger.warning("Flagged inquiry not stored: more than %s flagged in %s s (%s)",
                   settings.CONSULTING_SPAM_STORE_LIMIT, settings.CONSULTING_SPAM_STORE_WINDOW, ",".join(reasons))
    return Submission(None, flagged=True)


def confirmation_allowed(email: str) -> bool:
    """Count a confirmation e-mail to `email`; False once the address got its share for the day.

    However many forms name one address, from wherever they come, it gets only a few confirmations a day:
    the form cannot be used to flood a stranger's inbox. (Sales still hears of every inquiry.)
    """
    allowed, window = settings.CONSULTING_CONFIRMATIONS_PER_ADDRESS
    key = f"consulting:confirmations:{hashed(email.strip().lower(), 'consulting.confirmations')[:32]}"
    return count_in_window(key, window) <= allowed


def _enqueue_notification(notification_id: int) -> None:
    from consulting.tasks import send_notification

    # robust=True on on_commit: if the queue is down, the visitor still gets the thank-you page and
    # `send_pending_notifications` sends the mail later.
    send_notification.enqueue(notification_id)


def deliver_notification(*, notification_id: int, claimant: str = "") -> str:
    """Send one pending notification if it is due and nobody else is sending it. Returns the outcome.

    The claim is a conditional UPDATE, so of several workers (or a worker and the cron command) exactly
    one sends; a failure releases the claim and schedules the next attempt. A `claimant` (the task run)
    may take back a claim it left itself, when its worker died while sending and the task runs again.
    """
    now = timezone.now()
    free = Q(claimed_until__isnull=True) | Q(claimed_until__lt=now)
    if claimant:
        free |= Q(claimed_by=claimant)
    claimed = (
        Notification.objects.filter(pk=notification_id, status=Notification.Status.PENDING, next_attempt_at__lte=now)
        .filter(free)
        .update(claimed_until=now + timedelta(seconds=CLAIM_SECONDS), claimed_by=claimant)
    )
    if not claimed:
        return "skipped"
    notification = Notification.objects.select_related("inquiry").get(pk=notification_id)
    return send_claimed(notification, build_message, max_attempts=settings.CONSULTING_NOTIFY_MAX_ATTEMPTS,
                        release={"claimed_by": ""})


def build_message(notification: Notification) -> mail.EmailMessage:
    inquiry = notification.inquiry
    if notification.kind == Notification.Kind.SALES:
        with translation.override(settings.LANGUAGE_CODE):
            context = {"inquiry": inquiry, "admin_url": settings.SITE_URL + inquiry.get_admin_url()}
            subject = render_to_string("consulting/email/sales_subject.txt", context)
            body = render_to_string("consulting/email/sales_body.txt", context)
        return mail.EmailMessage(_one_line(subject), body, to=settings.CONSULTING_NOTIFY_EMAIL,
                                 reply_to=[inquiry.email])
    # The confirmation repeats nothing the visitor typed, so the form cannot be used to mail
    # arbitrary text to a stranger's address.
    with translation.override(inquiry.language):
        context = {"inquiry": inquiry, "SITE_NAME": settings.SITE_NAME}
        subject = render_to_string("consulting/email/confirmation_subject.txt", context)
        body = render_to_string("consulting/email/confirmation_body.txt", context)
    return mail.EmailMessage(_one_line(subject), body, to=[inquiry.email])


def _one_line(text: str) -> str:
    return " ".join(text.split())[:200]


def due_notifications():
    now = timezone.now()
    return (
        Notification.objects.filter(status=Notification.Status.PENDING, next_attempt_at__lte=now)
        .filter(Q(claimed_until__isnull=True) | Q(claimed_until__lt=now))
        .order_by("next_attempt_at", "pk")
    )


# --- The sales pipeline. Every status, owner or spam change goes through here and leaves a history entry.

def _user_label(user) -> str:
    if user is None:
        return ""
    return user.get_full_name() or user.get_username()


def record_changes(*, inquiry: Inquiry, old_status: str, old_owner, old_spam: bool, by) -> list[HistoryEntry]:
    """Write history entries for what changed on `inquiry` (already saved) compared to the old values."""
    entries = []
    if old_status != inquiry.status:
        entries.append(HistoryEntry(inquiry=inquiry, changed_by=by, field=HistoryEntry.Field.STATUS,
                                    old_value=Inquiry.Status(old_status).label,
                                    new_value=Inquiry.Status(inquiry.status).label))
    if old_owner != inquiry.owner:
        entries.append(HistoryEntry(inquiry=inquiry, changed_by=by, field=HistoryEntry.Field.OWNER,
                                    old_value=_user_label(old_owner), new_value=_user_label(inquiry.owner)))
    if old_spam != inquiry.is_spam:
        entries.append(HistoryEntry(inquiry=inquiry, changed_by=by, field=HistoryEntry.Field.SPAM,
                                    old_value=str(old_spam), new_value=str(inquiry.is_spam)))
    return HistoryEntry.objects.bulk_create(entries)


def derive_pipeline_times(inquiry: Inquiry) -> None:
    """The first move out of "New" is the first response; reaching Won/Lost closes the inquiry."""
    if inquiry.status != Inquiry.Status.NEW and inquiry.first_response_at is None:
        inquiry.first_response_at = timezone.now()
    if inquiry.status in (Inquiry.Status.WON, Inquiry.Status.LOST):
        inquiry.closed_at = inquiry.closed_at or timezone.now()
    else:
        inquiry.closed_at = None


@transaction.atomic
def inquiry_update(*, inquiry: Inquiry, by, **changes) -> Inquiry:
    """Change status/owner/spam (and other fields) of one inquiry, recording the history."""
    old = Inquiry.objects.select_for_update(of=("self",)).select_related("owner").get(pk=inquiry.pk)
    for name, value in changes.items():
        setattr(inquiry, name, value)
    derive_pipeline_times(inquiry)
    inquiry.save()
    record_changes(inquiry=inquiry, old_status=old.status, old_owner=old.owner, old_spam=old.is_spam, by=by)
    return inquiry


def note_add(*, inquiry: Inquiry, author, text: str) -> Note:
    return Note.objects.create(inquiry=inquiry, author=author, text=text)


# --- Privacy: retention and data access.

ANONYMISED = "—"


@transaction.atomic
def apply_retention(*, now=None) -> dict[str, int]:
    """Anonymise closed inquiries past their retention time, delete old spam and expired form tokens.
    Returns the counts."""
    now = now or timezone.now()
    closed_before = now - timedelta(days=30 * settings.CONSULTING_RETENTION_MONTHS)
    spam_before = now - timedelta(days=settings.CONSULTING_SPAM_RETENTION_DAYS)
    _total, per_model = Inquiry.objects.filter(is_spam=True, received_at__lt=spam_before).delete()
    tokens_deleted, _details = UsedFormToken.objects.filter(expires_at__lt=now).delete()
    old = Inquiry.objects.closed().filter(is_spam=False, closed_at__lt=closed_before, anonymised_at__isnull=True)
    ids = list(old.values_list("pk", flat=True))
    Note.objects.filter(inquiry_id__in=ids).delete()
    Notification.objects.filter(inquiry_id__in=ids).delete()
    # Company, topic, budget, status, source and dates stay for statistics; nothing that names a person.
    anonymised = Inquiry.objects.filter(pk__in=ids).update(
        name=ANONYMISED, email="", phone="", role="", message="", lost_reason="", anonymised_at=now,
    )
    return {"anonymised": anonymised, "spam_deleted": per_model.get("consulting.Inquiry", 0),
            "used_tokens_deleted": tokens_deleted}


def personal_data_export(*, email: str) -> dict:
    """Everything stored about one e-mail address (GDPR data access), as JSON-ready data."""
    inquiries = (
        Inquiry.objects.filter(email__iexact=email.strip())
        .select_related("owner")
        .prefetch_related("notes__author", "history__changed_by", "notifications")
        .order_by("received_at")
    )
    return {
        "email": email.strip(),
        "exported_at": timezone.now().isoformat(),
        "inquiries": [_inquiry_data(inquiry) for inquiry in inquiries],
    }


def _inquiry_data(inquiry: Inquiry) -> dict:
    fields = ["id", "name", "email", "company", "role", "phone", "topic", "budget", "message", "contact_by",
              "language", "source_path", "source_cta", "is_spam", "spam_reasons", "status", "lost_reason"]
    data = {name: getattr(inquiry, name) for name in fields}
    for name in ["received_at", "consent_at", "first_response_at", "closed_at"]:
        value = getattr(inquiry, name)
        data[name] = value.isoformat() if value else None
    data["owner"] = _user_label(inquiry.owner)
    data["notes"] = [{"written_at": n.created_at.isoformat(), "author": _user_label(n.author), "text": n.text}
                     for n in inquiry.notes.all()]
    data["history"] = [{"changed_at": h.changed_at.isoformat(), "changed_by": _user_label(h.changed_by),
                        "field": h.field, "from": h.old_value, "to": h.new_value} for h in inquiry.history.all()]
    data["emails"] = [{"kind": n.kind, "status": n.status, "sent_at": n.sent_at.isoformat() if n.sent_at else None}
                      for n in inquiry.notifications.all()]
    return data
