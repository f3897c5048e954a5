"""Editors pin and exclude related articles: they need the permissions of the RelatedChoice inline."""

from django.db import migrations

from kinews.permissions import crud, grant


def grant_editors(apps, schema_editor):
    grant(apps, "Editors", "recommendations", crud("relatedchoice") + ["view_relatedarticle"])


class Migration(migrations.Migration):
    dependencies = [
        ("recommendations", "0002_own_tables"),
        ("articles", "0002_editorial_groups"),
    ]

    operations = [migrations.RunPython(grant_editors, migrations.RunPython.noop)]
