import json

from django.core.management.base import BaseCommand

from consulting import services


class Command(BaseCommand):
    help = "Print everything stored about one e-mail address (inquiries, notes, history) as JSON (GDPR access)."

    def add_arguments(self, parser):
        parser.add_argument("email")

    def handle(self, *args, email, **options):
        self.stdout.write(json.dumps(services.personal_data_export(email=email), ensure_ascii=False, indent=2))
