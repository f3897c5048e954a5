import secrets
from datetime import timedelta

from django.conf import settings
from django.contrib.postgres.search import SearchVectorField
from django.db import models
from django.db.models import Q
from django.urls import reverse
from django.utils import timezone
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from django_prose_editor.fields import ProseEditorField
from taggit.managers import TaggableManager

from articles.querysets import TRANSLATION_REQUIRED_FIELDS, ArticleQuerySet, ShownParts, reader_language
from kinews.html import BODY_EDITOR_EXTENSIONS, reading_minutes, sanitize_html, sanitize_translated_html
from kinews.images import CheckedImageField, Picture, Rendition, picture_for, rendition_for, renditions_of
from kinews.paths import validate_site_path
from kinews.slugs import fill_translated_slugs, unique_slug


class CategoryQuerySet(models.QuerySet):
    def hot(self, *, limit: int = 4, days: int = 30) -> "CategoryQuerySet":
        """The categories with the most readable articles of the last `days` days (`recent`), most first."""
        recent = Article.objects.readable().filter(published_at__gte=timezone.now() - timedelta(days=days))
        return (self.filter(articles__in=recent.values("pk")).annotate(recent=models.Count("articles"))
                .order_by("-recent", "order", "pk")[:limit])


class Category(models.Model):
    name = models.CharField(_("name"), max_length=80)
    slug = models.SlugField(_("slug"), max_length=120, unique=True, blank=True)
    description = models.TextField(_("description"), blank=True)
    order = models.PositiveSmallIntegerField(_("order"), default=0, help_text=_("Smaller numbers come first."))

    objects = CategoryQuerySet.as_manager()

    class Meta:
        ordering = ["order", "pk"]
        verbose_name = _("category")
        verbose_name_plural = _("categories")

    def __str__(self) -> str:
        return self.name

    def save(self, *args, **kwargs):
        fill_translated_slugs(self, "name")
        super().save(*args, **kwargs)

    def get_absolute_url(self) -> str:
        return reverse("articles:category", kwargs={"slug": self.slug})


