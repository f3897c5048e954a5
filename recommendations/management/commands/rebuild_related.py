import time

from django.core.management.base import BaseCommand

from recommendations.index import LANGUAGES
from recommendations.rebuild import rebuild_all


class Command(BaseCommand):
    help = "Rebuild the related-posts index and every article's related list, in every language."

    def add_arguments(self, parser):
        parser.add_argument("--language", choices=LANGUAGES, action="append", help="Only this language (repeatable).")
        parser.add_argument("--no-progress", action="store_true", help="No progress bar (e.g. in cron mail).")

    def handle(self, *args, language=None, no_progress=False, **options):
        started = time.monotonic()
        width = 30

        def progress(stage: str, done: int, total: int) -> None:
            if no_progress:
                return
            filled = width * done // total if total else width
            percent = 100 * done // total if total else 100
            self.stdout.write(f"\r{stage:<22} [{'#' * filled}{'.' * (width - filled)}] {percent:3d}% {done}/{total}",
                              ending="")
            if done == total:
                self.stdout.write("")
            self.stdout.flush()

        stored = rebuild_all(progress, languages=language or LANGUAGES)
        summary = ", ".join(f"{count} lists in {code}" for code, count in stored.items())
        self.stdout.write(self.style.SUCCESS(f"Rebuilt {summary} in {time.monotonic() - started:.1f} s."))
