"""Shared helpers for the consulting tests."""

import time

from django.core import signing

from consulting.views import FORM_PURPOSE


def aged_token(seconds: float = 30) -> str:
    """A valid form token as if the form had been shown `seconds` ago (a human's pace)."""
    return signing.dumps(time.time() - seconds, salt=f"kinews.forms.{FORM_PURPOSE}", compress=False)


def valid_data(**overrides) -> dict:
    data = {
        "name": "Jana Schulz", "email": "jana@example.com", "company": "Muster AG", "role": "CTO",
        "phone": "", "topic": "training", "budget": "10-50k", "message": "Wir brauchen eine Schulung für 20 Leute.",
        "contact_by": "email", "consent": "on", "website": "", "token": aged_token(),
        "source": "", "cta": "",
    }
    return data | overrides


def valid_inquiry_fields(**overrides) -> dict:
    """Cleaned data as services.inquiry_submit takes it."""
    fields = ["name", "email", "company", "role", "phone", "topic", "budget", "message", "contact_by"]
    data = valid_data()
    return {name: data[name] for name in fields} | overrides
