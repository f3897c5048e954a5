"""The sales inbox: inquiries in the Django admin, for the Sales group only (see migration 0002)."""

import json
import re
from datetime import datetime
from zoneinfo import ZoneInfo

from django.conf import settings
from django.contrib import admin, messages
from django.contrib.auth import get_user_model
from django.contrib.humanize.templatetags.humanize import naturaltime
from django.db.models import Q
from django.http import HttpResponse
from django.template.defaultfilters import yesno
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.html import format_html, format_html_join
from django.utils.text import Truncator, capfirst
from django.utils.timesince import timesince
from django.utils.timezone import localtime
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext

from consulting import services
from consulting.models import HistoryEntry, Inquiry, Note
from kinews.admin_site import ModelAdmin
from kinews.csv_export import csv_download


class SpamFilter(admin.SimpleListFilter):
    """Spam stays out of the inbox unless asked for: the default (no parameter) shows real inquiries only."""

    title = _("spam")
    parameter_name = "spam"

    def lookups(self, request, model_admin):
        return [("yes", _("Spam only")), ("all", _("All, including spam"))]

    def choices(self, changelist):
        yield {"selected": self.value() is None, "display": _("Not spam"),
               "query_string": changelist.get_query_string(remove=[self.parameter_name])}
        for lookup, title in self.lookup_choices:
            yield {"selected": self.value() == lookup,
                   "query_string": changelist.get_query_string({self.parameter_name: lookup}), "display": title}

    def queryset(self, request, queryset):
        if self.value() == "yes":
            return queryset.filter(is_spam=True)
        if self.value() == "all":
            return queryset
        return queryset.filter(is_spam=False)


class OwnerFilter(admin.SimpleListFilter):
    """One filter for who owns an inquiry: me, nobody, or one of the sales people who own inquiries."""

    title = _("owner")
    parameter_name = "owner"

    def lookups(self, request, model_admin):
        owners = get_user_model().objects.filter(consulting_inquiries__isnull=False).exclude(pk=request.user.pk)
        people = [(str(user.pk), user.get_full_name() or user.get_username())
                  for user in owners.distinct().order_by("first_name", "username")]
        return [("mine", _("Mine")), ("nobody", _("Unassigned")), *people]

    def queryset(self, request, queryset):
        if self.value() == "mine":
            return queryset.filter(owner=request.user)
        if self.value() == "nobody":
            return queryset.filter(owner__isnull=True)
        if self.value() and self.value().isdigit():
            return queryset.filter(owner_id=self.value())
        return queryset


class NoteInline(admin.TabularInline):
    """Notes are added here and never edited afterwards (no change or delete permission, read-only display)."""

    model = Note
    extra = 1
    fields = ["text", "author", "created_at"]
    readonly_fields = ["author", "created_at"]

    def has_change_permission(self, request, obj=None):
        return False

    def has_delete_permission(self, request, obj=None):
        return False


class HistoryInline(admin.TabularInline):
    model = HistoryEntry
    extra = 0
    fields = ["changed_at", "changed_by", "field", "old_value", "new_value"]
    readonly_fields = fields
    can_delete = False

    def has_add_permission(self, request, obj=None):
        return False

    def has_change_permission(self, request, obj=None):
        return False


