from datetime import timedelta

import pytest
from django.core.management import call_command
from django.utils import timezone

from articles import services
from articles.models import Article
from recommendations.index import update_article
from recommendations.models import ArticleTerm, RelatedArticle, RelatedChoice, TermStat
from recommendations.rebuild import rebuild_all
from recommendations.scoring import describe, stem, term_counts, tokens
from recommendations.selectors import related_articles
from tests.factories import ArticleFactory, CategoryFactory, KeyFactFactory, UserFactory

pytestmark = pytest.mark.django_db

QUANTUM_DE = "<p>Quantencomputer rechnen mit Qubits. Supraleitende Qubits brauchen Kühlung und Fehlerkorrektur.</p>"
QUANTUM_EN = "<p>Quantum computers compute with qubits. Superconducting qubits need cooling and error correction.</p>"
ROBOT_DE = "<p>Roboterarme sortieren Pakete im Lager. Greifer und Kameras erkennen Kartons auf dem Förderband.</p>"
COOKING_DE = "<p>Ein Rezept für Apfelkuchen mit Zimt, Butter und Mehl. Der Teig ruht eine Stunde im Kühlschrank.</p>"


def quantum(**kwargs):
    defaults = dict(title_de="Qubits und Quantencomputer", body_de=QUANTUM_DE, body_en=QUANTUM_EN,
                    teaser_de="Wie Quantencomputer mit Qubits rechnen.", hashtags=["Quanten", "KI"])
    return ArticleFactory(**{**defaults, **kwargs})


def stored(article, language="de"):
    return list(
        RelatedArticle.objects.filter(article=article, language=language).order_by("rank").values_list(
            "target_id", flat=True
        )
    )


def index_all():
    rebuild_all()


def test_tokens_drop_german_and_english_stop_words_and_stem_plurals():
    assert tokens("<p>Die Modelle und the models &amp; der Speicher</p>") == ["modell", "model", "speich"]
    assert stem("Regelungen".lower()) == stem("regelung")
    counts = term_counts(title="Qubits", teaser="", key_facts=["Qubits"], body="<p>Qubits</p>")
    assert counts["qubit"] == 3 + 2 + 1  # title x3, key facts x2, body x1


def test_related_list_never_holds_itself_drafts_scheduled_or_articles_missing_the_language():
    source = quantum()
    good = quantum(title_de="Fehlerkorrektur für Qubits")
    german_only = quantum(title_de="Qubits nur auf Deutsch", title_en="", body_en="")
    draft = quantum(draft=True, title_de="Qubits im Entwurf")
    scheduled = quantum(scheduled=True, title_de="Qubits demnächst")
    index_all()
    german = [a.pk for a in related_articles(article=source, language="de")]
    english = [a.pk for a in related_articles(article=source, language="en")]
    assert good.pk in german and german_only.pk in german
    assert good.pk in english and german_only.pk not in english
    for listing in (german, english, stored(source), stored(source, "en")):
        assert source.pk not in listing and draft.pk not in listing and scheduled.pk not in listing


def test_rare_shared_hashtags_and_text_rank_above_sharing_only_the_category():
    category = CategoryFactory()
    source = quantum(category=category, hashtags=["Quanten", "KI"])
    same_topic = quantum(title_de="Supraleitende Qubits kühlen", hashtags=["Quanten"])  # other category
    same_category = ArticleFactory(category=category, title_de="Apfelkuchen", body_de=COOKING_DE, hashtags=["KI"])
    ArticleFactory.create_batch(5, body_de=ROBOT_DE, hashtags=["KI"])  # makes #KI common, #Quanten rare
    index_all()
    listing = stored(source)
    assert listing.index(same_topic.pk) < listing.index(same_category.pk)
    entry = RelatedArticle.objects.get(article=source, language="de", target=same_topic)
    assert entry.reasons["category"] is False and entry.reasons["text"] > 0.3
    assert describe(entry.reasons, {tag: name for tag, name in source.tags.values_list("pk", "name")}).startswith(
        "1 gemeinsamer Hashtag (#Quanten)"
    )


def test_editors_pin_and_exclude_articles_and_the_list_follows(django_capture_on_commit_callbacks):
    source = quantum()
    best = quantum(title_de="Qubits sind die beste Übereinstimmung")
    unrelated = ArticleFactory(title_de="Apfelkuchen", body_de=COOKING_DE)
    index_all()
    assert stored(source)[0] == best.pk
    with django_capture_on_commit_callbacks(execute=True):
        RelatedChoice.objects.create(article=source, target=unrelated, action=RelatedChoice.Action.PIN)
        RelatedChoice.objects.create(article=source, target=best, action=RelatedChoice.Action.EXCLUDE)
    listing = stored(source)
    assert listing[0] == unrelated.pk and best.pk not in listing
    assert RelatedArticle.objects.get(article=source, language="de", target=unrelated).reasons == {"pinned": True}
    assert best.pk not in [a.pk for a in related_articles(article=source, language="de")]


def test_publishing_an_article_computes_its_list_and_adds_it_to_its_neighbours(django_capture_on_commit_callbacks):
    source = quantum()
    index_all()
    newcomer = quantum(draft=True, title_de="Neue Qubits", category=CategoryFactory())
    assert newcomer.pk not in stored(source)
    newcomer.status = Article.Status.PUBLISHED
    with django_capture_on_commit_callbacks(execute=True):
        services.save_article(newcomer)
    assert stored(newcomer) == [source.pk]
    assert stored(source) == [newcomer.pk]
    assert TermStat.objects.get(language="de", term="").documents == 2


