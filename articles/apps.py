from django.apps import AppConfig
from django.utils.translation import pgettext_lazy


class ArticlesConfig(AppConfig):
    name = "articles"
    # The admin section of articles, categories, authors and redirects; "Articles" would read "Artikel › Artikel".
    verbose_name = pgettext_lazy("admin section", "Content")

    def ready(self) -> None:
        from django.db.backends.signals import connection_created

        from articles import revisions, signals  # noqa: F401
        from articles.search import register_sqlite_functions

        connection_created.connect(register_sqlite_functions, dispatch_uid="articles.search.sqlite_functions")
