import re
from datetime import timedelta

import pytest
from django.db import connection

from articles import services
from articles.models import Article
from tests.factories import ArticleFactory, CategoryFactory, KeyFactFactory

pytestmark = pytest.mark.django_db

ON_POSTGRESQL = connection.vendor == "postgresql"


def result_titles(response) -> list[str]:
    return [article.title for article in response.context["articles"]]


def test_a_german_query_finds_the_german_article_and_an_english_one_the_english(client):
    ArticleFactory(title_de="Roboter lernen Wäsche falten", title_en="Robots learn to fold laundry")
    ArticleFactory(title_de="Chips für Rechenzentren", title_en="Chips for data centres")
    assert result_titles(client.get("/suche/", {"q": "Wäsche"})) == ["Roboter lernen Wäsche falten"]
    assert result_titles(client.get("/en/search/", {"q": "laundry"})) == ["Robots learn to fold laundry"]
    # The English search reads the English text: a German word does not find the translated article.
    assert result_titles(client.get("/en/search/", {"q": "Wäsche"})) == []


def test_title_hits_rank_above_body_hits(client):
    body_only = ArticleFactory(title_de="Neues aus der Forschung", body_de="<p>Es geht um Quantencomputer.</p>")
    older = body_only.published_at - timedelta(days=3)
    in_title = ArticleFactory(title_de="Quantencomputer im Überblick", published_at=older)
    titles = result_titles(client.get("/suche/", {"q": "Quantencomputer"}))
    assert titles == [in_title.title_de, body_only.title_de]  # older, but the word is in its title


def test_teaser_and_key_facts_are_searched_and_words_are_stemmed(client):
    in_teaser = ArticleFactory(title_de="Erster", teaser_de="Ein Sprachmodell schreibt Gedichte.")
    in_fact = ArticleFactory(title_de="Zweiter")
    KeyFactFactory(article=in_fact, label_de="Was", text_de="Ein neues Sprachmodell.")
    # German stemming: "Sprachmodells" and "Sprachmodell" are one word; key facts count like the teaser.
    assert set(result_titles(client.get("/suche/", {"q": "Sprachmodells"}))) == {in_teaser.title_de, in_fact.title_de}


def test_search_documents_follow_edits_on_postgresql(client):
    article = ArticleFactory(title_de="Alter Titel")
    article.title_de = "Photonik statt Elektronik"
    services.save_article(article)
    stored = Article.objects.filter(pk=article.pk).values_list("search_de", flat=True).get()
    if ON_POSTGRESQL:
        assert "'photon'" in stored  # the German stem
    else:
        assert stored is None  # SQLite keeps no search documents
    assert result_titles(client.get("/suche/", {"q": "Photonik"})) == ["Photonik statt Elektronik"]


def test_only_published_articles_are_found(client):
    ArticleFactory(title_de="Quantenchip veröffentlicht")
    ArticleFactory(title_de="Quantenchip Entwurf", draft=True)
    ArticleFactory(title_de="Quantenchip geplant", scheduled=True)
    assert result_titles(client.get("/suche/", {"q": "Quantenchip"})) == ["Quantenchip veröffentlicht"]


def test_hits_are_highlighted_and_the_snippet_is_escaped(client):
    ArticleFactory(title_de="Sicherheit", teaser_de="Warum <script> in Prompts gefährlich ist: Injektion.")
    response = client.get("/suche/", {"q": "Injektion"})
    html = response.content.decode()
    assert "<mark>Injektion</mark>" in html
    assert "&lt;script&gt; in Prompts" in html and "<script> in Prompts" not in html


def test_results_filter_by_category_and_hashtag(client):
    robotics = CategoryFactory(name_de="Robotik")
    ArticleFactory(title_de="Greifarme A", category=robotics, hashtags=["Industrie"])
    ArticleFactory(title_de="Greifarme B", category=robotics)
    ArticleFactory(title_de="Greifarme C", hashtags=["Industrie"])
    assert sorted(result_titles(client.get("/suche/", {"q": "Greifarme", "category": robotics.slug_de}))) == [
        "Greifarme A", "Greifarme B"]
    assert sorted(result_titles(client.get("/suche/", {"q": "Greifarme", "hashtag": "industrie"}))) == [
        "Greifarme A", "Greifarme C"]


