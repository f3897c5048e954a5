"""Demo promos for `manage.py load_demo`: an academy course, the newsletter and a consulting banner, in German
and English. Written by the kinews team for the demo."""

from django.urls import reverse
from django.utils import translation

from newsletter.models import Promo


def _consulting_url(language: str) -> str:
    with translation.override(language):
        # The inquiry form, marked as coming from the header banner (consulting's source tracking).
        return reverse("consulting:inquiry") + "?cta=header-banner"


PROMOS = [
    {
        "kind": Promo.Kind.ACADEMY, "placement": Promo.Placement.SIDEBAR, "priority": 10,
        "de": {
            "title": "KI-Akademie: Prompting für Teams",
            "text": "Vier Abende, ein Ziel: Dein Team schreibt Prompts, die verlässlich funktionieren – mit Übungen aus dem eigenen Arbeitsalltag statt Spielbeispielen.",
            "cta_label": "Kurs ansehen", "cta_url": "https://akademie.kinews.example/prompting-fuer-teams",
        },
        "en": {
            "title": "AI Academy: prompting for teams",
            "text": "Four evenings, one goal: your team writes prompts that work reliably – practising on tasks from its own daily work, not toy examples.",
            "cta_label": "See the course", "cta_url": "https://akademie.kinews.example/en/prompting-for-teams",
        },
    },
    {
        "kind": Promo.Kind.NEWSLETTER, "placement": Promo.Placement.ARTICLE_END, "priority": 10,
        "de": {
            "title": "Einmal pro Woche schlauer über KI",
            "text": "Jeden Freitag die wichtigsten Meldungen der Woche, ausgewählt von der Redaktion und in fünf Minuten gelesen. Kostenlos, ohne Tracking.",
            "cta_label": "", "cta_url": "",
        },
        "en": {
            "title": "Smarter about AI, once a week",
            "text": "Every Friday the week's most important stories, picked by our editors and read in five minutes. Free, no tracking.",
            "cta_label": "", "cta_url": "",
        },
    },
    {
        "kind": Promo.Kind.CONSULTING, "placement": Promo.Placement.HEADER, "priority": 5,
        "de": {
            "title": "KI im eigenen Unternehmen einführen?",
            "text": "Unsere Beratung hilft Dir, sinnvolle Anwendungsfälle zu finden – ehrlich, auch wenn die Antwort „noch nicht“ lautet.",
            "cta_label": "Zur Beratung", "cta_url": _consulting_url,
        },
        "en": {
            "title": "Bringing AI into your company?",
            "text": "Our consultants help you find use cases that make sense – honestly, even when the answer is “not yet”.",
            "cta_label": "Our consulting", "cta_url": _consulting_url,
        },
    },
]


def load() -> str:
    created = 0
    for data in PROMOS:
        for language in ("de", "en"):
            texts = dict(data[language])
            if callable(texts["cta_url"]):
                texts["cta_url"] = texts["cta_url"](language)
            _promo, was_created = Promo.objects.get_or_create(
                kind=data["kind"], placement=data["placement"], language=language, title=texts["title"],
                defaults={"priority": data["priority"], **{k: v for k, v in texts.items() if k != "title"}},
            )
            created += was_created
    return f"{created} new promos, {Promo.objects.count()} in all"
