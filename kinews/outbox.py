"""Mails that must not be lost: one row per mail, written before anything is sent, sent by the task worker.

A row (consulting.Notification, newsletter.SubscriberMail) has status pending/sent/failed, attempts,
next_attempt_at, claimed_until and last_error. Whoever sends first claims the row with a conditional UPDATE (its
app decides what else a claim needs); `send_claimed` then sends and records the attempt: a failure releases the
claim and schedules the next try, 1, 2, 4 … minutes later, until the row's app gives up.
"""

import logging
from collections.abc import Callable
from datetime import timedelta

from django.core import mail
from django.db import models
from django.utils import timezone

logger = logging.getLogger(__name__)


def retry_delay(attempts: int) -> timedelta:
    """1, 2, 4, ... minutes after each failure, at most an hour apart."""
    return timedelta(minutes=min(2 ** max(attempts - 1, 0), 60))


def send_claimed(row: models.Model, message_for: Callable[[models.Model], mail.EmailMessage], *,
                 max_attempts: int, release: dict | None = None) -> str:
    """Send the mail of a row this worker holds the claim on and record the attempt: "sent" or "failed".

    `release`: what else frees the claim besides claimed_until (e.g. the claimant's name).
    """
    rows = type(row)._default_manager.filter(pk=row.pk)
    released = {"claimed_until": None, **(release or {})}
    attempts = row.attempts + 1
    try:
        mail.mailers.default.send_messages([message_for(row)])
    except Exception as error:  # mail server down, refused, timeout, a broken template: keep it, try again later
        give_up = attempts >= max_attempts
        rows.update(
            **released, attempts=attempts, last_error=f"{type(error).__name__}: {error}"[:300],
            next_attempt_at=timezone.now() + retry_delay(attempts),
            status=row.Status.FAILED if give_up else row.Status.PENDING,
        )
        (logger.error if give_up else logger.warning)(
            "%s %s failed (attempt %s): %s", row._meta.label, row.pk, attempts, type(error).__name__)
        return "failed"
    rows.update(**released, attempts=attempts, last_error="", sent_at=timezone.now(), status=row.Status.SENT)
    return "sent"