def test_category_and_hashtag_pages_link_into_the_search(client):
    article = ArticleFactory(hashtags=["Robotik"])
    category_page = client.get(article.category.get_absolute_url()).content.decode()
    assert 'action="/suche/"' in category_page
    assert f'name="category" value="{article.category.slug_de}"' in category_page
    assert 'name="hashtag" value="robotik"' in client.get("/hashtag/robotik/").content.decode()


def test_results_are_paginated_keeping_the_query(client, settings):
    settings.SEARCH_RESULTS_PER_PAGE = 2
    ArticleFactory.create_batch(5, title_de="Drohnen liefern Pakete")
    first = client.get("/suche/", {"q": "Drohnen"})
    assert len(first.context["articles"]) == 2 and first.context["total"] == 5
    assert 'href="?q=Drohnen&amp;page=2"' in first.content.decode()
    assert len(client.get("/suche/", {"q": "Drohnen", "page": 3}).context["articles"]) == 1


@pytest.mark.parametrize("query", ["", "   ", "<script>alert(1)</script>", "🤖🧠", "日本語のテキスト",
                                   "\x01\x02", "zzqxj wqpfh", "der die das", "a" * 5000, '"unclosed OR -'])
def test_odd_queries_get_a_helpful_page(client, query):
    ArticleFactory(title_de="Irgendein Artikel", hashtags=["KI"])
    response = client.get("/suche/", {"q": query})
    html = response.content.decode()
    assert response.status_code == 200
    assert "<script>alert" not in html
    assert response.context["total"] == 0
    assert 'href="/hashtag/ki/"' in html  # suggestions instead of a dead end
    if query.strip(" \x01\x02"):  # (NUL never gets here: tests/test_nul_bytes.py)
        assert "Nichts gefunden" in html
    else:
        assert "Gib ein oder mehrere Wörter ein" in html


def test_very_long_query_is_cut_and_says_so(client):
    ArticleFactory(title_de="Drohnen liefern Pakete")
    response = client.get("/suche/", {"q": "Drohnen " * 100})
    assert len(response.context["query"]) <= 200
    assert response.context["total"] == 1
    assert "sehr lang" in response.content.decode()


def test_search_pages_are_not_indexed(client):
    response = client.get("/suche/", {"q": "KI"})
    assert response["X-Robots-Tag"] == "noindex, follow"
    assert '<meta name="robots" content="noindex, follow">' in response.content.decode()
    assert response.cookies == {}


def test_header_has_a_labelled_search_box(client):
    html = client.get("/").content.decode()
    assert 'role="search"' in html and 'name="q"' in html
    assert '<label class="visually-hidden" for="header-search-q">' in html
    assert 'href="/suche/"' in html  # the phone button


def test_command_rebuilds_search_documents_after_a_bulk_import(client):
    from io import StringIO

    from django.core.management import call_command

    article = ArticleFactory(title_de="Neuromorphe Chips")
    Article.objects.filter(pk=article.pk).update(search_de=None)  # as after bulk_create or raw SQL
    call_command("update_search_documents", stdout=StringIO())
    stored = Article.objects.filter(pk=article.pk).values_list("search_de", flat=True).get()
    assert (stored is not None) == ON_POSTGRESQL
    assert result_titles(client.get("/suche/", {"q": "Neuromorphe"})) == ["Neuromorphe Chips"]


