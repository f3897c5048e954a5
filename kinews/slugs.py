"""Slugs: readable, unique, per language; German letters spelt out (ä → ae) rather than dropped."""

from django.conf import settings
from django.db import models
from django.utils.text import slugify

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
    default_text = getattr(instance, f"{source_field}_{settings.LANGUAGE_CODE}") or ""
    for code, _name in settings.LANGUAGES:
        if not getattr(instance, f"slug_{code}"):
            text = getattr(instance, f"{source_field}_{code}") or default_text
            setattr(instance, f"slug_{code}", unique_slug(instance, f"slug_{code}", text))
