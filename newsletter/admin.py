import json

from django.contrib import admin, messages
from django.core import mail
from django.core.exceptions import PermissionDenied
from django.db.models import Count, Q
from django.http import HttpResponse
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _
from django.views.decorators.http import require_POST

from kinews.admin_site import ModelAdmin
from kinews.csv_export import csv_download
from newsletter.models import ConsentRecord, Delivery, Issue, IssueArticle, Promo, Subscriber
from newsletter.selectors import subscriber_export
from newsletter.sending import build_message, progress, render_issue, start_sending


class ConsentRecordInline(admin.TabularInline):
    """Proof of consent: shown, never edited."""

    model = ConsentRecord
    extra = 0
    can_delete = False
    fields = readonly_fields = ("requested_at", "confirmed_at", "language", "consent_version", "consent_text",
                                "form_page", "ip_hash")

    def has_add_permission(self, request, obj=None):
        return False

    def has_change_permission(self, request, obj=None):
        return False


@admin.register(Subscriber)
class SubscriberAdmin(ModelAdmin):
    list_display = ("email", "status", "language", "created_at", "confirmed_at", "unsubscribed_at")
    list_filter = ("status", "language", ("created_at", admin.DateFieldListFilter))
    search_fields = ("email",)
    date_hierarchy = "created_at"
    readonly_fields = ("email", "language", "status", "created_at", "confirmed_at", "unsubscribed_at", "paused_at",
                       "paused_until")
    fields = readonly_fields
    inlines = [ConsentRecordInline]
    actions = ["export_csv", "export_json"]

    def has_add_permission(self, request):
        return False  # subscribers come only through double opt-in

    def has_change_permission(self, request, obj=None):
        return False

    def has_export_permission(self, request) -> bool:
        return request.user.has_perm("newsletter.export_subscriber")

    def changelist_view(self, request, extra_context=None):
        counts = Subscriber.objects.aggregate(
            **{status: Count("pk", filter=Q(status=status)) for status in Subscriber.Status.values}
        )
        status_counts = [(label, counts[value]) for value, label in Subscriber.Status.choices]
        return super().changelist_view(request, {"status_counts": status_counts, **(extra_context or {})})

    @admin.action(description=_("Export selected subscribers as CSV"), permissions=["export"])
    def export_csv(self, request, queryset):
        header = ["email", "status", "language", "first_request", "confirmed_at", "unsubscribed_at"]
        rows = queryset.order_by("pk").values_list(
            "email", "status", "language", "created_at", "confirmed_at", "unsubscribed_at"
        ).iterator(chunk_size=2000)
        return csv_download("subscribers.csv", header, rows)

    @admin.action(description=_("Export all data of the selected addresses (data access request, JSON)"),
                  permissions=["export"])
    def export_json(self, request, queryset):
        data = [subscriber_export(email=email) for email in queryset.values_list("email", flat=True)[:500]]
        response = HttpResponse(json.dumps(data, indent=2, ensure_ascii=False), content_type="application/json")
        response["Content-Disposition"] = 'attachment; filename="subscriber-data.json"'
        return response


class IssueArticleInline(admin.TabularInline):
    model = IssueArticle
    extra = 1
    fields = ("position", "article")
    autocomplete_fields = ("article",)


