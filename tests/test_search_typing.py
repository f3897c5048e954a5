"""Search behaves the way German readers type – the same on PostgreSQL and on the SQLite fallback (CI runs both)."""

from contextlib import nullcontext
from datetime import timedelta
from types import SimpleNamespace

import pytest
from django.db import connection
from django.utils import timezone

from articles.models import Article
from articles.search_text import fold
from tests.factories import ArticleFactory, CategoryFactory, KeyFactFactory

pytestmark = pytest.mark.django_db


def titles(client, query: str, path: str = "/suche/") -> list[str]:
    return [article.title for article in client.get(path, {"q": query}).context["articles"]]


def days_ago(days: int):
    return timezone.now() - timedelta(days=days)


@pytest.mark.parametrize(("written", "typed"), [
    ("Künstliche Intelligenz plant Straßen", "kuenstliche"),
    ("Künstliche Intelligenz plant Straßen", "Strassen"),
    ("Kuenstliche Intelligenz plant Strassen", "künstliche"),
    ("Kuenstliche Intelligenz plant Strassen", "Straßen"),
    ("ÜBERWACHUNG IN MÜNCHEN", "ueberwachung muenchen"),
    ("Ein Café für Roboter", "Cafe"),
])
def test_umlauts_and_their_transcriptions_find_each_other(client, written, typed):
    ArticleFactory(title_de=written)
    ArticleFactory(title_de="Etwas ganz anderes")
    assert titles(client, typed) == [written]


def test_python_and_the_database_normalise_alike():
    samples = ["Künstliche Äpfel", "GROẞE STRAẞE", "Müller-Lüdenscheidt", "Crème brûlée", "naïve Coöperation",
               "Zu\u0308rich (zerlegt)", "ﬁnal ½", "日本語のテキスト", "Ελληνικά", "Emoji 🤖", ""]
    with connection.cursor() as cursor:
        for sample in samples:
            cursor.execute("SELECT kinews_search_fold(%s)", [sample])
            assert cursor.fetchone()[0] == fold(sample), sample
    assert fold("Zu\u0308rich") == fold("Zürich") == "Zuerich"  # decomposed umlauts (macOS) too


def test_every_word_must_match_and_substrings_are_not_words(client):
    ArticleFactory(title_de="EU AI Act erklärt: die Risikoklassen")
    ArticleFactory(title_de="Die EU fördert neue AI-Labore")  # no "Act"
    ArticleFactory(title_de="Neue Mail-Regeln", body_de="<p>Der Impact ist heute neu.</p>")  # eu, ai, act inside
    assert titles(client, "EU AI Act") == ["EU AI Act erklärt: die Risikoklassen"]


def test_title_hits_rank_above_teaser_hits_above_body_hits(client):
    in_body = ArticleFactory(title_de="Drei", body_de="<p>Photonik, Photonik und noch einmal Photonik.</p>")
    in_teaser = ArticleFactory(title_de="Zwei", teaser_de="Es geht um Photonik.", published_at=days_ago(2))
    in_title = ArticleFactory(title_de="Photonik im Überblick", published_at=days_ago(4))
    assert titles(client, "Photonik") == [in_title.title_de, in_teaser.title_de, in_body.title_de]


def test_words_standing_together_rank_above_scattered_ones(client):
    scattered = ArticleFactory(title_de="Zum Ersten", teaser_de="Act eins: Die EU prüft jede neue AI.",
                               published_at=days_ago(1))
    together = ArticleFactory(title_de="Zum Zweiten", teaser_de="Was der EU AI Act verlangt.",
                              published_at=days_ago(3))
    assert titles(client, "EU AI Act")[0] == together.title_de
    assert scattered.title_de in titles(client, "EU AI Act")


@pytest.mark.parametrize("quotes", ['"{}"', "„{}“", "“{}”", "«{}»"])
def test_phrases_in_quotes_need_the_words_side_by_side(client, quotes):
    ArticleFactory(title_de="Offene Gewichte sind nicht Open Source")
    ArticleFactory(title_de="Gewichte, die offen liegen", teaser_de="Offene Fragen.")
    assert titles(client, quotes.format("offene Gewichte")) == ["Offene Gewichte sind nicht Open Source"]
    assert len(titles(client, "offene Gewichte")) == 2