def test_an_article_is_found_by_its_hashtags_below_articles_with_the_word_in_the_title(client):
    tagged = ArticleFactory(title_de="Greifen lernen", teaser_de="Neue Hände für Maschinen.",
                            body_de="<p>Ein Labor zeigt, wie es geht.</p>", hashtags=["Robotik"])
    titled = ArticleFactory(title_de="Robotik im Alltag", published_at=tagged.published_at - timedelta(days=3))
    ArticleFactory(title_de="Etwas anderes", hashtags=["KI"])
    assert result_titles(client.get("/suche/", {"q": "Robotik"})) == [titled.title_de, tagged.title_de]
    assert result_titles(client.get("/en/search/", {"q": "Robotik"})) == [tagged.title_en]  # names: every language


def test_renamed_merged_and_deleted_hashtags_are_searched_under_the_names_articles_carry_now(
        client, django_capture_on_commit_callbacks):
    from taggit.models import Tag

    from articles.hashtags import merge_hashtags

    article = ArticleFactory(title_de="Greifen lernen", body_de="<p>Ein Labor zeigt, wie es geht.</p>",
                             hashtags=["Robotik"])
    tag = Tag.objects.get(name="Robotik")
    tag.name = "Cobots"
    with django_capture_on_commit_callbacks(execute=True):  # the worker recomputes the documents after commit
        tag.save()
    assert result_titles(client.get("/suche/", {"q": "Robotik"})) == []
    assert result_titles(client.get("/suche/", {"q": "Cobots"})) == [article.title_de]

    with django_capture_on_commit_callbacks(execute=True):
        merge_hashtags(target=Tag.objects.create(name="Maschinenbau", slug="maschinenbau"), others=[tag])
    assert result_titles(client.get("/suche/", {"q": "Cobots"})) == []
    assert result_titles(client.get("/suche/", {"q": "Maschinenbau"})) == [article.title_de]

    with django_capture_on_commit_callbacks(execute=True):
        Tag.objects.get(name="Maschinenbau").delete()
    assert result_titles(client.get("/suche/", {"q": "Maschinenbau"})) == []


def test_the_documents_of_a_hashtag_on_many_articles_are_recomputed_by_the_worker_in_batches(
        settings, django_capture_on_commit_callbacks, monkeypatch):
    from django.tasks import task_backends
    from taggit.models import Tag

    from articles import tasks

    monkeypatch.setattr(tasks, "SEARCH_DOCUMENT_BATCH", 2)
    articles = [ArticleFactory(title_de=f"Artikel {n}", hashtags=["Robotik"]) for n in range(5)]
    settings.TASKS = {"default": {"BACKEND": "django.tasks.backends.dummy.DummyBackend"}}  # a queue, no worker
    tag = Tag.objects.get(name="Robotik")
    tag.name = "Cobots"
    with django_capture_on_commit_callbacks(execute=True):
        tag.save()
    queued = [result.args[0] for result in task_backends["default"].results]
    assert sorted(len(batch) for batch in queued) == [1, 2, 2]
    assert sorted(pk for batch in queued for pk in batch) == sorted(article.pk for article in articles)


def test_a_result_found_by_its_hashtag_shows_that_hashtag_marked_and_linked(client):
    ArticleFactory(title_de="Greifen lernen", body_de="<p>Ein Labor zeigt, wie es geht.</p>", hashtags=["Cobots", "KI"])
    ArticleFactory(title_de="Cobots im Mittelstand", hashtags=["Industrie"])
    html = client.get("/suche/", {"q": "Cobots"}).content.decode()
    results = re.findall(r'<li class="search-result">.*?</li>', html, re.S)
    assert len(results) == 2
    by_title, by_hashtag = results  # the title hit first
    assert '<a href="/hashtag/cobots/">#<mark>Cobots</mark></a>' in by_hashtag and "/hashtag/ki/" not in by_hashtag
    assert "/hashtag/" not in by_title  # its text has the word; its hashtags do not match


def test_the_search_page_says_hashtags_are_searched(client):
    assert "Kernfakten, Hashtags und Volltexte" in client.get("/suche/").content.decode()
    assert "key facts, hashtags and full texts" in client.get("/en/search/").content.decode()
