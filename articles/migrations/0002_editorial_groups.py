"""Create the editorial groups with their permissions."""

from django.db import migrations

from kinews.permissions import crud, grant

AUTHOR_ARTICLES = crud("article", "keyfact", "source") + ["view_category", "view_author"]
AUTHOR_TAGGIT = ["add_tag", "change_tag", "view_tag", "view_taggeditem", "add_taggeditem"]
EDITOR_ARTICLES = AUTHOR_ARTICLES + ["edit_any_article", "add_category", "change_category", "delete_category",
                                     "add_author", "change_author"]
EDITOR_TAGGIT = AUTHOR_TAGGIT + ["delete_tag", "change_taggeditem", "delete_taggeditem"]


def create_groups(apps, schema_editor):
    grant(apps, "Authors", "articles", AUTHOR_ARTICLES)
    grant(apps, "Authors", "taggit", AUTHOR_TAGGIT)
    grant(apps, "Editors", "articles", EDITOR_ARTICLES)
    grant(apps, "Editors", "taggit", EDITOR_TAGGIT)
    apps.get_model("auth", "Group").objects.get_or_create(name="Sales")


def remove_groups(apps, schema_editor):
    apps.get_model("auth", "Group").objects.filter(name__in=["Authors", "Editors", "Sales"]).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("articles", "0001_initial"),
        ("taggit", "0006_rename_taggeditem_content_type_object_id_taggit_tagg_content_8fc721_idx"),
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
    ]

    operations = [migrations.RunPython(create_groups, remove_groups)]
