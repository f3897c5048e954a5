from django.db import migrations

from kinews.permissions import crud, grant


def grant_editors(apps, schema_editor):
    grant(apps, "Editors", "pages", crud("page", "sociallink"))


class Migration(migrations.Migration):
    dependencies = [
        ("pages", "0001_site_pages"),
        ("articles", "0002_editorial_groups"),
    ]

    operations = [migrations.RunPython(grant_editors, migrations.RunPython.noop)]
