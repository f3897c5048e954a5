from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ArticlesConfig(AppConfig):
    name = "articles"
    verbose_name = _("Articles")

    def ready(self) -> None:
        from django.db.backends.signals import connection_created

        from articles import revisions, signals  # noqa: F401
        from articles.search import register_sqlite_functions

        connection_created.connect(register_sqlite_functions, dispatch_uid="articles.search.sqlite_functions")