def test_changing_or_unpublishing_an_article_updates_the_lists_that_show_it(django_capture_on_commit_callbacks):
    source = quantum()
    other = quantum(title_de="Noch mehr Qubits", category=CategoryFactory())
    index_all()
    assert stored(source) == [other.pk]
    other.title_de, other.teaser_de, other.body_de = "Apfelkuchen", "Backen.", COOKING_DE
    other.tags.set(["Backen"])
    with django_capture_on_commit_callbacks(execute=True):
        services.save_article(other)
    assert stored(source) == []  # no longer related, and not in the source's category
    other.title_de, other.body_de = "Wieder Qubits", QUANTUM_DE
    other.tags.set(["Quanten"])
    with django_capture_on_commit_callbacks(execute=True):
        services.save_article(other)
    assert stored(source) == [other.pk]
    other.status = Article.Status.DRAFT
    with django_capture_on_commit_callbacks(execute=True):
        services.save_article(other)
    assert stored(source) == [] and stored(other) == []
    assert not ArticleTerm.objects.filter(article=other).exists()


def test_deleting_an_article_recomputes_the_lists_that_showed_it(django_capture_on_commit_callbacks):
    source = quantum()
    other = quantum(title_de="Noch mehr Qubits", category=CategoryFactory())
    third = quantum(title_de="Und noch mehr Qubits", category=CategoryFactory())
    index_all()
    assert set(stored(source)) == {other.pk, third.pk}
    with django_capture_on_commit_callbacks(execute=True):
        services.delete_article(other)
    assert stored(source) == [third.pk]


def test_an_article_without_good_matches_falls_back_to_the_latest_of_its_category():
    category = CategoryFactory()
    lonely = quantum(category=category, hashtags=[])
    older = ArticleFactory(category=category, title_de="Kuchen", body_de=COOKING_DE,
                           published_at=timezone.now() - timedelta(days=3))
    newer = ArticleFactory(category=category, title_de="Roboter", body_de=ROBOT_DE)
    elsewhere = ArticleFactory(title_de="Anderswo", body_de=COOKING_DE)
    index_all()
    entries = RelatedArticle.objects.filter(article=lonely, language="de").order_by("rank")
    assert [e.target_id for e in entries] == [newer.pk, older.pk]
    assert all(e.reasons == {"fallback": True} for e in entries)
    # Never an empty box: the page tops up with the rest of the site, the category first.
    assert [a.pk for a in related_articles(article=lonely, language="de")] == [newer.pk, older.pk, elsewhere.pk]


def test_reading_the_related_list_costs_at_most_two_queries(django_assert_num_queries):
    source = quantum()
    for n in range(6):
        quantum(title_de=f"Qubits Teil {n}")
    index_all()
    with django_assert_num_queries(1):
        assert len(related_articles(article=source, language="de")) == 6
    RelatedArticle.objects.all().delete()
    with django_assert_num_queries(2):
        assert len(related_articles(article=source, language="de")) == 6


def test_one_article_update_matches_the_full_rebuild():
    articles = [quantum(title_de=f"Qubits {n}") for n in range(4)] + [
        ArticleFactory(body_de=ROBOT_DE, hashtags=["Robotik"]) for _n in range(4)
    ]
    KeyFactFactory(article=articles[0], text_de="Qubits brauchen Kühlung.")
    index_all()
    rebuilt = {a.pk: stored(a) for a in articles}
    for article in articles:
        update_article(article.pk)
    assert {a.pk: stored(a) for a in articles} == rebuilt


def test_rebuild_command_shows_progress_and_stores_every_list(capsys):
    articles = [quantum(title_de=f"Qubits {n}") for n in range(3)]
    call_command("rebuild_related")
    output = capsys.readouterr().out
    assert "100%" in output and "3 lists in de" in output and "3 lists in en" in output
    assert all(len(stored(a)) == 2 for a in articles)


def test_admin_shows_the_computed_list_with_its_reasons(client):
    source = quantum()
    quantum(title_de="Fehlerkorrektur für Qubits")
    index_all()
    client.force_login(UserFactory(is_superuser=True))
    html = client.get(f"/admin/articles/article/{source.pk}/change/").content.decode()
    assert "Fehlerkorrektur für Qubits" in html
    assert "gemeinsame Hashtags (#Quanten, #KI)" in html or "gemeinsame Hashtags (#KI, #Quanten)" in html
    assert "gleiche Kategorie" not in html.split("Fehlerkorrektur für Qubits")[1].split("</tr>")[0]


def test_a_scheduled_article_is_queued_again_for_when_it_goes_live(settings, django_capture_on_commit_callbacks):
    settings.TASKS = {"default": {"BACKEND": "django.tasks.backends.dummy.DummyBackend"}}
    from recommendations.tasks import update_related

    backend = update_related.get_backend()
    with django_capture_on_commit_callbacks(execute=True):
        article = quantum(scheduled=True)
    runs = [(result.task.name, result.task.run_after, result.args) for result in backend.results]
    assert ("update_related", None, [article.pk]) in runs
    assert ("update_related", article.published_at, [article.pk]) in runs
