"""Store the width and height of images saved without them (the demo loader did so under Django 6.1), so that
pages never open image files to learn their size."""

from django.core.files.images import get_image_dimensions
from django.db import migrations

IMAGES = [("Article", "image"), ("Author", "photo")]


def fill_dimensions(apps, schema_editor):
    for model_name, field in IMAGES:
        model = apps.get_model("articles", model_name)
        missing = model.objects.exclude(**{field: ""}).filter(**{f"{field}_width__isnull": True})
        for row in missing.iterator():
            image = getattr(row, field)
            try:
                with image.storage.open(image.name, "rb") as stored:
                    width, height = get_image_dimensions(stored)
            except OSError:  # the file is gone: nothing to measure, the page shows no size as before
                continue
            if width and height:
                model.objects.filter(pk=row.pk).update(**{f"{field}_width": width, f"{field}_height": height})


class Migration(migrations.Migration):
    dependencies = [
        ("articles", "0006_move_recommendations"),
    ]

    operations = [migrations.RunPython(fill_dimensions, migrations.RunPython.noop)]