def test_a_leading_minus_leaves_articles_with_that_word_out(client):
    ArticleFactory(title_de="Roboter in der Pflege")
    ArticleFactory(title_de="Roboter in der Fabrik")
    assert titles(client, "Roboter -Fabrik") == ["Roboter in der Pflege"]


def test_the_last_word_counts_as_the_beginning_of_a_longer_word(client):
    ArticleFactory(title_de="Sprachmodelle lokal betreiben")
    ArticleFactory(title_de="Kino und Kinder")
    assert titles(client, "Sprachmod") == ["Sprachmodelle lokal betreiben"]
    assert titles(client, "lokal Sprachmod") == ["Sprachmodelle lokal betreiben"]
    assert titles(client, "Sprachmod lokal") == []  # only the last word is still being typed
    assert titles(client, "Ki") == []  # a short word is a whole word, not "Kino"
    assert titles(client, '"Sprachmod"') == []  # quoted: exactly this word


def test_compound_words_are_found_by_their_parts(client):
    ArticleFactory(title_de="Industrieroboter lernen dazu")
    ArticleFactory(title_de="Kleine Sprachmodelle holen auf")
    ArticleFactory(title_de="Robotik-Messe", body_de="<p>Rotorblätter und Ratschläge.</p>")
    assert titles(client, "Sprachmodell") == ["Kleine Sprachmodelle holen auf"]  # inflected compound
    assert titles(client, "Modell") == ["Kleine Sprachmodelle holen auf"]  # the compound's last part
    assert "Industrieroboter lernen dazu" in titles(client, "Roboter")
    assert titles(client, "Rat") == []  # too short to be looked for inside other words ("Ratschläge" is "rat…")


def test_english_search_stems_english_words(client):
    ArticleFactory(title_de="Roboter falten Wäsche", title_en="Robots learn to fold laundry")
    assert titles(client, "robot learning", "/en/search/") == ["Robots learn to fold laundry"]
    assert titles(client, "falten", "/en/search/") == []  # English articles are searched in English


def test_hits_are_marked_in_the_words_as_written(client):
    ArticleFactory(title_de="Forschung", teaser_de="Künstliche Intelligenz in Münchner Krankenhäusern.")
    html = client.get("/suche/", {"q": "kuenstliche muenchner"}).content.decode()
    assert "<mark>Künstliche</mark> Intelligenz in <mark>Münchner</mark> Krankenhäusern." in html


def test_a_body_hit_shows_the_passage_around_it(client):
    filler = " ".join(["Ein langer Satz ohne das gesuchte Wort."] * 30)
    ArticleFactory(title_de="Lang", teaser_de="Nichts davon hier.",
                   body_de=f"<p>{filler}</p><p>Hier steht <em>Quantisierung</em> im Text.</p>")
    html = client.get("/suche/", {"q": "Quantisierung"}).content.decode()
    assert "… " in html and "<mark>Quantisierung</mark> im Text." in html


def test_a_typo_gets_a_did_you_mean_link_to_the_corrected_search(client):
    ArticleFactory(title_de="Künstliche Intelligenz im Mittelstand")
    response = client.get("/suche/", {"q": "kuenstliche Inteligenz"})
    assert response.context["total"] == 0
    html = response.content.decode()
    assert 'Meintest Du <a href="?q=kuenstliche+Intelligenz">kuenstliche Intelligenz</a>?' in html
    assert titles(client, "kuenstliche Intelligenz") == ["Künstliche Intelligenz im Mittelstand"]


def test_hashtags_and_english_titles_feed_the_suggestion_too(client):
    ArticleFactory(title_de="Ein Artikel", teaser_de="Neues aus der Robotik.", hashtags=["Robotik"])
    ArticleFactory(title_de="Wetter", title_en="Weather forecasting with AI")
    assert client.get("/suche/", {"q": "Robotk"}).context["suggestion"] == "Robotik"
    english = client.get("/en/search/", {"q": "forcasting"})
    assert english.context["suggestion"] == "forecasting"
    assert 'Did you mean <a href="?q=forecasting">forecasting</a>?' in english.content.decode()


