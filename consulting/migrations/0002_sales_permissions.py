"""Sales works on inquiries and nothing else; Authors and Editors get no consulting permission."""

from django.db import migrations

from kinews.permissions import grant

SALES = ["view_inquiry", "change_inquiry", "export_inquiry", "view_note", "add_note", "view_historyentry"]


def grant_sales(apps, schema_editor):
    grant(apps, "Sales", "consulting", SALES)


class Migration(migrations.Migration):
    dependencies = [
        ("consulting", "0001_initial"),
        ("articles", "0002_editorial_groups"),
    ]

    operations = [migrations.RunPython(grant_sales, migrations.RunPython.noop)]
