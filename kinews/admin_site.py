"""The admin site of kinews: Django's, with a start page per role, the editor's translations and change messages
in the language of the person who made the change.

Installed through `kinews.apps.AdminConfig` (Django's documented way to replace the default site), so every app's
`admin.site.register(...)` lands here.
"""

from django import forms
from django.conf import settings
from django.contrib import admin
from django.shortcuts import redirect
from django.urls import NoReverseMatch, reverse
from django.utils import translation
from django.utils.translation import gettext_lazy as _
from django.views.i18n import JavaScriptCatalog

# The packages whose JavaScript strings the admin pages show: Django's widgets and the body editor's dialogs.
JAVASCRIPT_PACKAGES = ["django.contrib.admin", "django_prose_editor"]


# The newsroom's sections in the sidebar and on the index, content first; the rest follow by name.
SECTION_ORDER = ["articles", "taggit", "pages", "newsletter", "consulting", "recommendations"]


class AdminSite(admin.AdminSite):
    site_header = "kinews – Redaktion"
    site_title = "kinews"

    def get_app_list(self, request, app_label=None):
        def position(app):
            label = app["app_label"]
            return (SECTION_ORDER.index(label) if label in SECTION_ORDER else len(SECTION_ORDER), app["name"])

        return sorted(super().get_app_list(request, app_label), key=position)

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


class OrderedInlineForm(forms.ModelForm):
    def has_changed(self):
        # The script numbers every row, the empty new one too: a new row with a position alone is no row to add.
        changed = set(self.changed_data)
        return bool(changed - {"position"} if self.instance.pk is None else changed)


class OrderedInlineMixin:
    """A tabular inline of rows with a `position`: dragged into order (or moved with the arrow keys) instead of
    numbered by hand (static/kinews-admin/inline_order.js)."""

    form = OrderedInlineForm

    class Media:
        js = ("kinews-admin/inline_order.js",)

    def formfield_for_dbfield(self, db_field, request, **kwargs):
        if db_field.name == "position":
            kwargs["widget"] = forms.HiddenInput(attrs={
                "data-move-label": _("Move (drag, or use the arrow keys)"),
                "data-moved-label": _("Moved to place %(place)s."),
            })
        return super().formfield_for_dbfield(db_field, request, **kwargs)
