"""Background work of the consulting app (Django Tasks API)."""

from django.tasks import task

from consulting import services
from consulting.models import Notification


@task(takes_context=True)
def send_notification(context, notification_id: int) -> str:
    """Send one inquiry e-mail; after a failure, queue the next attempt if the backend can defer work.

    Backends that cannot defer (the immediate one in development) leave the retry to
    `manage.py send_pending_notifications`, which cron or a systemd timer runs every few minutes anyway.
    The claim names this task run: run again after its worker died mid-send, it takes its claim back at once.
    """
    claimant = f"task:{context.task_result.id}"
    outcome = services.deliver_notification(notification_id=notification_id, claimant=claimant)
    if outcome == "failed" and send_notification.get_backend().supports_defer:
        notification = Notification.objects.filter(pk=notification_id, status=Notification.Status.PENDING).first()
        if notification:
            send_notification.using(run_after=notification.next_attempt_at).enqueue(notification_id)
    return outcome
