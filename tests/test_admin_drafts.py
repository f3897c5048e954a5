"""Drafts save with a title alone; publishing and scheduling ask for what readers see."""

import pytest
from django.contrib.messages import get_messages

from articles.models import Article
from tests.factories import AuthorFactory, CategoryFactory, UserFactory
from tests.test_admin import ADD_URL, article_form_data, inline_management

pytestmark = pytest.mark.django_db


def title_only(title: str, **extra) -> dict:
    return {"title_de": title, "status": "draft", "tags": "", **inline_management("key_facts", 0),
            **inline_management("sources", 0), **inline_management("related_choices", 0), **extra}


def test_a_draft_saves_with_a_title_alone(client, author_user):
    response = client.post(ADD_URL, title_only("Nur eine Idee"))
    assert response.status_code == 302, response.context["adminform"].form.errors
    draft = Article.objects.get()
    assert draft.title_de == "Nur eine Idee" and draft.status == Article.Status.DRAFT
    assert draft.category is None and draft.teaser_de == "" and draft.author == author_user.author_profile
    assert not Article.objects.readable("de").exists()


def test_a_title_only_draft_can_be_previewed(client, author_user):
    client.post(ADD_URL, title_only("Nur eine Idee"))
    draft = Article.objects.get()
    response = client.get(draft.get_absolute_url())
    assert response.status_code == 200 and "Nur eine Idee" in response.content.decode()


def test_an_editor_who_writes_starts_as_the_author_of_a_new_article(client):
    editor = AuthorFactory(user__groups=["Editors"]).user
    client.force_login(editor)
    form = client.get(ADD_URL).context["adminform"].form
    assert form.initial["author"] == editor.author_profile.pk


@pytest.mark.parametrize("missing", ["category", "teaser_de", "body_de"])
def test_publishing_asks_for_category_teaser_and_body(client, author_user, missing):
    data = article_form_data(CategoryFactory()) | {missing: ""}
    response = client.post(ADD_URL, data)
    assert response.status_code == 200
    form = response.context["adminform"].form
    assert "Wird zum Veröffentlichen oder Planen gebraucht." in form.errors[missing]
    assert "Als Entwurf lässt er sich ohne sie speichern." in str(form.non_field_errors())
    assert not Article.objects.exists()
    # The same article as a draft saves.
    assert client.post(ADD_URL, data | {"status": "draft"}).status_code == 302


def test_publishing_without_image_or_english_warns_but_publishes(client, author_user):
    data = article_form_data(CategoryFactory(), title_en="", teaser_en="", body_en="")
    response = client.post(ADD_URL, data)
    assert response.status_code == 302
    messages = [str(m) for m in get_messages(response.wsgi_request)]
    assert any(m.startswith("Veröffentlicht, aber: kein Beitragsbild, keine englische Fassung") for m in messages)
    assert Article.objects.get().is_live


def test_saving_a_draft_warns_about_nothing(client, author_user):
    response = client.post(ADD_URL, title_only("Entwurf"))
    assert [m.level_tag for m in get_messages(response.wsgi_request)] == ["success"]


def test_a_published_article_cannot_lack_a_category_in_the_database():
    from django.db import IntegrityError

    with pytest.raises(IntegrityError):
        Article.objects.create(title_de="Ohne Kategorie", teaser_de="T", body_de="<p>B</p>", status="published",
                               author=AuthorFactory(), published_at="2026-01-01T00:00:00Z")


def test_sales_still_cannot_add_articles(client):
    client.force_login(UserFactory(groups=["Sales"]))
    assert client.post(ADD_URL, title_only("Nein")).status_code == 403
