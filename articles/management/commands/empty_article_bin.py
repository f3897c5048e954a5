from django.conf import settings
from django.core.management.base import BaseCommand

from articles.bin import empty_bin


class Command(BaseCommand):
    help = f"Deletes for good the articles deleted more than ARTICLE_BIN_DAYS ({settings.ARTICLE_BIN_DAYS}) days ago."

    def handle(self, *args, **options):
        count = empty_bin()
        self.stdout.write(f"{count} article(s) removed from the bin for good.")
