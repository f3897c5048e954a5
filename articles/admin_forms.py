"""The article form of the admin: a draft needs a title only, publishing or scheduling what readers see; nobody
overwrites a newer save unawares."""

from django import forms
from django.utils import timezone
from django.utils.formats import time_format
from django.utils.text import capfirst, get_text_list
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from articles.models import Article
from kinews.admin_widgets import ImagePreviewWidget
from kinews.html import sanitize_html
from kinews.images import rendition_for, renditions_of

# What readers see of an article's image: all of it on the article page, cut to 16:9 on cards in lists.
ARTICLE_CROPS = [("full", gettext_lazy("article page")), ("card", gettext_lazy("cards in lists (16:9)"))]
# An author's photo: a circle in bylines and on the author page.
AUTHOR_CROPS = [("round", gettext_lazy("byline and author page"))]


def version_of(article: Article) -> str:
    """What the form remembers of the stored article it was opened with: the time of its last save."""
    return article.updated_at.isoformat() if article.pk and article.updated_at else ""


def newer_save_message(article: Article, user) -> str:
    """Why a save is refused: who saved a newer version, and when."""
    time = time_format(timezone.localtime(article.updated_at))
    if user is not None and article.updated_by_id == user.pk:
        text = _("You saved this article in another window at %(time)s, after opening it here. Saving now would "
                 "overwrite that newer version: open the article in a new tab to see it, or tick “Save anyway” "
                 "below.")
        return text % {"time": time}
    who = article.updated_by.get_full_name() or article.updated_by.get_username() if article.updated_by else (
        _("Someone"))
    text = _("%(who)s saved this article at %(time)s, after you opened it. Saving now would overwrite that newer "
             "version: open the article in a new tab to see it, or tick “Save anyway” below.")
    return text % {"who": who, "time": time}


class ArticleAdminForm(forms.ModelForm):
    loaded_version = forms.CharField(required=False, widget=forms.HiddenInput)
    overwrite = forms.BooleanField(
        required=False, widget=forms.HiddenInput, label=gettext_lazy("Save anyway (overwrites the newer version)")
    )
    user = None  # who fills in the form: set by the admin (ArticleAdmin.get_form)

    # What an article needs before readers may see it, in the source language (the readable rule checks the same
    # texts, articles/querysets.complete_in). Image and English are only warned about (articles/scheduling.py).
    NEEDED_TO_PUBLISH = {
        "category": lambda value: value is not None,
        "teaser_de": lambda value: bool((value or "").strip()),
        "body_de": lambda value: bool(sanitize_html(value)),
    }

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["loaded_version"].initial = version_of(self.instance)
        if "image" in self.fields:
            article = self.instance
            self.fields["image"].widget = ImagePreviewWidget(crops=ARTICLE_CROPS, preview=article.image_for(720),
                                                             size=(article.image_width, article.image_height))

    def clean(self):
        cleaned = super().clean()
        self.check_newer_save(cleaned)
        if cleaned.get("status") == Article.Status.PUBLISHED:
            self.check_publishable(cleaned)
        return cleaned

    def check_newer_save(self, cleaned: dict) -> None:
        """Someone (or this person in another window) saved after this form was opened: say so, save nothing.

        `self.instance` is the article as stored when the request began; the form carries the version it was
        opened with (autosaves move it along).
        """
        loaded = cleaned.get("loaded_version")
        if not loaded or loaded == version_of(self.instance) or cleaned.get("overwrite"):
            return
        self.fields["overwrite"].widget = forms.CheckboxInput()
        self.add_error(None, forms.ValidationError(newer_save_message(self.instance, self.user), code="newer_save"))

    def check_publishable(self, cleaned: dict) -> None:
        missing = []
        for name, present in self.NEEDED_TO_PUBLISH.items():
            if name in self.fields and name not in self.errors and not present(cleaned.get(name)):
                self.add_error(name, _("Needed to publish or schedule the article."))
                missing.append(capfirst(str(self.fields[name].label)))
        if missing:
            self.add_error(None, _("To publish or schedule the article, fill in: %(fields)s. "
                                   "As a draft it saves without them.") % {"fields": get_text_list(missing, _("and"))})


class AuthorAdminForm(forms.ModelForm):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if "photo" in self.fields:
            author = self.instance
            versions = renditions_of(author.photo, author.photo_renditions, author.photo_width, author.photo_height)
            self.fields["photo"].widget = ImagePreviewWidget(crops=AUTHOR_CROPS, preview=rendition_for(versions, 192),
                                                             size=(author.photo_width, author.photo_height))