class Author(models.Model):
    user = models.OneToOneField(
        settings.AUTH_USER_MODEL,
        verbose_name=_("user account"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="author_profile",
    )
    name = models.CharField(_("display name"), max_length=100)
    slug = models.SlugField(_("slug"), max_length=120, unique=True)
    role = models.CharField(_("role"), max_length=100, blank=True, help_text=_("E.g. 'Editor for research'."))
    bio = models.TextField(_("bio"), blank=True)
    photo = CheckedImageField(
        _("photo"), upload_to="authors/", blank=True, width_field="photo_width", height_field="photo_height"
    )
    photo_width = models.PositiveIntegerField(null=True, blank=True, editable=False)
    photo_height = models.PositiveIntegerField(null=True, blank=True, editable=False)
    photo_renditions = models.JSONField(default=list, blank=True, editable=False)
    website = models.URLField(_("website"), blank=True)
    linkedin = models.URLField("LinkedIn", blank=True)
    mastodon = models.URLField("Mastodon", blank=True)

    class Meta:
        ordering = ["name"]
        verbose_name = _("author")
        verbose_name_plural = _("authors")

    def __str__(self) -> str:
        return self.name

    def save(self, *args, **kwargs):
        if not self.slug:
            self.slug = unique_slug(self, "slug", self.name)
        super().save(*args, **kwargs)

    def get_absolute_url(self) -> str:
        return reverse("articles:author", kwargs={"slug": self.slug})

    @property
    def picture(self) -> Picture | None:
        return picture_for(renditions_of(self.photo, self.photo_renditions, self.photo_width, self.photo_height),
                           self.name)

    @property
    def links(self) -> list[tuple[str, str]]:
        candidates = [(_("Website"), self.website), ("LinkedIn", self.linkedin), ("Mastodon", self.mastodon)]
        return [(label, url) for label, url in candidates if url]


class Article(ShownParts, models.Model):
    class Status(models.TextChoices):
        DRAFT = "draft", _("Draft")
        PUBLISHED = "published", _("Published")

    title = models.CharField(_("title"), max_length=200)
    slug = models.SlugField(
        _("slug"), max_length=120, unique=True, blank=True, help_text=_("Filled in from the title when empty.")
    )
    # Teaser and body may be empty while the article is a draft; publishing asks for them (articles/admin_forms.py),
    # and the readable rule never shows an article without them.
    teaser = models.TextField(
        _("teaser"), max_length=400, blank=True, help_text=_("One or two sentences shown in lists.")
    )
    key_facts_heading = models.CharField(
        _("key facts heading"), max_length=100, blank=True, help_text=_("Default: 'What you need to know'.")
    )
    body = ProseEditorField(_("body"), extensions=BODY_EDITOR_EXTENSIONS, sanitize=sanitize_html, blank=True)

    image = CheckedImageField(
        _("featured image"),
        upload_to="articles/%Y/%m/",
        blank=True,
        width_field="image_width",
        height_field="image_height",
        help_text=_("JPEG, PNG or WebP, at most 10 MB."),
    )
    image_width = models.PositiveIntegerField(null=True, blank=True, editable=False)
    image_height = models.PositiveIntegerField(null=True, blank=True, editable=False)
    image_renditions = models.JSONField(default=list, blank=True, editable=False)
    image_alt = models.CharField(
        _("alt text"), max_length=250, blank=True, help_text=_("Describe the image for people who cannot see it.")
    )
    image_caption = models.CharField(_("caption"), max_length=300, blank=True)
    image_credit = models.CharField(_("credit"), max_length=150, blank=True)

    category = models.ForeignKey(
        Category, verbose_name=_("category"), on_delete=models.PROTECT, related_name="articles", null=True,
        blank=True,  # a draft may have none yet; a published article has one (constraint below)
    )
    author = models.ForeignKey(Author, verbose_name=_("author"), on_delete=models.PROTECT, related_name="articles")
    tags = TaggableManager(verbose_name=_("hashtags"), blank=True, help_text=_("Comma-separated, e.g. KI, LLM."))

    status = models.CharField(_("status"), max_length=10, choices=Status.choices, default=Status.DRAFT)
    published_at = models.DateTimeField(
        _("publication time"),
        null=True,
        blank=True,
        db_index=True,
        help_text=_("A time in the future schedules the article. Empty means now, when published."),
    )
    created_at = models.DateTimeField(_("created"), auto_now_add=True)
    updated_at = models.DateTimeField(_("updated"), auto_now=True)
    # Who saved last in the admin: named when someone is about to overwrite a newer save (articles/admin_forms.py).
    updated_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, verbose_name=_("last saved by"), on_delete=models.SET_NULL, null=True, blank=True,
        editable=False, related_name="+",
    )
    reading_time = models.PositiveSmallIntegerField(_("reading time (minutes)"), default=1, editable=False)
    # When the texts of each language were last changed in the admin: English is out of date when German
    # changed after it. Set by articles.translation_status.record_language_changes(), not by save().
    de_updated_at = models.DateTimeField(_("German last edited"), null=True, blank=True, editable=False)
    en_updated_at = models.DateTimeField(_("English last edited"), null=True, blank=True, editable=False)

    seo_title = models.CharField(
        _("SEO title"),
        max_length=70,
        blank=True,
        help_text=_("For search engines and social media. Default: the title."),
    )
    seo_description = models.CharField(
        _("SEO description"), max_length=160, blank=True, help_text=_("Default: the teaser, shortened.")
    )
    # Full-text search documents, one per language, kept up to date by articles.search (PostgreSQL only;
    # on SQLite they stay empty). GIN indexes on them are created by migration 0004 on PostgreSQL.
    search_de = SearchVectorField(null=True, editable=False)
    search_en = SearchVectorField(null=True, editable=False)

    objects = ArticleQuerySet.as_manager()

    class Meta:
        ordering = ["-published_at", "-pk"]
        verbose_name = _("article")
        verbose_name_plural = _("articles")
        permissions = [("edit_any_article", _("Can edit and publish every author's articles"))]
        indexes = [models.Index(fields=["status", "-published_at"], name="article_status_pub_idx")]
        constraints = [
            models.CheckConstraint(condition=Q(status="draft") | Q(published_at__isnull=False),
                                   name="article_published_has_time"),
            models.CheckConstraint(condition=Q(status="draft") | Q(category__isnull=False),
                                   name="article_published_has_category"),
        ]

    def __str__(self) -> str:
        return self.title

    def save(self, *args, **kwargs):
        # Derived fields only: what a save sets off is in articles/services.py.
        sanitize_translated_html(self, "body")
        fill_translated_slugs(self, "title")
        self.fill_publication_time()
        self.reading_time = reading_minutes(self.teaser, self.body)
        if self._state.adding:
            # A new article's texts are as new as each other; later edits are recorded by the admin.
            now = timezone.now()
            for code, _name in settings.LANGUAGES:
                if getattr(self, f"{code}_updated_at") is None and getattr(self, f"title_{code}"):
                    setattr(self, f"{code}_updated_at", now)
        super().save(*args, **kwargs)

    def get_absolute_url(self) -> str:
        return reverse("articles:detail", kwargs={"slug": self.slug})

    def clean(self):
        self.fill_publication_time()

    def fill_publication_time(self) -> None:
        if self.status == self.Status.PUBLISHED and self.published_at is None:
            self.published_at = timezone.now()

    def is_readable(self, language: str | None = None, *, at=None) -> bool:
        """The rule of ArticleQuerySet.readable() for this article: may readers of `language` see it (at `at`)?"""
        moment = timezone.now() if at is None else at
        return (
            self.status == self.Status.PUBLISHED
            and self.published_at is not None
            and self.published_at <= moment
            and self.is_complete_in(settings.LANGUAGE_CODE)
            and self.is_complete_in(reader_language(language))
        )

    def is_complete_in(self, language: str) -> bool:
        """The completeness part of the rule (complete_in()), e.g. for the translation status in the admin."""
        return all(getattr(self, f"{field}_{language}") for field in TRANSLATION_REQUIRED_FIELDS)

    @property
    def is_live(self) -> bool:
        """Readers see it at all: readable in the source language (every other language is stricter)."""
        return self.is_readable(settings.LANGUAGE_CODE)

    @property
    def is_scheduled(self) -> bool:
        """Will go live by itself: readable once due, but not yet."""
        return self.is_readable(settings.LANGUAGE_CODE, at=self.published_at) and not self.is_live

    @cached_property
    def image_versions(self) -> list[Rendition]:
        return renditions_of(self.image, self.image_renditions, self.image_width, self.image_height)

    def image_for(self, width: int) -> Rendition | None:
        """The featured image at least `width` px wide, if there is one (kinews.images.rendition_for)."""
        return rendition_for(self.image_versions, width)

    @cached_property
    def picture(self) -> Picture | None:
        return picture_for(self.image_versions, self.image_alt)


