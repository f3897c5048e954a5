"""The moved tables get this app's names (recommendations_*); rows, indexes and constraints are kept."""

from django.db import migrations

MODELS = ["articleterm", "termstat", "relatedarticle", "relatedchoice", "articleview"]


class Migration(migrations.Migration):
    dependencies = [
        ("recommendations", "0001_initial"),
    ]

    operations = [migrations.AlterModelTable(name=name, table=None) for name in MODELS]
