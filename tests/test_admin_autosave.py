"""Autosave of drafts, and no save that overwrites a newer one unawares (articles/admin_autosave.py)."""

from datetime import timedelta

import pytest
import time_machine
from django.contrib.admin.models import LogEntry
from django.utils import timezone
from reversion.models import Version

from articles import services
from articles.models import Article, KeyFact
from tests.factories import ArticleFactory, CategoryFactory, KeyFactFactory, UserFactory
from tests.test_admin import ADD_URL, article_form_data, inline_management

pytestmark = pytest.mark.django_db


def change_url(article) -> str:
    return f"/admin/articles/article/{article.pk}/change/"


def draft_data(**extra) -> dict:
    return {"title_de": "Ein Entwurf", "status": "draft", "tags": "", **inline_management("key_facts", 0),
            **inline_management("sources", 0), **inline_management("related_choices", 0), **extra}


def stored_form_data(article, **extra) -> dict:
    """What the change form of `article` posts, with its key facts as stored rows."""
    facts = list(article.key_facts.all())
    texts = {f"{name}_{code}": getattr(article, f"{name}_{code}") or "" for name in ("title", "teaser", "body")
             for code in ("de", "en")}
    data = draft_data(**texts, loaded_version=article.updated_at.isoformat())
    data |= inline_management("key_facts", len(facts)) | {"key_facts-INITIAL_FORMS": str(len(facts))}
    for n, fact in enumerate(facts):
        data |= {f"key_facts-{n}-id": str(fact.pk), f"key_facts-{n}-article": str(article.pk),
                 f"key_facts-{n}-position": str(fact.position), f"key_facts-{n}-label_de": fact.label_de,
                 f"key_facts-{n}-text_de": fact.text_de}
    return data | extra


def test_autosave_creates_the_draft_and_names_the_new_rows(client, author_user):
    data = draft_data(**{**inline_management("key_facts", 2), "key_facts-0-label_de": "Was",
                         "key_facts-0-text_de": "Ein Test.", "key_facts-0-position": "0",
                         "key_facts-1-label_de": "", "key_facts-1-text_de": "", "key_facts-1-position": "1",
                         "_autosave": "1"})
    answer = client.post(ADD_URL, data).json()
    article = Article.objects.get()
    assert answer["saved"] and answer["changeUrl"] == change_url(article)
    assert answer["version"] == article.updated_at.isoformat()
    assert answer["rows"]["key_facts"] == {"0": article.key_facts.get().pk}  # the empty row is no key fact
    assert answer["fields"]["slug_de"] == "ein-entwurf"
    assert article.status == Article.Status.DRAFT and article.updated_by == author_user
    assert not LogEntry.objects.exists()  # autosaves are no lines of the change log


def test_the_next_save_changes_autosaved_rows_instead_of_adding_them_again(client, author_user):
    article = ArticleFactory(draft=True, author=author_user.author_profile)
    KeyFactFactory(article=article, label_de="Was", text_de="Alt.")
    article.refresh_from_db()
    response = client.post(change_url(article), stored_form_data(article, **{"key_facts-0-text_de": "Neu."}))
    assert response.status_code == 302
    assert list(KeyFact.objects.values_list("text_de", flat=True)) == ["Neu."]


def test_autosave_keeps_a_revision_at_most_every_ten_minutes(client, author_user):
    article = ArticleFactory(draft=True, author=author_user.author_profile)
    revisions = lambda: Version.objects.get_for_object(article).count()  # noqa: E731
    with time_machine.travel(timezone.now(), tick=True) as clock:
        for text, expected in [("Eins.", 1), ("Zwei.", 1)]:
            article.refresh_from_db()
            answer = client.post(change_url(article), stored_form_data(article, teaser_de=text, _autosave="1"))
            assert answer.json()["saved"] and revisions() == expected
        clock.shift(timedelta(minutes=11))
        article.refresh_from_db()
        client.post(change_url(article), stored_form_data(article, teaser_de="Drei.", _autosave="1"))
        assert revisions() == 2
    assert Version.objects.get_for_object(article).first().revision.get_comment() == "Automatisch gespeichert."


def test_autosave_never_publishes(client, author_user):
    article = ArticleFactory(draft=True, author=author_user.author_profile)
    answer = client.post(change_url(article), stored_form_data(article, status="published", _autosave="1")).json()
    article.refresh_from_db()
    assert answer["saved"] and article.status == Article.Status.DRAFT


