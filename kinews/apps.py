from django.contrib.admin.apps import AdminConfig as DjangoAdminConfig


class AdminConfig(DjangoAdminConfig):
    """Django's admin with the kinews site (kinews/admin_site.py) as the default `admin.site`."""

    default_site = "kinews.admin_site.AdminSite"
