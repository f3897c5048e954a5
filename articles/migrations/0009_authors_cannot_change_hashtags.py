"""Authors no longer rename, re-slug or add hashtags in the hashtag admin: that is for editors (who leave
redirects). Authors still create new hashtags by typing them into their own article's hashtag field."""

from django.db import migrations

from kinews.permissions import grant

TAKEN_FROM_AUTHORS = ["add_tag", "change_tag", "add_taggeditem"]


def narrow_authors(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    authors = Group.objects.filter(name="Authors").first()
    if authors is not None:
        authors.permissions.remove(
            *Permission.objects.filter(content_type__app_label="taggit", codename__in=TAKEN_FROM_AUTHORS)
        )


def widen_authors(apps, schema_editor):
    grant(apps, "Authors", "taggit", TAKEN_FROM_AUTHORS)


class Migration(migrations.Migration):
    dependencies = [
        ("articles", "0008_redirect_targets_on_site"),
        ("taggit", "0006_rename_taggeditem_content_type_object_id_taggit_tagg_content_8fc721_idx"),
        ("auth", "0012_alter_user_first_name_max_length"),
    ]

    operations = [migrations.RunPython(narrow_authors, widen_authors)]
