"""The article form of the admin: a draft needs a title only, publishing or scheduling what readers see."""

from django import forms
from django.utils.text import capfirst, get_text_list
from django.utils.translation import gettext as _

from articles.models import Article
from kinews.html import sanitize_html


class ArticleAdminForm(forms.ModelForm):
    # What an article needs before readers may see it, in the source language (the readable rule checks the same
    # texts, articles/querysets.complete_in). Image and English are only warned about (articles/scheduling.py).
    NEEDED_TO_PUBLISH = {
        "category": lambda value: value is not None,
        "teaser_de": lambda value: bool((value or "").strip()),
        "body_de": lambda value: bool(sanitize_html(value)),
    }

    def clean(self):
        cleaned = super().clean()
        if cleaned.get("status") == Article.Status.PUBLISHED:
            self.check_publishable(cleaned)
        return cleaned

    def check_publishable(self, cleaned: dict) -> None:
        missing = []
        for name, present in self.NEEDED_TO_PUBLISH.items():
            if name in self.fields and name not in self.errors and not present(cleaned.get(name)):
                self.add_error(name, _("Needed to publish or schedule the article."))
                missing.append(capfirst(str(self.fields[name].label)))
        if missing:
            self.add_error(None, _("To publish or schedule the article, fill in: %(fields)s. "
                                   "As a draft it saves without them.") % {"fields": get_text_list(missing, _("and"))})
