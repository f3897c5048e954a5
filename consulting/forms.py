import re

from django import forms
from django.core.validators import RegexValidator
from django.utils.translation import gettext_lazy as _

from consulting.models import Inquiry

HONEYPOT_FIELD = "website"


class OneLineField(forms.CharField):
    """A text field whose line breaks and runs of whitespace become single spaces (names end up in mail headers)."""

    def to_python(self, value):
        value = super().to_python(value)
        return " ".join(value.split()) if value else value


class InquiryForm(forms.Form):
    name = OneLineField(label=_("Name"), max_length=100, widget=forms.TextInput(attrs={"autocomplete": "name"}))
    email = forms.EmailField(label=_("E-mail address"), max_length=254,
                             widget=forms.EmailInput(attrs={"autocomplete": "email"}))
    company = OneLineField(label=_("Company"), max_length=150,
                           widget=forms.TextInput(attrs={"autocomplete": "organization"}))
    role = OneLineField(label=_("Your role (optional)"), max_length=100, required=False,
                        widget=forms.TextInput(attrs={"autocomplete": "organization-title"}))
    phone = OneLineField(
        label=_("Phone (optional)"), max_length=40, required=False,
        validators=[RegexValidator(r"^\+?[0-9 ()/.\-]{5,40}$", _("Please enter a phone number (digits, spaces, +)."))],
        widget=forms.TextInput(attrs={"autocomplete": "tel", "inputmode": "tel"}),
    )
    topic = forms.ChoiceField(label=_("Topic"), choices=[("", _("Please choose"))] + Inquiry.Topic.choices)
    budget = forms.ChoiceField(label=_("Budget range (optional)"), required=False,
                               choices=[("", _("Not sure yet"))] + Inquiry.Budget.choices)
    message = forms.CharField(label=_("Your message"), max_length=4000,
                              help_text=_("What do you want to achieve? At most 4,000 characters."),
                              widget=forms.Textarea(attrs={"rows": 7}))
    contact_by = forms.ChoiceField(label=_("How should we contact you?"), choices=Inquiry.ContactBy.choices,
                                   initial=Inquiry.ContactBy.EMAIL, widget=forms.RadioSelect)
    consent = forms.BooleanField(
        label=_("I agree that kinews stores my details to answer this inquiry."),
        error_messages={"required": _("Please agree, otherwise we may not store your inquiry.")},
    )
    # Spam traps: a field humans never see, and the signed time the form was shown.
    website = forms.CharField(required=False, max_length=200, label=_("Leave this field empty"),
                              widget=forms.TextInput(attrs={"tabindex": "-1", "autocomplete": "off"}))
    token = forms.CharField(required=False, max_length=200, widget=forms.HiddenInput)
    # Where the visitor came from (validated, silently dropped if odd).
    source = forms.CharField(required=False, max_length=1000, widget=forms.HiddenInput)
    cta = forms.CharField(required=False, max_length=100, widget=forms.HiddenInput)

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("label_suffix", "")
        super().__init__(*args, **kwargs)

    def clean(self):
        cleaned = super().clean()
        if cleaned.get("contact_by") == Inquiry.ContactBy.PHONE and not cleaned.get("phone") \
                and "phone" not in self.errors:
            self.add_error("phone", _("Please give a phone number if we should call you."))
        cleaned["source"] = clean_source_path(cleaned.get("source", ""))
        cleaned["cta"] = clean_cta(cleaned.get("cta", ""))
        return cleaned

    def inquiry_data(self) -> dict:
        fields = ["name", "email", "company", "role", "phone", "topic", "budget", "message", "contact_by"]
        return {name: self.cleaned_data[name] for name in fields}


_SAFE_PATH = re.compile(r"^/(?!/)[^\s\\<>\"'`]{0,299}$")


def clean_source_path(value: str) -> str:
    """A path on this site (no scheme, no host, no whitespace) or ""."""
    value = (value or "").strip()
    return value if _SAFE_PATH.match(value) else ""


def clean_cta(value: str) -> str:
    return value if value in Inquiry.Cta.values else ""
