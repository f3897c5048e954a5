from django.core.management.base import BaseCommand

from consulting import services


class Command(BaseCommand):
    help = ("Send inquiry e-mails that are still pending (mail server was down, queue lost a task). "
            "Safe to run often and in parallel with workers: each e-mail is claimed before it is sent. "
            "Schedule it every few minutes (cron, systemd timer).")

    def add_arguments(self, parser):
        parser.add_argument("--limit", type=int, default=500, help="at most this many e-mails per run")

    def handle(self, *args, limit, **options):
        outcomes = {"sent": 0, "failed": 0, "skipped": 0}
        for notification_id in list(services.due_notifications().values_list("pk", flat=True)[:limit]):
            outcomes[services.deliver_notification(notification_id=notification_id)] += 1
        self.stdout.write(f"sent {outcomes['sent']}, failed {outcomes['failed']}, skipped {outcomes['skipped']}")
