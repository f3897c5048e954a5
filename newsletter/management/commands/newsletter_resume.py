"""Queue the sending task again for every issue still being sent. Run it every 15 minutes, e.g. from cron:

    */15 * * * *  cd /srv/kinews && .venv/bin/python manage.py newsletter_resume

A worker that died in the middle (deploy, out of memory, machine restart) leaves its issue in "sending";
this picks it up where it stopped. Running alongside a live worker is safe: deliveries are claimed row by row,
and rows held by a worker are only taken over once their claim is NEWSLETTER_STALE_CLAIM_SECONDS old.
"""

from django.core.management.base import BaseCommand

from newsletter.models import Issue
from newsletter.tasks import send_issue_task


class Command(BaseCommand):
    help = "Re-queues sending for newsletter issues that are still being sent (safe to run any time)."

    def handle(self, *args, **options):
        issues = list(Issue.objects.filter(status=Issue.Status.SENDING).values_list("pk", flat=True))
        for pk in issues:
            send_issue_task.enqueue(pk)
        self.stdout.write(f"Queued {len(issues)} issue(s) for sending.")
