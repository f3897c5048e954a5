"""Background work of the newsletter app (Django Tasks API: immediate in development, db_worker in production)."""

from django.core import mail
from django.tasks import task

from newsletter.models import ConsentRecord


@task()
def send_confirmation_email(consent_pk: int, check_stored_limits: bool = False) -> bool:
    """The double opt-in e-mail for one sign-up request (taken while the rate limits could not be counted in
    the cache: only if the stored requests keep within them)."""
    from newsletter.services import confirmation_message, within_stored_limits

    consent = ConsentRecord.objects.filter(pk=consent_pk, confirmed_at__isnull=True).first()
    if consent is None or (check_stored_limits and not within_stored_limits(consent)):
        return False
    mail.mailers.default.send_messages([confirmation_message(consent)])
    return True


@task()
def send_issue_task(issue_pk: int) -> dict:
    """Send one newsletter issue to its subscribers; safe to run again after a crash (see sending.py)."""
    from newsletter.sending import send_issue

    return send_issue(issue_pk)


@task()
def send_subscriber_mail(mail_id: int) -> str:
    """Send one e-mail about a subscription (the welcome mail); after a failure, queue the next attempt if the
    backend can defer work. Otherwise `manage.py newsletter_send_mail` (cron) retries it."""
    from newsletter.models import SubscriberMail
    from newsletter.subscription import deliver_subscriber_mail

    outcome = deliver_subscriber_mail(mail_id=mail_id)
    if outcome == "failed" and send_subscriber_mail.get_backend().supports_defer:
        row = SubscriberMail.objects.filter(pk=mail_id, status=SubscriberMail.Status.PENDING).first()
        if row:
            send_subscriber_mail.using(run_after=row.next_attempt_at).enqueue(mail_id)
    return outcome