class KeyFact(models.Model):
    article = models.ForeignKey(Article, on_delete=models.CASCADE, related_name="key_facts")
    position = models.PositiveSmallIntegerField(_("position"), default=0)
    label = models.CharField(_("label"), max_length=80, help_text=_("Shown in bold, e.g. 'Who'."))
    text = models.CharField(_("sentence"), max_length=400)

    class Meta:
        ordering = ["position", "pk"]
        verbose_name = _("key fact")
        verbose_name_plural = _("key facts")

    def __str__(self) -> str:
        return f"{self.label}: {self.text}"


class Source(models.Model):
    article = models.ForeignKey(Article, on_delete=models.CASCADE, related_name="sources")
    position = models.PositiveSmallIntegerField(_("position"), default=0)
    title = models.CharField(_("title"), max_length=300)
    url = models.URLField(_("URL"), max_length=500)
    publisher = models.CharField(_("publisher"), max_length=150, blank=True)
    published_on = models.DateField(_("date"), null=True, blank=True)

    class Meta:
        ordering = ["position", "pk"]
        verbose_name = _("source")
        verbose_name_plural = _("sources")

    def __str__(self) -> str:
        return self.title

    @property
    def safe_url(self) -> str:
        """The URL if it is a web address; the form only accepts those, this guards older or imported rows."""
        return self.url if self.url.lower().startswith(("https://", "http://")) else ""

