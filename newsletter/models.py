from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import URLValidator
from django.db import models
from django.db.models import Q
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from kinews.images import CheckedImageField
from kinews.paths import is_site_path


class SubscriberQuerySet(models.QuerySet):
    def receiving(self, *, language: str | None = None, now=None) -> "SubscriberQuerySet":
        """Who gets newsletter issues now: confirmed and not paused (a pause whose end has passed is over)."""
        now = now or timezone.now()
        receiving = self.filter(status=Subscriber.Status.CONFIRMED).filter(
            Q(paused_at__isnull=True) | Q(paused_until__lte=now)
        )
        return receiving if language is None else receiving.filter(language=language)


class Subscriber(models.Model):
    class Status(models.TextChoices):
        PENDING = "pending", _("Waiting for confirmation")
        CONFIRMED = "confirmed", _("Confirmed")
        UNSUBSCRIBED = "unsubscribed", _("Unsubscribed")

    email = models.EmailField(_("e-mail address"), unique=True)
    language = models.CharField(_("language"), max_length=5, choices=settings.LANGUAGES)
    status = models.CharField(_("status"), max_length=12, choices=Status.choices, default=Status.PENDING)
    created_at = models.DateTimeField(_("first request"), auto_now_add=True, db_index=True)
    confirmed_at = models.DateTimeField(_("confirmed"), null=True, blank=True)
    unsubscribed_at = models.DateTimeField(_("unsubscribed"), null=True, blank=True)
    # A pause: from paused_at until paused_until, or until the subscriber resumes when paused_until is empty.
    paused_at = models.DateTimeField(_("paused"), null=True, blank=True)
    paused_until = models.DateTimeField(_("paused until"), null=True, blank=True)

    objects = SubscriberQuerySet.as_manager()

    class Meta:
        ordering = ["-created_at", "-pk"]
        verbose_name = _("subscriber")
        verbose_name_plural = _("subscribers")
        permissions = [("export_subscriber", _("Can export subscribers and their consent records"))]
        indexes = [models.Index(fields=["status", "language"], name="subscriber_status_lang_idx")]

    def __str__(self) -> str:
        return self.email

    def is_paused(self, now=None) -> bool:
        now = now or timezone.now()
        return self.paused_at is not None and (self.paused_until is None or self.paused_until > now)

    def is_receiving(self, now=None) -> bool:
        """The instance version of SubscriberQuerySet.receiving()."""
        return self.status == self.Status.CONFIRMED and not self.is_paused(now)


class SubscriberMail(models.Model):
    """An e-mail about a subscription (the welcome mail), stored before it is sent so that a failure is retried.

    Created in the transaction that causes it; a task sends it after commit and `manage.py newsletter_send_mail`
    (cron) sends whatever is still due. A short claim keeps two workers from sending the same mail.
    """

    class Kind(models.TextChoices):
        WELCOME = "welcome", _("welcome with the link to the subscription page")

    class Status(models.TextChoices):
        PENDING = "pending", _("pending")
        SENT = "sent", _("sent")
        SKIPPED = "skipped", _("not sent (no longer subscribed)")
        FAILED = "failed", _("given up")

    subscriber = models.ForeignKey(
        Subscriber, verbose_name=_("subscriber"), on_delete=models.CASCADE, related_name="mails"
    )
    kind = models.CharField(_("kind"), max_length=20, choices=Kind.choices)
    status = models.CharField(_("status"), max_length=10, choices=Status.choices, default=Status.PENDING)
    created_at = models.DateTimeField(_("created"), auto_now_add=True)
    attempts = models.PositiveSmallIntegerField(_("attempts"), default=0)
    next_attempt_at = models.DateTimeField(_("next attempt"), default=timezone.now, db_index=True)
    claimed_until = models.DateTimeField(null=True, blank=True)
    last_error = models.CharField(_("last error"), max_length=300, blank=True)
    sent_at = models.DateTimeField(_("sent"), null=True, blank=True)

    class Meta:
        ordering = ["pk"]
        verbose_name = _("subscription e-mail")
        verbose_name_plural = _("subscription e-mails")

    def __str__(self) -> str:
        return f"{self.get_kind_display()} → {self.subscriber_id}: {self.get_status_display()}"


