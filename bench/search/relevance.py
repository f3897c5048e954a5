"""Search relevance on the demo content: 30 German and 15 English queries with the articles that should come first.

    createdb -h 127.0.0.1 -U postgres kinews_bench_relevance
    DATABASE_URL=postgres://postgres@127.0.0.1:5432/kinews_bench_relevance .venv/bin/python bench/search/relevance.py
    DATABASE_URL=sqlite:////tmp/kinews_relevance.sqlite3 .venv/bin/python bench/search/relevance.py   # the fallback

Migrates and loads the demo content (`manage.py load_demo`) when the database has no articles, then runs every
query through `articles.search.search_articles` exactly as the search page does (readable articles in the
query's language) and prints, per query, the top three found and precision@3: the share of the top three that
are expected, out of min(3, number of expected articles) – so a query with one right answer scores 1.0 when
that answer is among the first three. The summary also counts the queries whose first result is expected.

Why the demo content: it is real editorial prose on overlapping topics (three AI Act articles, three on language
models, three on robots, agents in several places), which is what makes ranking hard; a generated corpus would
only test the words it was generated from. Anyone can reproduce it with `make run` or `load_demo`.
"""

import os
import statistics
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "kinews.settings")

import django  # noqa: E402

django.setup()

from django.core.management import call_command  # noqa: E402
from django.db import connection  # noqa: E402
from django.utils import translation  # noqa: E402

from articles.models import Article  # noqa: E402
from articles.search import search_articles  # noqa: E402

# (language, query as a reader types it, the beginnings of the German slugs of the articles that should lead)
QUERIES = [
    ("de", "EU AI Act", ["eu-ai-act", "fristen-im", "betreiber-statt"]),
    ("de", "AI Act Fristen", ["fristen-im"]),
    ("de", "Risikoklassen", ["eu-ai-act"]),
    ("de", "Pflichten für Betreiber", ["betreiber-statt"]),
    ("de", "Quantisierung", ["quantisierung"]),
    ("de", "Sprachmodelle lokal betreiben", ["sprachmodelle-lokal"]),
    ("de", "kompakte Sprachmodelle", ["klein-aber"]),
    ("de", "Sprachmodell", ["quantisierung", "sprachmodelle-lokal", "klein-aber"]),
    ("de", "offene Gewichte", ["offene-gewichte"]),
    ("de", "Lizenz", ["lizenzen"]),
    ("de", "KI-Agenten", ["wie-ki-agenten", "ki-agenten-im", "prompt-injection"]),
    ("de", "Prompt Injection", ["prompt-injection"]),
    ("de", "Chips", ["engpass"]),
    ("de", "Strom Rechenzentren", ["strom-fuer"]),
    ("de", "Energiewende", ["stromnetz"]),
    ("de", "DSGVO Trainingsdaten", ["trainingsdaten"]),
    ("de", "Chatbots Datenschutz", ["chatbots-im", "wenn-die-ki"]),
    ("de", "Loeschung", ["wenn-die-ki"]),  # typed without ö
    ("de", "Mittelstand", ["ki-im-mittelstand", "ki-agenten-im"]),
    ("de", "Weiterbildung", ["weiterbildung"]),
    ("de", "Jobs", ["ersetzt-ki"]),
    ("de", "Klassenzimmer", ["ki-im-klassenzimmer"]),
    ("de", "Studierende Hochschulen", ["ki-kompetenz"]),
    ("de", "Roboter", ["humanoide", "lernen-durch", "industrieroboter"]),
    ("de", "humanoide Roboter", ["humanoide"]),
    ("de", "Industrieroboter", ["industrieroboter"]),
    ("de", "AlphaFold", ["alphafold"]),
    ("de", "Aerztin", ["ki-in-der-radiologie", "klinische"]),  # typed without Ä
    ("de", "Wettervorhersage", ["wettervorhersage"]),
    ("de", "Deepfakes", ["deepfakes"]),
    ("en", "EU AI Act", ["eu-ai-act", "fristen-im", "betreiber-statt"]),
    ("en", "quantisation", ["quantisierung"]),
    ("en", "language models locally", ["sprachmodelle-lokal"]),
    ("en", "open weights", ["offene-gewichte"]),
    ("en", "AI agents", ["wie-ki-agenten", "ki-agenten-im", "prompt-injection"]),
    ("en", "prompt injection", ["prompt-injection"]),
    ("en", "data centres energy", ["strom-fuer"]),
    ("en", "GDPR training data", ["trainingsdaten"]),
    ("en", "chatbots", ["chatbots-im", "wenn-die-ki"]),
    ("en", "classroom", ["ki-im-klassenzimmer"]),
    ("en", "robots", ["humanoide", "lernen-durch", "industrieroboter"]),
    ("en", "humanoid robots", ["humanoide"]),
    ("en", "radiology", ["ki-in-der-radiologie"]),
    ("en", "weather forecasting", ["wettervorhersage"]),
    ("en", "deepfakes", ["deepfakes"]),
]


def slug_prefixes() -> dict[int, str]:
    """Article pk -> the expected-slug prefix it answers to (each prefix must name exactly one article)."""
    names = {}
    for prefix in {prefix for _language, _query, expected in QUERIES for prefix in expected}:
        matches = list(Article.objects.filter(slug_de__startswith=prefix).values_list("pk", flat=True))
        assert len(matches) == 1, f"{prefix!r} names {len(matches)} demo articles"
        names[matches[0]] = prefix
    return names


def main() -> None:
    call_command("migrate", verbosity=0)
    if not Article.objects.exists():
        call_command("load_demo", verbosity=0)
    names = slug_prefixes()
    scores: dict[str, list[float]] = {"de": [], "en": []}
    firsts: dict[str, list[bool]] = {"de": [], "en": []}
    print(f"{connection.vendor}, {Article.objects.count()} articles\n")
    print(f"{'lang':4}  {'query':30}  {'P@3':>4}  top three found (expected ones marked *)")
    for language, query, expected in QUERIES:
        with translation.override(language):
            found = list(search_articles(Article.objects.readable(language), query=query, language=language)
                         .values_list("pk", flat=True)[:3])
        top = [names.get(pk, f"#{pk}") for pk in found]
        hits = sum(1 for name in top if name in expected)
        score = hits / min(3, len(expected))
        scores[language].append(score)
        firsts[language].append(bool(top) and top[0] in expected)
        shown = ", ".join(f"{name}*" if name in expected else name for name in top) or "(nothing)"
        print(f"{language:4}  {query:30}  {score:4.2f}  {shown}")
    print()
    for language, values in scores.items():
        perfect = sum(1 for value in values if value == 1)
        print(f"{language}: mean precision@3 {statistics.mean(values):.2f} over {len(values)} queries, "
              f"{perfect} perfect, first result expected in {sum(firsts[language])}")
    everything = scores["de"] + scores["en"]
    print(f"all: mean precision@3 {statistics.mean(everything):.2f} over {len(everything)} queries, "
          f"first result expected in {sum(firsts['de'] + firsts['en'])}")


if __name__ == "__main__":
    main()