def new_preview_token() -> str:
    return secrets.token_urlsafe(32)  # 256 random bits


def default_preview_expiry():
    return timezone.now() + timedelta(days=settings.PREVIEW_LINK_DAYS)


class PreviewLinkQuerySet(models.QuerySet):
    def valid(self) -> "PreviewLinkQuerySet":
        return self.filter(revoked_at__isnull=True, expires_at__gt=timezone.now())


class PreviewLink(models.Model):
    """A secret, expiring, revocable address that shows an unpublished article to people without an account."""

    article = models.ForeignKey(
        Article, verbose_name=_("article"), on_delete=models.CASCADE, related_name="preview_links"
    )
    token = models.CharField(_("token"), max_length=64, unique=True, default=new_preview_token, editable=False)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, verbose_name=_("created by"), on_delete=models.SET_NULL, null=True, blank=True,
        related_name="+",
    )
    created_at = models.DateTimeField(_("created"), auto_now_add=True)
    expires_at = models.DateTimeField(_("expires"), default=default_preview_expiry)
    revoked_at = models.DateTimeField(_("revoked"), null=True, blank=True)

    objects = PreviewLinkQuerySet.as_manager()

    class Meta:
        ordering = ["-created_at", "-pk"]
        verbose_name = _("preview link")
        verbose_name_plural = _("preview links")

    def __str__(self) -> str:
        return f"{self.article} ({self.token[:6]}…)"

    def get_absolute_url(self) -> str:
        return reverse("articles:preview", kwargs={"token": self.token})

    @property
    def is_valid(self) -> bool:
        return self.revoked_at is None and self.expires_at > timezone.now()


class RevisionHashtags(models.Model):
    """The hashtags of an article as they were in one revision (django-taggit's generic relation cannot be
    followed by django-reversion, so the names are stored beside the revision)."""

    revision = models.OneToOneField("reversion.Revision", on_delete=models.CASCADE, related_name="hashtags")
    names = models.JSONField(default=list)

    class Meta:
        verbose_name = _("hashtags of a revision")
        verbose_name_plural = _("hashtags of revisions")

    def __str__(self) -> str:
        return ", ".join(self.names)

class Redirect(models.Model):
    """An address that used to show a page (old slug, merged hashtag) and now answers 301 to its new one."""

    old_path = models.CharField(_("old path"), max_length=300, unique=True, validators=[validate_site_path])
    # Checked again where the redirect is served (articles/redirects.py): rows from before the check stay harmless.
    new_path = models.CharField(_("new path"), max_length=300, validators=[validate_site_path])
    created_at = models.DateTimeField(_("created"), auto_now_add=True)

    class Meta:
        ordering = ["old_path"]
        verbose_name = _("redirect")
        verbose_name_plural = _("redirects")

    def __str__(self) -> str:
        return f"{self.old_path} → {self.new_path}"


class GonePath(models.Model):
    """The address of a deleted article: it answers 410 Gone instead of 404, so search engines drop it."""

    path = models.CharField(_("path"), max_length=300, unique=True)
    created_at = models.DateTimeField(_("deleted"), auto_now_add=True)

    class Meta:
        ordering = ["path"]
        verbose_name = _("deleted address")
        verbose_name_plural = _("deleted addresses")

    def __str__(self) -> str:
        return self.path