def test_published_articles_are_not_autosaved(client, author_user):
    article = ArticleFactory(author=author_user.author_profile, title_de="Live")
    response = client.post(change_url(article), stored_form_data(article, title_de="Geändert", _autosave="1"))
    article.refresh_from_db()
    assert response.status_code == 409 and "„Sichern“" in response.json()["message"]
    assert article.title_de == "Live"


def test_autosave_leaves_deletions_for_the_real_save(client, author_user):
    article = ArticleFactory(draft=True, author=author_user.author_profile)
    KeyFactFactory(article=article)
    article.refresh_from_db()
    client.post(change_url(article), stored_form_data(article, **{"key_facts-0-DELETE": "on", "_autosave": "1"}))
    assert article.key_facts.count() == 1


def test_autosave_says_what_is_missing_in_german(client, author_user):
    response = client.post(ADD_URL, draft_data(title_de="", _autosave="1"))
    assert response.status_code == 400
    assert "Titel" in response.json()["message"] and "zwingend erforderlich" in response.json()["message"]
    assert not Article.objects.exists()


def test_autosaved_german_text_marks_the_english_version_out_of_date(client, author_user):
    article = ArticleFactory(draft=True, author=author_user.author_profile)
    Article.objects.filter(pk=article.pk).update(de_updated_at=timezone.now() - timedelta(days=1),
                                                 en_updated_at=timezone.now() - timedelta(hours=1))
    article.refresh_from_db()
    client.post(change_url(article), stored_form_data(article, teaser_de="Ganz neu.", _autosave="1"))
    article.refresh_from_db()
    assert article.de_updated_at > article.en_updated_at


def test_autosaving_a_draft_clears_no_reader_cache(author_user, django_capture_on_commit_callbacks, monkeypatch):
    cleared = []
    monkeypatch.setattr(services, "invalidate", cleared.append)
    article = ArticleFactory(draft=True)
    with django_capture_on_commit_callbacks(execute=True):
        services.save_article(article)
    assert cleared == []
    article.status = Article.Status.PUBLISHED
    with django_capture_on_commit_callbacks(execute=True):
        services.save_article(article)
    assert cleared and f"article:{article.pk}" in cleared[0]


def test_saving_over_a_newer_save_by_someone_else_is_refused_until_confirmed(client, author_user):
    editor = UserFactory(groups=["Editors"], first_name="Jonas", last_name="Keller")
    article = ArticleFactory(draft=True, author=author_user.author_profile, teaser_de="Erste Fassung.")
    article.refresh_from_db()
    opened = stored_form_data(article, teaser_de="Meine Fassung.")
    article.teaser_de, article.updated_by = "Fassung von Jonas.", editor
    article.save()  # Jonas saves while the author still has the form open

    response = client.post(change_url(article), opened)
    assert response.status_code == 200
    errors = str(response.context["adminform"].form.non_field_errors())
    assert "Jonas Keller hat diesen Artikel um" in errors and "nachdem Du ihn geöffnet hattest" in errors
    article.refresh_from_db()
    assert article.teaser_de == "Fassung von Jonas."
    autosave = client.post(change_url(article), opened | {"_autosave": "1"})
    assert autosave.status_code == 409 and autosave.json()["conflict"]
    assert client.post(change_url(article), opened | {"overwrite": "on"}).status_code == 302
    article.refresh_from_db()
    assert article.teaser_de == "Meine Fassung."


def test_an_open_form_learns_about_a_newer_save(client, author_user):
    article = ArticleFactory(draft=True, author=author_user.author_profile)
    answer = client.get(f"/admin/articles/article/{article.pk}/version/").json()
    assert answer["version"] == Article.objects.get(pk=article.pk).updated_at.isoformat()


def test_new_key_facts_are_numbered_in_their_order(client, author_user):
    data = article_form_data(CategoryFactory())
    data |= {"key_facts-0-position": "0", "key_facts-1-position": "0"}  # two new rows, both at 0 (no script)
    assert client.post(ADD_URL, data).status_code == 302
    facts = Article.objects.get().key_facts.all()
    assert [(f.position, f.label_de) for f in facts] == [(0, "Wo"), (1, "Was")]
