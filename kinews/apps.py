from django.apps import AppConfig
from django.contrib.admin import apps as admin_apps  # a module, not the class: Django picks this file's default


class KinewsConfig(AppConfig):
    """The project package as an app: its management commands (db_worker), template tags and locale overrides."""

    default = True
    name = "kinews"
    verbose_name = "kinews"


class AdminConfig(admin_apps.AdminConfig):
    """Django's admin with the kinews site (kinews/admin_site.py) as the default `admin.site`."""

    default = False
    default_site = "kinews.admin_site.AdminSite"