def test_no_suggestion_when_enough_is_found_or_nothing_better_exists(client):
    ArticleFactory.create_batch(3, title_de="Drohnen liefern Pakete")
    ArticleFactory(title_de="Drohne", draft=True)
    assert client.get("/suche/", {"q": "Drohnen"}).context["suggestion"] is None
    assert client.get("/suche/", {"q": "zzqxj"}).context["suggestion"] is None


def test_unpublished_titles_are_never_suggested(client):
    ArticleFactory(title_de="Geheimprojekt Zeppelin", draft=True)
    ArticleFactory(title_de="Zeppeline bald autonom", scheduled=True)
    ArticleFactory(title_de="Luftschiffe")
    assert client.get("/suche/", {"q": "Zepelin"}).context["suggestion"] is None


def test_switching_the_language_keeps_the_search(client):
    robotics = CategoryFactory(name_de="Robotik", name_en="Robotics")
    html = client.get("/suche/", {"q": "Roboter"}).content.decode()
    assert 'href="/en/search/?q=Roboter" hreflang="en"' in html
    html = client.get("/suche/", {"q": "Roboter & Co", "category": robotics.slug_de, "hashtag": "ki"}).content.decode()
    assert f'href="/en/search/?q=Roboter+%26+Co&amp;category={robotics.slug_en}" hreflang="en"' in html
    english = client.get("/en/search/", {"q": "robots"}).content.decode()
    assert 'href="/suche/?q=robots" hreflang="de"' in english


def test_the_migration_recomputes_existing_search_documents():
    import importlib

    from django.apps import apps

    migration = importlib.import_module("articles.migrations.0010_search_normalisation")
    article = ArticleFactory(title_de="Quantenchips für Rechenzentren")
    KeyFactFactory(article=article, label_de="Wer", text_de="Ein Münchner Startup.")
    Article.objects.filter(pk=article.pk).update(search_de=None, search_en=None)  # as before the migration
    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:  # checks deferred to the end of the test would block CREATE INDEX
            cursor.execute("SET CONSTRAINTS ALL IMMEDIATE")
        editor = connection.schema_editor()
    else:  # SQLite cannot open a schema editor inside the test's transaction; the migration skips SQLite anyway
        editor = nullcontext(SimpleNamespace(connection=connection))
    with editor as schema_editor:
        migration.create_functions_and_documents(apps, schema_editor)
    stored = Article.objects.filter(pk=article.pk).values_list("search_de", flat=True).get()
    if connection.vendor == "postgresql":
        assert "'muenchn'" in stored and "'~spihcnetnauq'" in stored  # folded key fact; the compound's tail
    else:
        assert stored is None  # SQLite searches without stored documents


def test_search_results_page_has_a_fixed_query_budget(client, django_assert_max_num_queries):
    for n in range(15):
        ArticleFactory(title_de=f"Agenten Nummer {n}", hashtags=["KI"])
    with django_assert_max_num_queries(6):
        response = client.get("/suche/", {"q": "Agenten"})
    assert response.context["total"] == 15


def test_a_search_that_finds_nothing_has_a_fixed_query_budget_with_its_suggestion(
        client, django_assert_max_num_queries):
    for n in range(15):
        ArticleFactory(title_de=f"Agenten Nummer {n}", hashtags=["KI", f"Thema{n}"])
    with django_assert_max_num_queries(8):
        response = client.get("/suche/", {"q": "Agentn"})
    assert response.context["suggestion"] == "Agenten"


def test_a_very_common_word_is_counted_only_up_to_a_limit(client, settings):
    settings.SEARCH_MAX_COUNT, settings.SEARCH_RESULTS_PER_PAGE = 3, 2
    ArticleFactory.create_batch(5, title_de="Agenten überall")
    response = client.get("/suche/", {"q": "Agenten"})
    assert "Mehr als 3 Artikel gefunden" in response.content.decode()
    assert len(response.context["articles"]) == 2
    assert client.get("/suche/", {"q": "Agenten", "page": 2}).status_code == 200
    settings.SEARCH_MAX_COUNT = 5
    assert "5 Artikel gefunden" in client.get("/suche/", {"q": "Agenten"}).content.decode()
