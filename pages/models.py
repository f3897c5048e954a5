from django.db import models
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from django_prose_editor.fields import ProseEditorField

from kinews.html import BODY_EDITOR_EXTENSIONS, sanitize_html, sanitize_translated_html
from kinews.slugs import fill_translated_slugs
from pages.social import network_of


class PageQuerySet(models.QuerySet):
    def published(self) -> "PageQuerySet":
        return self.filter(is_published=True)


class Page(models.Model):
    """A simple site page (Impressum, Datenschutz, About, ...), in German and English.

    Our own small model rather than django.contrib.flatpages: flatpages keys pages by one URL for all
    languages and needs django.contrib.sites, while we need per-language slugs, the sanitised rich-text
    body of articles, and stable routes for the legal pages whatever their slug.
    """

    class Key(models.TextChoices):
        IMPRINT = "imprint", _("Legal notice (Impressum)")
        PRIVACY = "privacy", _("Privacy policy")
        ABOUT = "about", _("About us")
        CONSULTING = "consulting", _("Consulting offer")

    key = models.CharField(
        _("role"),
        max_length=20,
        choices=Key.choices,
        unique=True,
        null=True,
        blank=True,
        help_text=_("Pages with a role get a fixed address and a link in the footer."),
    )
    title = models.CharField(_("title"), max_length=200)
    slug = models.SlugField(_("slug"), max_length=120, unique=True, blank=True)
    body = ProseEditorField(_("body"), extensions=BODY_EDITOR_EXTENSIONS, sanitize=sanitize_html, blank=True)
    seo_description = models.CharField(_("SEO description"), max_length=300, blank=True)
    is_published = models.BooleanField(_("published"), default=False)
    updated_at = models.DateTimeField(_("updated"), auto_now=True)

    objects = PageQuerySet.as_manager()

    class Meta:
        ordering = ["title"]
        verbose_name = _("page")
        verbose_name_plural = _("pages")

    def __str__(self) -> str:
        return self.title

    def save(self, *args, **kwargs):
        sanitize_translated_html(self, "body")
        fill_translated_slugs(self, "title")
        super().save(*args, **kwargs)

    def get_absolute_url(self) -> str:
        if self.key:
            return reverse(f"pages:{self.key}")
        return reverse("pages:page", kwargs={"slug": self.slug})


class SocialLink(models.Model):
    """A "follow us" link shown in the footer and sidebar; managed by editors, nothing hard-coded."""

    name = models.CharField(_("network"), max_length=50, help_text=_("E.g. Mastodon, LinkedIn, YouTube."))
    url = models.URLField(_("URL"))
    order = models.PositiveSmallIntegerField(_("order"), default=0)

    class Meta:
        ordering = ["order", "pk"]
        verbose_name = _("follow-us link")
        verbose_name_plural = _("follow-us links")

    def __str__(self) -> str:
        return self.name

    @property
    def network(self) -> str:
        """The network for its icon ("mastodon", …; "link" when unknown): pages/social.py."""
        return network_of(self.name, self.url)
