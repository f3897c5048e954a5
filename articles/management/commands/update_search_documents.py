from django.core.management.base import BaseCommand

from articles.models import Article
from articles.search import is_postgresql, search_vector_updates


class Command(BaseCommand):
    help = "Recompute the full-text search documents of all articles (after bulk imports that skip save())."

    def handle(self, *args, **options):
        if not is_postgresql():
            self.stdout.write("Not PostgreSQL: search uses the simple fallback and needs no documents.")
            return
        count = Article.objects.update(**search_vector_updates())
        self.stdout.write(f"Search documents of {count} articles updated.")
