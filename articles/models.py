import secrets
from dataclasses import dataclass
from datetime import timedelta

from django.conf import settings
from django.contrib.postgres.search import SearchVectorField
from django.core.files.storage import default_storage
from django.db import models
from django.db.models import F, Q
from django.db.models.functions import RowNumber
from django.urls import reverse
from django.utils import timezone
from django.utils.text import slugify
from django.utils.translation import gettext_lazy as _
from django_prose_editor.fields import ProseEditorField
from taggit.managers import TaggableManager

from articles.html import BODY_EDITOR_EXTENSIONS, reading_minutes, sanitize_html
from articles.images import CheckedImageField


@dataclass(frozen=True)
class Picture:
    """What a template needs for one responsive <img>: src, srcset, intrinsic size and alt text."""

    src: str
    srcset: str
    width: int
    height: int
    alt: str


def picture_for(field, renditions: list[dict], alt: str) -> Picture | None:
    if not field:
        return None
    if renditions:
        largest = renditions[-1]
        srcset = ", ".join(f"{default_storage.url(r['name'])} {r['width']}w" for r in renditions)
        return Picture(default_storage.url(largest["name"]), srcset, largest["width"], largest["height"], alt)
    # The size recorded at upload, not field.width: that would read the file from storage on every render.
    width, height = (getattr(field.instance, name) for name in (field.field.width_field, field.field.height_field))
    return Picture(field.url, "", width or 0, height or 0, alt)


_GERMAN_LETTERS = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "Ä": "Ae", "Ö": "Oe", "Ü": "Ue", "ß": "ss"})


def unique_slug(instance: models.Model, field: str, text: str, max_length: int = 120) -> str:
    """A slug from `text`, suffixed -2, -3, ... until no other row of the model uses it in `field`."""
    base = slugify(text.translate(_GERMAN_LETTERS))[: max_length - 4].strip("-") or "artikel"
    candidate, number = base, 2
    others = type(instance)._default_manager.exclude(pk=instance.pk)
    while others.filter(**{field: candidate}).exists():
        candidate, number = f"{base}-{number}", number + 1
    return candidate


def fill_translated_slugs(instance: models.Model, source_field: str) -> None:
    """Fill empty per-language slugs from the title in that language (German title as fallback)."""
    default_text = getattr(instance, f"{source_field}_de") or ""
    for code, _name in settings.LANGUAGES:
        if not getattr(instance, f"slug_{code}"):
            text = getattr(instance, f"{source_field}_{code}") or default_text
            setattr(instance, f"slug_{code}", unique_slug(instance, f"slug_{code}", text))


def sanitize_translated_html(instance: models.Model, field: str) -> None:
    """Sanitise every language's version of a rich-text field in place."""
    for code, _name in settings.LANGUAGES:
        setattr(instance, f"{field}_{code}", sanitize_html(getattr(instance, f"{field}_{code}")))


class Category(models.Model):
    name = models.CharField(_("name"), max_length=80)
    slug = models.SlugField(_("slug"), max_length=120, unique=True, blank=True)
    description = models.TextField(_("description"), blank=True)
    order = models.PositiveSmallIntegerField(_("order"), default=0, help_text=_("Smaller numbers come first."))

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
        return picture_for(self.photo, self.photo_renditions, self.name)

    @property
    def links(self) -> list[tuple[str, str]]:
        candidates = [(_("Website"), self.website), ("LinkedIn", self.linkedin), ("Mastodon", self.mastodon)]
        return [(label, url) for label, url in candidates if url]


# An article is "translated" into a language when these texts exist in it; see ArticleQuerySet.in_language().
TRANSLATION_REQUIRED_FIELDS = ("title", "teaser", "body")


CARD_DEFERRED_FIELDS = ("body", "body_de", "body_en", "search_de", "search_en")


class ArticleQuerySet(models.QuerySet):
    def published(self) -> "ArticleQuerySet":
        """The one definition of what readers may see: published, and its publication time reached."""
        return self.filter(status=Article.Status.PUBLISHED, published_at__lte=timezone.now())

    def scheduled(self) -> "ArticleQuerySet":
        return self.filter(status=Article.Status.PUBLISHED, published_at__gt=timezone.now())

    def in_language(self, code: str) -> "ArticleQuerySet":
        """Articles complete in language `code`: readers of that language never get a half-translated page.

        German is the source language and always complete (its title and teaser are required).
        """
        if code == settings.LANGUAGE_CODE:
            return self
        # `> ""` is false for both NULL and the empty string, in SQLite and PostgreSQL alike.
        return self.filter(**{f"{field}_{code}__gt": "" for field in TRANSLATION_REQUIRED_FIELDS})

    def for_cards(self) -> "ArticleQuerySet":
        """What a teaser card shows: category and author in the same query, newest first.

        Bodies and search documents are the bulk of a row and no card shows them: not loaded.
        """
        return (
            self.select_related("category", "author")
            .defer(*CARD_DEFERRED_FIELDS)
            .order_by("-published_at", "-pk")
        )

    def for_detail(self) -> "ArticleQuerySet":
        return (
            self.select_related("category", "author")
            .defer("search_de", "search_en")
            .prefetch_related("key_facts", "sources", "tags")
        )

    def latest_per_category(self, per_category: int, within_latest: int = 500) -> "ArticleQuerySet":
        """The newest `per_category` articles of every category, in one query (window function).

        Only the newest `within_latest` articles are ranked, so the query stays cheap on a large archive; a
        category without an article among them gets no row.
        """
        newest = self.order_by("-published_at", "-pk").values("pk")[:within_latest]
        return self.filter(pk__in=models.Subquery(newest)).for_cards().alias(
            rank=models.Window(
                RowNumber(), partition_by=[F("category_id")], order_by=[F("published_at").desc(), F("pk").desc()]
            )
        ).filter(rank__lte=per_category)


