"""The admin site of kinews: Django's, with a start page per role, the editor's translations and change messages
in the language of the person who made the change.

Installed through `kinews.apps.AdminConfig` (Django's documented way to replace the default site), so every app's
`admin.site.register(...)` lands here.
"""

from django.conf import settings
from django.contrib import admin
from django.shortcuts import redirect
from django.urls import NoReverseMatch, reverse
from django.utils import translation
from django.views.i18n import JavaScriptCatalog

# The packages whose JavaScript strings the admin pages show: Django's widgets and the body editor's dialogs.
JAVASCRIPT_PACKAGES = ["django.contrib.admin", "django_prose_editor"]


class AdminSite(admin.AdminSite):
    site_header = "kinews – Redaktion"
    site_title = "kinews"

    def start_page(self, request) -> str | None:
        """Where /admin/ takes this person: the first of settings.ADMIN_START_PAGES they may open."""
        for permission, url_name in settings.ADMIN_START_PAGES:
            if request.user.has_perm(permission):
                try:
                    return reverse(url_name, current_app=self.name)
                except NoReverseMatch:
                    continue
        return None

    def index(self, request, extra_context=None):
        # Authors and editors start at their editorial start page, sales at the inbox: no hunting for it.
        start = self.start_page(request)
        if start is not None:
            return redirect(start)
        return super().index(request, extra_context)

    def i18n_javascript(self, request, extra_context=None):
        return JavaScriptCatalog.as_view(packages=JAVASCRIPT_PACKAGES)(request)


class ChangeMessageMixin:
    """Change messages ("Teaser [de] und Text [de] geändert.") name the fields as the person saving saw them.

    Django stores the labels of changed fields in English and translates only its own sentence around them, so a
    German history read "Body [de] geändert" and "Owner geändert". Labels are stored in the active language.
    """

    def construct_change_message(self, request, form, formsets, add=False):
        message = super().construct_change_message(request, form, formsets, add)
        labels = {}
        for each in [form, *(formset.forms[0] for formset in formsets or [] if formset.forms)]:
            for name, field in each.fields.items():
                label = field.label or name
                with translation.override(None):
                    english = str(label)
                labels[english] = str(label)
        for part in message:
            for details in part.values():
                if "fields" in details:
                    details["fields"] = [labels.get(label, label) for label in details["fields"]]
        return message


class ModelAdmin(ChangeMessageMixin, admin.ModelAdmin):
    """The base of our model admins."""
