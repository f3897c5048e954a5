from django import forms
from django.conf import settings
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _

from kinews.forms_security import StampedForm


class SignupForm(StampedForm):
    email = forms.EmailField(
        label=_("E-mail address"), max_length=254,
        widget=forms.EmailInput(attrs={"autocomplete": "email", "placeholder": _("you@example.com")}),
    )
    language = forms.ChoiceField(label=_("Newsletter language"), choices=settings.LANGUAGES)
    # The label (consent text with the privacy link) is rendered by the template from newsletter.consent.
    consent = forms.BooleanField(
        required=True, error_messages={"required": _("Please tick the box to agree to receive the newsletter.")}
    )
    page = forms.CharField(widget=forms.HiddenInput, required=False, max_length=500)

    def __init__(self, *args, page: str = "", **kwargs):
        kwargs.setdefault("initial", {})
        kwargs["initial"].setdefault("language", get_language() if get_language() in dict(settings.LANGUAGES) else "de")
        kwargs["initial"].setdefault("page", page)
        super().__init__(*args, **kwargs)

    def clean_page(self) -> str:
        # Only a path on this site is kept for the consent record (no foreign URLs, no query strings).
        page = self.cleaned_data["page"].split("?", 1)[0]
        return page if page.startswith("/") and not page.startswith("//") else ""
