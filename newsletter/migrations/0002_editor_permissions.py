"""Editors run newsletters and promos and may see and export subscribers; Authors and Sales see none of it."""

from django.db import migrations

from kinews.permissions import crud, grant

EDITORS = crud("promo", "issue", "issuearticle") + [
    "view_subscriber", "delete_subscriber", "export_subscriber", "view_consentrecord", "view_delivery",
]


def grant_editors(apps, schema_editor):
    grant(apps, "Editors", "newsletter", EDITORS)


class Migration(migrations.Migration):
    dependencies = [
        ("newsletter", "0001_initial"),
        ("articles", "0002_editorial_groups"),
    ]

    operations = [migrations.RunPython(grant_editors, migrations.RunPython.noop)]