@admin.register(Issue)
class IssueAdmin(ModelAdmin):
    list_display = ("subject", "language", "status", "queued", "sent", "failed", "sent_at")
    list_filter = ("status", "language")
    search_fields = ("subject",)
    inlines = [IssueArticleInline]
    readonly_fields = ("status", "send_started_at", "sent_at", "progress_summary")
    fieldsets = [
        (None, {"fields": ("subject", "language", "intro")}),
        (_("Sending"), {"fields": ("status", "send_started_at", "sent_at", "progress_summary")}),
    ]
    change_form_template = "admin/newsletter/issue/change_form.html"

    def get_queryset(self, request):
        waiting = Q(deliveries__status__in=Delivery.IN_PROGRESS)
        return super().get_queryset(request).annotate(
            n_queued=Count("deliveries", filter=waiting),
            n_sent=Count("deliveries", filter=Q(deliveries__status=Delivery.Status.SENT)),
            n_failed=Count("deliveries", filter=Q(deliveries__status=Delivery.Status.FAILED)),
        )

    @admin.display(description=_("queued"), ordering="n_queued")
    def queued(self, obj):
        return obj.n_queued

    @admin.display(description=_("sent"), ordering="n_sent")
    def sent(self, obj):
        return obj.n_sent

    @admin.display(description=_("failed"), ordering="n_failed")
    def failed(self, obj):
        return obj.n_failed

    @admin.display(description=_("progress"))
    def progress_summary(self, obj):
        if not obj.pk:
            return "–"
        counts = progress(obj)
        return format_html(
            "{}: {} · {}: {} · {}: {} · {}: {}",
            _("queued"), counts["queued"] + counts["sending"] + counts["handover"], _("sent"), counts["sent"],
            _("failed"), counts["failed"], _("skipped"), counts["skipped"],
        )

    def has_change_permission(self, request, obj=None):
        # Once sending has started, the issue is a record of what went out.
        if obj is not None and obj.status != Issue.Status.DRAFT:
            return False
        return super().has_change_permission(request, obj)

    def get_urls(self):
        own = [
            path("<int:pk>/preview.html", self.admin_site.admin_view(self.preview_html), name="newsletter_issue_html"),
            path("<int:pk>/preview.txt", self.admin_site.admin_view(self.preview_text), name="newsletter_issue_text"),
            path("<int:pk>/send-test/", self.admin_site.admin_view(self.send_test), name="newsletter_issue_test"),
            path("<int:pk>/send/", self.admin_site.admin_view(self.send_now), name="newsletter_issue_send"),
        ]
        return own + super().get_urls()

    def _issue(self, request, pk: int) -> Issue:
        issue = get_object_or_404(Issue, pk=pk)
        if not self.has_view_permission(request, issue):
            raise PermissionDenied
        return issue

    def preview_html(self, request, pk: int):
        response = HttpResponse(render_issue(self._issue(request, pk)).html)
        response["Content-Security-Policy"] = "default-src 'none'; img-src * data:; style-src 'unsafe-inline'"
        return response

    def preview_text(self, request, pk: int):
        return HttpResponse(render_issue(self._issue(request, pk)).text, content_type="text/plain; charset=utf-8")

    @staticmethod
    def _back(pk: int):
        return redirect(reverse("admin:newsletter_issue_change", args=[pk]))

    def send_test(self, request, pk: int):
        return require_POST(self._send_test)(request, pk)

    def _send_test(self, request, pk: int):
        issue = self._issue(request, pk)
        if not request.user.email:
            messages.error(request, _("Your account has no e-mail address for the test."))
            return self._back(pk)
        rendered = render_issue(issue)
        message = build_message(
            rendered, to=request.user.email,
            unsubscribe=request.build_absolute_uri(reverse("newsletter:signup")),
        )
        message.subject = f"[Test] {message.subject}"
        mail.mailers.default.send_messages([message])
        messages.success(request, _("Test sent to %(email)s.") % {"email": request.user.email})
        return self._back(pk)

    def send_now(self, request, pk: int):
        issue = self._issue(request, pk)
        if not super().has_change_permission(request, issue):
            raise PermissionDenied
        if request.method != "POST":
            recipients = Subscriber.objects.filter(status=Subscriber.Status.CONFIRMED, language=issue.language)
            # An issue that is being sent or was sent offers no second sending, only the way back.
            context = {**self.admin_site.each_context(request), "opts": self.opts, "issue": issue,
                       "can_send": issue.status == Issue.Status.DRAFT,
                       "recipients": recipients.count(), "title": _("Send to subscribers")}
            return TemplateResponse(request, "admin/newsletter/issue/send_confirm.html", context)
        if not issue.items.exists():
            messages.error(request, _("Add at least one article before sending."))
        elif start_sending(issue):
            messages.success(request, _("Sending has started. The progress is shown below."))
        else:
            messages.warning(request, _("This issue is already being sent or was sent."))
        return self._back(pk)


@admin.register(Promo)
class PromoAdmin(ModelAdmin):
    list_display = ("title", "kind", "placement", "language", "is_active", "starts_at", "ends_at", "priority",
                    "clicks")
    list_filter = ("is_active", "kind", "placement", "language")
    list_editable = ("is_active", "priority")
    search_fields = ("title", "text")
    readonly_fields = ("clicks",)
    fieldsets = [
        (None, {"fields": ("kind", "placement", "language", "title", "text", ("cta_label", "cta_url"))}),
        (_("Image"), {"fields": ("image", "image_alt")}),
        (_("Schedule"), {"fields": ("is_active", ("starts_at", "ends_at"), "priority", "clicks")}),
    ]
