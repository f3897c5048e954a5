"""Consulting leads: the inquiry, its notes, its status/owner history and the e-mails it triggers."""

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _


class InquiryQuerySet(models.QuerySet):
    def inbox(self) -> "InquiryQuerySet":
        """What sales works on by default: everything not flagged as spam."""
        return self.filter(is_spam=False)

    def waiting(self) -> "InquiryQuerySet":
        """New, unassigned, real inquiries: nobody has picked them up yet."""
        return self.inbox().filter(status=Inquiry.Status.NEW, owner__isnull=True)

    def closed(self) -> "InquiryQuerySet":
        return self.filter(status__in=[Inquiry.Status.WON, Inquiry.Status.LOST])


class Inquiry(models.Model):
    class Topic(models.TextChoices):
        STRATEGY = "strategy", _("AI strategy")
        TRAINING = "training", _("Training and workshops")
        IMPLEMENTATION = "implementation", _("Implementation")
        OTHER = "other", _("Something else")

    class Budget(models.TextChoices):
        SMALL = "lt10k", _("under €10,000")
        MEDIUM = "10-50k", _("€10,000 – €50,000")
        LARGE = "50-150k", _("€50,000 – €150,000")
        XLARGE = "gt150k", _("over €150,000")

    class ContactBy(models.TextChoices):
        EMAIL = "email", _("E-mail")
        PHONE = "phone", _("Phone")

    class Status(models.TextChoices):
        NEW = "new", _("New")
        CONTACTED = "contacted", _("Contacted")
        QUALIFIED = "qualified", _("Qualified")
        PROPOSAL = "proposal", _("Proposal")
        WON = "won", _("Won")
        LOST = "lost", _("Lost")

    class Cta(models.TextChoices):
        ARTICLE_END = "article-end", _("end of an article")
        HEADER_BANNER = "header-banner", _("header banner")
        CONSULTING_PAGE = "consulting-page", _("consulting page")

    # What the visitor typed. Lengths are enforced by the form as well as the database.
    name = models.CharField(_("name"), max_length=100)
    email = models.EmailField(_("e-mail address"), max_length=254, db_index=True)
    company = models.CharField(_("company"), max_length=150)
    role = models.CharField(_("role"), max_length=100, blank=True)
    phone = models.CharField(_("phone"), max_length=40, blank=True)
    topic = models.CharField(_("topic"), max_length=20, choices=Topic.choices)
    budget = models.CharField(_("budget"), max_length=10, choices=Budget.choices, blank=True)
    message = models.TextField(_("message"), max_length=4000)
    contact_by = models.CharField(_("preferred contact"), max_length=10, choices=ContactBy.choices,
                                  default=ContactBy.EMAIL)
    consent_at = models.DateTimeField(_("consent given"), null=True, blank=True)
    language = models.CharField(_("language"), max_length=8, default="de")

    # Where it came from.
    source_path = models.CharField(_("source page"), max_length=300, blank=True)
    source_cta = models.CharField(_("call to action"), max_length=20, choices=Cta.choices, blank=True)

    # Spam flags: suspicious inquiries are kept, only hidden from the default inbox.
    is_spam = models.BooleanField(_("spam"), default=False)
    spam_reasons = models.CharField(_("spam reasons"), max_length=200, blank=True)

    # Sales pipeline.
    status = models.CharField(_("status"), max_length=20, choices=Status.choices, default=Status.NEW,
                              db_index=True)
    owner = models.ForeignKey(settings.AUTH_USER_MODEL, verbose_name=_("owner"), null=True, blank=True,
                              on_delete=models.SET_NULL, related_name="consulting_inquiries")
    lost_reason = models.TextField(_("reason for loss"), max_length=2000, blank=True)
    received_at = models.DateTimeField(_("received"), auto_now_add=True, db_index=True)
    first_response_at = models.DateTimeField(_("first response"), null=True, blank=True)
    closed_at = models.DateTimeField(_("closed"), null=True, blank=True)
    updated_at = models.DateTimeField(_("updated"), auto_now=True)
    anonymised_at = models.DateTimeField(_("anonymised"), null=True, blank=True)

    objects = InquiryQuerySet.as_manager()

    class Meta:
        ordering = ["-received_at", "-pk"]
        verbose_name = _("inquiry")
        verbose_name_plural = _("inquiries")
        permissions = [("export_inquiry", _("Can export inquiries (CSV, data access requests)"))]

    def __str__(self) -> str:
        return f"{self.name} ({self.company})" if self.company else self.name

    def clean(self):
        if self.status == self.Status.LOST and not self.lost_reason.strip():
            raise ValidationError({"lost_reason": _("Please give a reason when an inquiry is lost.")})

    def get_admin_url(self) -> str:
        return reverse("admin:consulting_inquiry_change", args=[self.pk])

    @property
    def first_response_time(self):
        if self.first_response_at:
            return self.first_response_at - self.received_at
        return None