class ConsentRecord(models.Model):
    """Proof of one consent: what the person saw and did, and when. Kept after unsubscribing."""

    subscriber = models.ForeignKey(
        Subscriber, verbose_name=_("subscriber"), on_delete=models.CASCADE, related_name="consents"
    )
    email = models.EmailField(_("e-mail address as entered"))
    language = models.CharField(_("newsletter language"), max_length=5, choices=settings.LANGUAGES)
    requested_at = models.DateTimeField(_("requested"), default=timezone.now, db_index=True)
    confirmed_at = models.DateTimeField(_("confirmed"), null=True, blank=True)
    consent_version = models.CharField(_("consent text version"), max_length=20)
    consent_text = models.TextField(_("consent text shown"))
    form_page = models.CharField(_("form on page"), max_length=500, blank=True)
    ip_hash = models.CharField(
        _("IP address (salted hash)"), max_length=64, blank=True,
        help_text=_("A keyed hash: matches the address that sent the form when that address is known, "
                    "reveals nothing else."),
    )
    confirm_ip_hash = models.CharField(_("IP address at confirmation (salted hash)"), max_length=64, blank=True)

    class Meta:
        ordering = ["-requested_at", "-pk"]
        verbose_name = _("consent record")
        verbose_name_plural = _("consent records")

    def __str__(self) -> str:
        return f"{self.email} ({self.requested_at:%Y-%m-%d %H:%M})"


class Issue(models.Model):
    """One newsletter: a subject, an intro and a chosen, ordered list of articles, in one language."""

    class Status(models.TextChoices):
        DRAFT = "draft", _("Draft")
        SENDING = "sending", _("Sending")
        SENT = "sent", _("Sent")

    subject = models.CharField(_("subject"), max_length=150)
    intro = models.TextField(_("intro"), blank=True, help_text=_("Plain text; blank lines separate paragraphs."))
    language = models.CharField(_("language"), max_length=5, choices=settings.LANGUAGES, default="de")
    status = models.CharField(_("status"), max_length=10, choices=Status.choices, default=Status.DRAFT)
    created_at = models.DateTimeField(_("created"), auto_now_add=True)
    send_started_at = models.DateTimeField(_("sending started"), null=True, blank=True)
    sent_at = models.DateTimeField(_("sending finished"), null=True, blank=True)

    class Meta:
        ordering = ["-created_at", "-pk"]
        verbose_name = _("newsletter issue")
        verbose_name_plural = _("newsletter issues")

    def __str__(self) -> str:
        return self.subject


class IssueArticle(models.Model):
    issue = models.ForeignKey(Issue, on_delete=models.CASCADE, related_name="items")
    article = models.ForeignKey(
        "articles.Article", verbose_name=_("article"), on_delete=models.PROTECT, related_name="+"
    )
    position = models.PositiveSmallIntegerField(_("position"), default=0)

    class Meta:
        ordering = ["position", "pk"]
        verbose_name = _("article in the issue")
        verbose_name_plural = _("articles in the issue")

    def __str__(self) -> str:
        return str(self.article)


class Delivery(models.Model):
    """One issue to one subscriber. The unique pair is what makes sending idempotent."""

    class Status(models.TextChoices):
        QUEUED = "queued", _("Queued")
        SENDING = "sending", _("Claimed by a worker")
        HANDOVER = "handover", _("Being handed to the mail server")
        SENT = "sent", _("Sent")
        FAILED = "failed", _("Failed")
        SKIPPED = "skipped", _("Skipped (unsubscribed or paused)")

    IN_PROGRESS = (Status.QUEUED, Status.SENDING, Status.HANDOVER)

    issue = models.ForeignKey(Issue, on_delete=models.CASCADE, related_name="deliveries")
    subscriber = models.ForeignKey(Subscriber, on_delete=models.CASCADE, related_name="deliveries")
    status = models.CharField(_("status"), max_length=10, choices=Status.choices, default=Status.QUEUED)
    attempts = models.PositiveSmallIntegerField(_("attempts"), default=0)
    # Set while a worker holds the row (status "sending"); claimed_at is its heartbeat. See newsletter/sending.py.
    claim = models.CharField(max_length=32, blank=True)
    claimed_at = models.DateTimeField(null=True, blank=True)
    sent_at = models.DateTimeField(_("sent"), null=True, blank=True)
    last_error = models.CharField(_("last error"), max_length=300, blank=True)

    class Meta:
        verbose_name = _("delivery")
        verbose_name_plural = _("deliveries")
        constraints = [models.UniqueConstraint(fields=["issue", "subscriber"], name="delivery_once_per_subscriber")]
        indexes = [models.Index(fields=["issue", "status"], name="delivery_issue_status_idx")]

    def __str__(self) -> str:
        return f"{self.issue_id} → {self.subscriber_id}: {self.status}"


