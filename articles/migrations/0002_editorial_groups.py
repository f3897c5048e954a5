"""Create the editorial groups with their permissions.

Permissions are normally created after all migrations ran (post_migrate), so we create them here
first for the apps involved.
"""

from django.contrib.auth.management import create_permissions
from django.db import migrations

AUTHOR_PERMISSIONS = {
    "articles": ["add_article", "change_article", "delete_article", "view_article",
                 "add_keyfact", "change_keyfact", "delete_keyfact", "view_keyfact",
                 "add_source", "change_source", "delete_source", "view_source",
                 "view_category", "view_author"],
    "taggit": ["add_tag", "change_tag", "view_tag", "view_taggeditem", "add_taggeditem"],
}
EDITOR_PERMISSIONS = {
    "articles": AUTHOR_PERMISSIONS["articles"] + [
        "edit_any_article", "add_category", "change_category", "delete_category",
        "add_author", "change_author",
    ],
    "taggit": AUTHOR_PERMISSIONS["taggit"] + ["delete_tag", "change_taggeditem", "delete_taggeditem"],
}
GROUPS = {"Authors": AUTHOR_PERMISSIONS, "Editors": EDITOR_PERMISSIONS, "Sales": {}}


def create_groups(apps, schema_editor):
    for app_config in apps.get_app_configs():
        app_config.models_module = True
        create_permissions(app_config, verbosity=0, apps=apps)
        app_config.models_module = None
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    for name, by_app in GROUPS.items():
        group, _created = Group.objects.get_or_create(name=name)
        for app_label, codenames in by_app.items():
            permissions = Permission.objects.filter(content_type__app_label=app_label, codename__in=codenames)
            missing = set(codenames) - set(permissions.values_list("codename", flat=True))
            if missing:
                raise RuntimeError(f"Missing permissions for {name}: {sorted(missing)}")
            group.permissions.add(*permissions)


def remove_groups(apps, schema_editor):
    apps.get_model("auth", "Group").objects.filter(name__in=GROUPS).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("articles", "0001_initial"),
        ("taggit", "0006_rename_taggeditem_content_type_object_id_taggit_tagg_content_8fc721_idx"),
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
    ]

    operations = [migrations.RunPython(create_groups, remove_groups)]