class Note(models.Model):
    """A sales note on an inquiry. Written once: there is no change permission and the admin shows them read-only."""

    inquiry = models.ForeignKey(Inquiry, verbose_name=_("inquiry"), on_delete=models.CASCADE, related_name="notes")
    author = models.ForeignKey(settings.AUTH_USER_MODEL, verbose_name=_("author"), null=True, blank=True,
                               on_delete=models.SET_NULL, related_name="+")
    text = models.TextField(_("note"), max_length=4000)
    created_at = models.DateTimeField(_("written"), auto_now_add=True)

    class Meta:
        ordering = ["created_at", "pk"]
        verbose_name = _("note")
        verbose_name_plural = _("notes")

    def __str__(self) -> str:
        return self.text[:60]


class HistoryEntry(models.Model):
    """One automatic record of a status or owner change (who, when, from, to)."""

    class Field(models.TextChoices):
        STATUS = "status", _("status")
        OWNER = "owner", _("owner")
        SPAM = "spam", _("spam")

    inquiry = models.ForeignKey(Inquiry, verbose_name=_("inquiry"), on_delete=models.CASCADE,
                                related_name="history")
    changed_by = models.ForeignKey(settings.AUTH_USER_MODEL, verbose_name=_("changed by"), null=True, blank=True,
                                   on_delete=models.SET_NULL, related_name="+")
    changed_at = models.DateTimeField(_("changed"), auto_now_add=True)
    field = models.CharField(_("field"), max_length=10, choices=Field.choices)
    old_value = models.CharField(_("from"), max_length=150, blank=True)
    new_value = models.CharField(_("to"), max_length=150, blank=True)

    class Meta:
        ordering = ["changed_at", "pk"]
        verbose_name = _("history entry")
        verbose_name_plural = _("history")

    def __str__(self) -> str:
        return f"{self.get_field_display()}: {self.old_value} → {self.new_value}"


class Notification(models.Model):
    """An e-mail an inquiry triggers, with its delivery state, so that a failed send is retried, not lost.

    The row is created in the same transaction as the inquiry; sending happens afterwards in a task and,
    as a safety net, in `manage.py send_pending_notifications` (cron). A short claim (`claimed_until`)
    keeps two workers from sending the same mail.
    """

    class Kind(models.TextChoices):
        SALES = "sales", _("notification to sales")
        CONFIRMATION = "confirmation", _("confirmation to the requester")

    class Status(models.TextChoices):
        PENDING = "pending", _("pending")
        SENT = "sent", _("sent")
        FAILED = "failed", _("given up")

    inquiry = models.ForeignKey(Inquiry, verbose_name=_("inquiry"), on_delete=models.CASCADE,
                                related_name="notifications")
    kind = models.CharField(_("kind"), max_length=20, choices=Kind.choices)
    status = models.CharField(_("status"), max_length=10, choices=Status.choices, default=Status.PENDING)
    attempts = models.PositiveSmallIntegerField(_("attempts"), default=0)
    next_attempt_at = models.DateTimeField(_("next attempt"), default=timezone.now, db_index=True)
    claimed_until = models.DateTimeField(null=True, blank=True)
    # Who holds the claim: a task run ("task:<id>"), which may take its own claim back when it is run again
    # after its worker died (kinews' db_worker re-queues such tasks), or "" for the cron command.
    claimed_by = models.CharField(max_length=64, blank=True, default="")
    last_error = models.CharField(_("last error"), max_length=300, blank=True)
    sent_at = models.DateTimeField(_("sent"), null=True, blank=True)

    class Meta:
        ordering = ["pk"]
        verbose_name = _("e-mail notification")
        verbose_name_plural = _("e-mail notifications")
        constraints = [models.UniqueConstraint(fields=["inquiry", "kind"], name="consulting_one_notification_per_kind")]

    def __str__(self) -> str:
        return f"{self.get_kind_display()} #{self.inquiry_id}: {self.get_status_display()}"


class UsedFormToken(models.Model):
    """A signed form token that has been sent: each token is good for one inquiry only.

    Only a digest of the token is kept, until the token would have expired anyway; `inquiry_retention` deletes
    the rows after that. A database row rather than a cache entry: a unique index holds across every process
    and does not forget when the cache is down or evicts.
    """

    digest = models.CharField(max_length=64, unique=True)
    inquiry = models.ForeignKey(Inquiry, verbose_name=_("inquiry"), null=True, blank=True, on_delete=models.SET_NULL,
                                related_name="+")
    expires_at = models.DateTimeField(db_index=True)

    class Meta:
        verbose_name = _("used form token")
        verbose_name_plural = _("used form tokens")

    def __str__(self) -> str:
        return self.digest[:12]
