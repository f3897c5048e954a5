"""Helpers for data migrations that give groups their permissions."""

from django.contrib.auth.management import create_permissions


def grant(apps, group_name: str, app_label: str, codenames: list[str]) -> None:
    """Give `group_name` (created if missing) these permissions of `app_label`.

    Permissions are normally created after all migrations ran (post_migrate), so they are created
    here first for the app involved.
    """
    app_config = apps.get_app_config(app_label)
    app_config.models_module = True
    create_permissions(app_config, verbosity=0, apps=apps)
    app_config.models_module = None
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    group, _created = Group.objects.get_or_create(name=group_name)
    permissions = Permission.objects.filter(content_type__app_label=app_label, codename__in=codenames)
    missing = set(codenames) - set(permissions.values_list("codename", flat=True))
    if missing:
        raise RuntimeError(f"Missing permissions for {group_name}: {sorted(missing)}")
    group.permissions.add(*permissions)


def crud(*model_names: str) -> list[str]:
    return [f"{action}_{name}" for name in model_names for action in ("add", "change", "delete", "view")]