class Article(models.Model):
    class Status(models.TextChoices):
        DRAFT = "draft", _("Draft")
        PUBLISHED = "published", _("Published")

    title = models.CharField(_("title"), max_length=200)
    slug = models.SlugField(
        _("slug"), max_length=120, unique=True, blank=True, help_text=_("Filled in from the title when empty.")
    )
    teaser = models.TextField(_("teaser"), max_length=400, help_text=_("One or two sentences shown in lists."))
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
        Category, verbose_name=_("category"), on_delete=models.PROTECT, related_name="articles"
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
            models.CheckConstraint(
                condition=Q(status="draft") | Q(published_at__isnull=False),
                name="article_published_has_time",
            )
        ]

    def __str__(self) -> str:
        return self.title

    def save(self, *args, **kwargs):
        # Derived fields only; side effects (renditions) are queued by articles.signals.
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

    def exists_in(self, language: str) -> bool:
        """The same rule as ArticleQuerySet.in_language(), for one loaded article."""
        if language == settings.LANGUAGE_CODE:
            return True
        return all(getattr(self, f"{field}_{language}") for field in TRANSLATION_REQUIRED_FIELDS)

    @property
    def is_live(self) -> bool:
        return self.status == self.Status.PUBLISHED and self.published_at is not None and (
            self.published_at <= timezone.now()
        )

    @property
    def picture(self) -> Picture | None:
        return picture_for(self.image, self.image_renditions, self.image_alt)


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

    old_path = models.CharField(_("old path"), max_length=300, unique=True)
    new_path = models.CharField(_("new path"), max_length=300)
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


# --- Related posts (computed by articles.related) and popularity (articles.popularity) ---


class ArticleTerm(models.Model):
    """One of an article's top TF-IDF terms in one language: the inverted index for finding related posts."""

    article = models.ForeignKey(Article, on_delete=models.CASCADE, related_name="terms")
    language = models.CharField(max_length=5)
    term = models.CharField(max_length=40)
    weight = models.FloatField(help_text="Normalised TF-IDF weight: the article's vector has length 1.")

    class Meta:
        indexes = [models.Index(fields=["language", "term"], name="article_term_idx")]
        constraints = [
            models.UniqueConstraint(fields=["article", "language", "term"], name="article_term_unique"),
        ]

    def __str__(self) -> str:
        return f"{self.term} ({self.weight:.3f})"


class TermStat(models.Model):
    """How many indexed articles of a language contain a term (document frequency, for IDF).

    Exact after `rebuild_related`; kept up to date approximately between rebuilds (see articles.related).
    """

    language = models.CharField(max_length=5)
    term = models.CharField(max_length=40)
    documents = models.PositiveIntegerField(default=0)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["language", "term"], name="term_stat_unique")]

    def __str__(self) -> str:
        return f"{self.language}:{self.term} ({self.documents})"


class RelatedArticle(models.Model):
    """One entry of an article's stored related list in one language, with its score and why it was picked."""

    article = models.ForeignKey(Article, on_delete=models.CASCADE, related_name="related_entries")
    language = models.CharField(_("language"), max_length=5)
    target = models.ForeignKey(
        Article, verbose_name=_("related article"), on_delete=models.CASCADE, related_name="related_in"
    )
    rank = models.PositiveSmallIntegerField(_("rank"))
    score = models.FloatField(_("score"))
    reasons = models.JSONField(_("reasons"), default=dict, help_text="Components of the score, see articles.related.")

    class Meta:
        ordering = ["article", "language", "rank"]
        verbose_name = _("related article")
        verbose_name_plural = _("related articles")
        constraints = [
            models.UniqueConstraint(fields=["article", "language", "target"], name="related_article_unique"),
        ]
        indexes = [models.Index(fields=["article", "language", "rank"], name="related_article_rank_idx")]

    def __str__(self) -> str:
        return f"{self.article_id} → {self.target_id} ({self.language}, {self.score:.2f})"


class RelatedChoice(models.Model):
    """An editor's decision for one article's related list: always show (pin) or never show (exclude)."""

    class Action(models.TextChoices):
        PIN = "pin", _("Pin to the top")
        EXCLUDE = "exclude", _("Exclude")

    article = models.ForeignKey(Article, on_delete=models.CASCADE, related_name="related_choices")
    target = models.ForeignKey(
        Article, verbose_name=_("article"), on_delete=models.CASCADE, related_name="related_choices_as_target"
    )
    action = models.CharField(_("action"), max_length=10, choices=Action.choices, default=Action.PIN)
    position = models.PositiveSmallIntegerField(_("position"), default=0, help_text=_("Order of pinned articles."))

    class Meta:
        ordering = ["position", "pk"]
        verbose_name = _("related article choice")
        verbose_name_plural = _("related articles: pins and exclusions")
        constraints = [
            models.UniqueConstraint(fields=["article", "target"], name="related_choice_unique"),
            models.CheckConstraint(condition=~Q(target=F("article")), name="related_choice_not_self"),
        ]

    def __str__(self) -> str:
        return f"{self.get_action_display()}: {self.target}"


class ArticleView(models.Model):
    """Views of one article in one language on one day. Only the count is kept: no IP, no user agent."""

    article = models.ForeignKey(Article, on_delete=models.CASCADE, related_name="views")
    language = models.CharField(max_length=5)
    day = models.DateField()
    count = models.PositiveIntegerField(default=0)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["article", "language", "day"], name="article_view_unique")]
        indexes = [models.Index(fields=["language", "day"], name="article_view_day_idx")]

    def __str__(self) -> str:
        return f"{self.article_id} {self.language} {self.day}: {self.count}"