def validate_cta_url(value: str) -> None:
    """An absolute http(s) URL or a path on this site ("/beratung/"); nothing else (no javascript:, no //host)."""
    if is_site_path(value):
        return
    URLValidator(schemes=["http", "https"])(value)


class PromoQuerySet(models.QuerySet):
    def live(self, *, language: str, now=None) -> "PromoQuerySet":
        now = now or timezone.now()
        return self.filter(
            Q(starts_at__isnull=True) | Q(starts_at__lte=now),
            Q(ends_at__isnull=True) | Q(ends_at__gt=now),
            is_active=True,
            language=language,
        )


class Promo(models.Model):
    class Kind(models.TextChoices):
        NEWSLETTER = "newsletter", _("Newsletter")
        ACADEMY = "academy", _("Academy")
        CONSULTING = "consulting", _("Consulting")
        OTHER = "other", _("Other")

    class Placement(models.TextChoices):
        HEADER = "header", _("Banner below the header")
        ARTICLE_END = "article_end", _("End of article")
        SIDEBAR = "sidebar", _("Sidebar")

    kind = models.CharField(_("kind"), max_length=12, choices=Kind.choices)
    title = models.CharField(_("title"), max_length=120)
    text = models.TextField(_("text"), max_length=500, blank=True)
    cta_label = models.CharField(_("button label"), max_length=60, blank=True)
    cta_url = models.CharField(
        _("button link"), max_length=500, blank=True, validators=[validate_cta_url],
        help_text=_("https://… or a path on this site such as /beratung/. "
                    "Newsletter promos without a link show the sign-up form."),
    )
    image = CheckedImageField(
        _("image"), upload_to="promos/", blank=True, width_field="image_width", height_field="image_height",
        help_text=_("Optional. JPEG, PNG or WebP, at most 10 MB."),
    )
    image_width = models.PositiveIntegerField(null=True, blank=True, editable=False)
    image_height = models.PositiveIntegerField(null=True, blank=True, editable=False)
    image_alt = models.CharField(_("alt text"), max_length=250, blank=True)
    placement = models.CharField(_("placement"), max_length=12, choices=Placement.choices)
    language = models.CharField(_("language"), max_length=5, choices=settings.LANGUAGES)
    starts_at = models.DateTimeField(_("shown from"), null=True, blank=True, help_text=_("Empty: right away."))
    ends_at = models.DateTimeField(_("shown until"), null=True, blank=True, help_text=_("Empty: no end."))
    priority = models.SmallIntegerField(
        _("priority"), default=0, help_text=_("When several promos fit a place, the highest number wins.")
    )
    is_active = models.BooleanField(_("active"), default=True)
    clicks = models.PositiveIntegerField(_("clicks"), default=0, editable=False)
    updated_at = models.DateTimeField(_("updated"), auto_now=True)

    objects = PromoQuerySet.as_manager()

    class Meta:
        ordering = ["-priority", "-pk"]
        verbose_name = _("promo block")
        verbose_name_plural = _("promo blocks")

    def __str__(self) -> str:
        return self.title

    def clean(self):
        if self.starts_at and self.ends_at and self.ends_at <= self.starts_at:
            raise ValidationError({"ends_at": _("The end must be after the start.")})
        if self.kind != self.Kind.NEWSLETTER and not (self.cta_label and self.cta_url):
            raise ValidationError(_("Give the promo a button label and link (only newsletter promos go without)."))
        if self.image and not self.image_alt:
            raise ValidationError({"image_alt": _("Describe the image for people who cannot see it.")})

    def get_click_url(self) -> str:
        return reverse("newsletter:promo_click", kwargs={"pk": self.pk})

    @property
    def shows_signup(self) -> bool:
        return self.kind == self.Kind.NEWSLETTER and not self.cta_url
