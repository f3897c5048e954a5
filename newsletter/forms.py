from django import forms
from django.conf import settings
from django.db import models
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


class Pause(models.TextChoices):
    """How long a subscriber may pause the newsletter; the value is the number of days ("" = until resumed)."""

    TWO_WEEKS = "14", _("for two weeks")
    ONE_MONTH = "30", _("for a month")
    THREE_MONTHS = "91", _("for three months")
    UNTIL_RESUMED = "open", _("until I resume it")


class SubscriptionForm(forms.Form):
    """One change on the subscription page: which one is `action`, the value comes in its own field."""

    class Action(models.TextChoices):
        LANGUAGE = "language", _("change the language")
        PAUSE = "pause", _("pause")
        RESUME = "resume", _("resume")
        UNSUBSCRIBE = "unsubscribe", _("unsubscribe")

    # The message never repeats the value sent: it could be anything, of any length.
    _choose = {"invalid_choice": _("Please choose one of the options."), "required": _("Please choose an option.")}

    action = forms.ChoiceField(choices=Action.choices, error_messages=_choose)
    language = forms.ChoiceField(label=_("Newsletter language"), choices=settings.LANGUAGES, required=False,
                                 error_messages=_choose)
    pause = forms.ChoiceField(label=_("Pause the newsletter"), choices=Pause.choices, required=False,
                              error_messages=_choose)

    def clean(self):
        cleaned = super().clean()
        action = cleaned.get("action")
        for needed in {self.Action.LANGUAGE: "language", self.Action.PAUSE: "pause"}.get(action, "").split():
            if not cleaned.get(needed) and needed not in self.errors:
                self.add_error(needed, self.fields[needed].error_messages["required"])
        return cleaned

    @property
    def pause_days(self) -> int | None:
        value = self.cleaned_data["pause"]
        return None if value == Pause.UNTIL_RESUMED else int(value)
