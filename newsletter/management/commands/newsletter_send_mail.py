from django.core.management.base import BaseCommand

from newsletter.subscription import deliver_subscriber_mail, due_subscriber_mails


class Command(BaseCommand):
    help = ("Send welcome e-mails that are still due (the mail server was down, or the queue lost a task). "
            "Safe to run often and beside workers: each e-mail is claimed before it is sent. Schedule it every "
            "few minutes (cron, systemd timer).")

    def add_arguments(self, parser):
        parser.add_argument("--limit", type=int, default=500, help="at most this many e-mails per run")

    def handle(self, *args, limit, **options):
        outcomes = {"sent": 0, "failed": 0, "skipped": 0, "busy": 0}
        for mail_id in list(due_subscriber_mails().values_list("pk", flat=True)[:limit]):
            outcomes[deliver_subscriber_mail(mail_id=mail_id)] += 1
        self.stdout.write(", ".join(f"{outcome} {count}" for outcome, count in outcomes.items()))
