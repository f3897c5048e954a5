"""Everything stored about one e-mail address, as JSON (for a data-access request under Art. 15 GDPR)."""

import json

from django.core.management.base import BaseCommand, CommandError

from newsletter.selectors import subscriber_export


class Command(BaseCommand):
    help = "Prints all newsletter data stored about one e-mail address (subscriber, consent records) as JSON."

    def add_arguments(self, parser):
        parser.add_argument("email")

    def handle(self, *args, email, **options):
        data = subscriber_export(email=email)
        if data is None:
            raise CommandError(f"No newsletter data stored for {email}.")
        self.stdout.write(json.dumps(data, indent=2, ensure_ascii=False))
