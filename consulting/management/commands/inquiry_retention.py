from django.conf import settings
from django.core.management.base import BaseCommand

from consulting import services


class Command(BaseCommand):
    help = (f"Anonymise won/lost inquiries closed more than CONSULTING_RETENTION_MONTHS "
            f"({settings.CONSULTING_RETENTION_MONTHS}) months ago (notes deleted) and delete spam older than "
            f"CONSULTING_SPAM_RETENTION_DAYS ({settings.CONSULTING_SPAM_RETENTION_DAYS}) days. Run daily.")

    def handle(self, *args, **options):
        counts = services.apply_retention()
        self.stdout.write(f"anonymised {counts['anonymised']}, spam deleted {counts['spam_deleted']}, "
                          f"expired form tokens deleted {counts['used_tokens_deleted']}")
