"""Delete newsletter sign-ups that were never confirmed, and the consent proof of people who unsubscribed
long ago. Run it daily, e.g. from cron:

    17 3 * * *  cd /srv/kinews && .venv/bin/python manage.py newsletter_cleanup

Ages come from settings.NEWSLETTER_UNCONFIRMED_DELETE_AFTER (seconds; default 7 days; or --days) and
settings.NEWSLETTER_UNSUBSCRIBED_KEEP (seconds; default three years, the limitation period for claims).
"""

from django.conf import settings
from django.core.management.base import BaseCommand
from django.utils import timezone

from newsletter.services import delete_expired_proof, delete_unconfirmed


class Command(BaseCommand):
    help = "Deletes newsletter sign-up requests that were not confirmed in time (schedule it daily)."

    def add_arguments(self, parser):
        parser.add_argument(
            "--days", type=float, help="Age in days (default: the NEWSLETTER_UNCONFIRMED_DELETE_AFTER setting)."
        )

    def handle(self, *args, days=None, **options):
        seconds = days * 86400 if days is not None else settings.NEWSLETTER_UNCONFIRMED_DELETE_AFTER
        requests, subscribers = delete_unconfirmed(older_than=timezone.timedelta(seconds=seconds))
        former = delete_expired_proof(older_than=timezone.timedelta(seconds=settings.NEWSLETTER_UNSUBSCRIBED_KEEP))
        self.stdout.write(
            f"Deleted {requests} unconfirmed sign-up requests, {subscribers} never confirmed subscribers "
            f"and {former} subscribers who unsubscribed long ago."
        )