@admin.register(Inquiry)
class InquiryAdmin(ModelAdmin):
    # Fits the list at 1280 px beside the filters: name and company share a column, the source is shortened.
    list_display = ["received", "person", "topic", "status", "owner_name", "source", "first_response"]
    list_display_links = ["received", "person"]
    list_filter = [SpamFilter, "status", OwnerFilter, "topic", "source_cta"]
    search_fields = ["name", "email", "company", "message"]
    list_select_related = ["owner"]
    list_per_page = 50
    date_hierarchy = "received_at"
    actions = ["assign_to_me", "mark_contacted", "mark_spam", "mark_not_spam", "export_csv", "export_personal_data"]
    inlines = [NoteInline, HistoryInline]
    readonly_fields = ["name", "email_link", "company", "role", "phone_link", "topic", "budget", "message",
                       "contact_by", "language", "consent_at", "source", "received", "first_response", "closed_at",
                       "spam_reasons", "emails", "anonymised_at"]
    fieldsets = [
        (_("Pipeline"), {"fields": ["status", "owner", "lost_reason", "is_spam", "spam_reasons"]}),
        (_("Inquiry"), {"fields": ["name", "company", "role", "email_link", "phone_link", "contact_by", "topic",
                                   "budget", "message"]}),
        (_("Details"), {"fields": ["received", "first_response", "closed_at", "source", "language", "consent_at",
                                   "emails", "anonymised_at"]}),
    ]

    def has_add_permission(self, request):
        return False  # inquiries come from the form only

    def has_export_permission(self, request):
        return request.user.has_perm("consulting.export_inquiry")

    def get_queryset(self, request):
        return super().get_queryset(request).select_related("owner")

    def formfield_for_dbfield(self, db_field, request, **kwargs):
        field = super().formfield_for_dbfield(db_field, request, **kwargs)
        if db_field.name == "lost_reason" and field is not None:
            # Shown only while the status is "lost" (static/kinews-admin/admin.js); Inquiry.clean() asks for it then.
            field.widget.attrs["data-shown-when"] = f"status={Inquiry.Status.LOST}"
        return field

    def formfield_for_foreignkey(self, db_field, request, **kwargs):
        if db_field.name == "owner":
            kwargs["queryset"] = get_user_model().objects.filter(
                Q(groups__name="Sales") | Q(is_superuser=True), is_active=True, is_staff=True
            ).distinct().order_by("username")
        return super().formfield_for_foreignkey(db_field, request, **kwargs)

    def changelist_view(self, request, extra_context=None):
        extra_context = {**(extra_context or {}), "waiting_count": Inquiry.objects.waiting().count()}
        return super().changelist_view(request, extra_context)

    def save_model(self, request, obj, form, change):
        old = Inquiry.objects.select_related("owner").get(pk=obj.pk)
        services.derive_pipeline_times(obj)
        obj.save()
        services.record_changes(inquiry=obj, old_status=old.status, old_owner=old.owner, old_spam=old.is_spam,
                                by=request.user)

    def save_formset(self, request, form, formset, change):
        for note in formset.save(commit=False):
            if note.pk is None:
                note.author = request.user
            note.save()

    # --- Columns

    @admin.display(description=_("received"), ordering="received_at")
    def received(self, obj):
        return format_html("{}<br><small>{}</small>",
                           date_format(timezone.localtime(obj.received_at), "SHORT_DATETIME_FORMAT"),
                           naturaltime(obj.received_at))

    @admin.display(description=_("owner"), ordering="owner__first_name")
    def owner_name(self, obj):
        return (obj.owner.get_full_name() or obj.owner.get_username()) if obj.owner else "–"

    @admin.display(description=_("name"), ordering="name")
    def person(self, obj):
        return format_html("{}<br><small>{}</small>", obj.name, obj.company) if obj.company else obj.name

    @admin.display(description=_("source"), ordering="source_path")
    def source(self, obj):
        """Where the reader clicked (the call to action), and the page: its address shortened, whole on hover."""
        where = obj.get_source_cta_display() or "–"
        if not obj.source_path:
            return where
        return format_html('{}<br><a class="inquiry-source" href="{}" title="{}">{}</a>', where, obj.source_path,
                           obj.source_path, Truncator(obj.source_path.strip("/") or "/").chars(28))

    @admin.display(description=_("e-mail address"))
    def email_link(self, obj):
        return format_html('<a href="mailto:{}">{}</a>', obj.email, obj.email) if obj.email else "–"

    @admin.display(description=_("phone"))
    def phone_link(self, obj):
        if not obj.phone:
            return "–"
        return format_html('<a href="tel:{}">{}</a>', re.sub(r"[^\d+]", "", obj.phone), obj.phone)

    @admin.display(description=_("first response"), ordering="first_response_at")
    def first_response(self, obj):
        if obj.first_response_time is None:
            return "–"
        return timesince(obj.received_at, obj.first_response_at)

    @admin.display(description=_("e-mails"))
    def emails(self, obj):
        return format_html_join(
            "", "<div>{}: {} ({})</div>",
            ((n.get_kind_display(), n.get_status_display(),
              ngettext("%(count)d attempt", "%(count)d attempts", n.attempts) % {"count": n.attempts})
             for n in obj.notifications.all()),
        ) or "–"

    # --- Bulk actions; each change goes through services.inquiry_update and so lands in the history.

    def _update_each(self, request, queryset, message, **changes) -> None:
        count = 0
        for inquiry in queryset:
            if any(getattr(inquiry, name) != value for name, value in changes.items()):
                services.inquiry_update(inquiry=inquiry, by=request.user, **changes)
                count += 1
        self.message_user(request, message(count) % {"count": count}, messages.SUCCESS)

    @admin.action(description=_("Assign to me"), permissions=["change"])
    def assign_to_me(self, request, queryset):
        self._update_each(request, queryset, lambda n: ngettext(
            "%(count)d inquiry assigned to you.", "%(count)d inquiries assigned to you.", n), owner=request.user)

    @admin.action(description=_("Mark as contacted"), permissions=["change"])
    def mark_contacted(self, request, queryset):
        # Only new inquiries: an inquiry further down the pipeline must not move back.
        self._update_each(request, queryset.filter(status=Inquiry.Status.NEW), lambda n: ngettext(
            "%(count)d inquiry marked as contacted.", "%(count)d inquiries marked as contacted.", n),
            status=Inquiry.Status.CONTACTED)

    @admin.action(description=_("Mark as spam"), permissions=["change"])
    def mark_spam(self, request, queryset):
        self._update_each(request, queryset, lambda n: ngettext(
            "%(count)d inquiry marked as spam.", "%(count)d inquiries marked as spam.", n), is_spam=True)

    @admin.action(description=_("Mark as not spam"), permissions=["change"])
    def mark_not_spam(self, request, queryset):
        self._update_each(request, queryset, lambda n: ngettext(
            "%(count)d inquiry marked as not spam.", "%(count)d inquiries marked as not spam.", n), is_spam=False)

    @admin.action(description=_("Export as CSV"), permissions=["export"])
    def export_csv(self, request, queryset):
        inquiries = queryset.select_related("owner").order_by("received_at").iterator(chunk_size=500)
        header = [capfirst(str(Inquiry._meta.get_field(name).verbose_name)) for name in CSV_COLUMNS]
        return csv_download("inquiries.csv", header, (csv_row(inquiry) for inquiry in inquiries))

    @admin.action(description=_("Data access export (JSON) for these e-mail addresses"), permissions=["export"])
    def export_personal_data(self, request, queryset):
        emails = sorted({email.lower() for email in queryset.values_list("email", flat=True) if email})
        data = [services.personal_data_export(email=email) for email in emails]
        response = HttpResponse(json.dumps(data, ensure_ascii=False, indent=2),
                                content_type="application/json; charset=utf-8")
        response["Content-Disposition"] = 'attachment; filename="inquiry-data-export.json"'
        return response


# The columns of the CSV export, headed by their German names; choices as words, times in Europe/Berlin.
CSV_COLUMNS = ["id", "received_at", "status", "owner", "name", "email", "company", "role", "phone", "topic",
               "budget", "contact_by", "source_path", "source_cta", "first_response_at", "is_spam", "message"]


def csv_row(inquiry: Inquiry) -> list:
    row = []
    for name in CSV_COLUMNS:
        field = Inquiry._meta.get_field(name)
        value = getattr(inquiry, name)
        if name == "owner":
            value = (value.get_full_name() or value.get_username()) if value else ""
        elif field.choices:
            value = getattr(inquiry, f"get_{name}_display")()
        elif isinstance(value, bool):
            value = yesno(value)  # "ja" / "nein"
        elif isinstance(value, datetime):
            value = date_format(localtime(value, ZoneInfo(settings.TIME_ZONE)), "SHORT_DATETIME_FORMAT")
        row.append("" if value is None else value)
    return row
