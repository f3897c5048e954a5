"""What the article and author forms show: images as readers see them, ordered rows, a calm body editor."""

import json
import re

import pytest

from articles.models import Article
from tests.factories import ArticleFactory, AuthorFactory, SourceFactory, UserFactory, image_file

pytestmark = pytest.mark.django_db


@pytest.fixture
def editor(client):
    user = UserFactory(groups=["Editors"])
    client.force_login(user)
    return user


def test_the_article_image_shows_as_a_thumbnail_in_the_crops_readers_see(client, editor,
                                                                         django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):  # renditions are made after commit
        article = ArticleFactory(image=image_file(size=(1200, 900)))
    article.refresh_from_db()
    html = client.get(f"/admin/articles/article/{article.pk}/change/").content.decode()
    thumbnail = article.image_for(720).url
    assert thumbnail.endswith(".webp")
    for crop, label in [("full", "Artikelseite"), ("card", "Karten in Listen (16:9)")]:
        expected = rf'image-crop--{crop}"><img src="{re.escape(thumbnail)}" alt=""><figcaption>{re.escape(label)}'
        assert re.search(expected, html), crop
    assert "1200 × 900 px" in html and "Bild entfernen" in html and "Anderes Bild wählen" in html
    assert "Derzeit" not in html and f">{article.image.name}<" not in html  # no file path


def test_a_new_article_offers_an_image_without_a_preview_yet(client, editor):
    html = client.get("/admin/articles/article/add/").content.decode()
    assert 'class="image-field__crops" hidden' in html and "Noch kein Bild." in html
    assert 'accept="image/' in html


def test_the_author_photo_shows_the_round_crop_of_bylines(client, editor):
    author = AuthorFactory(photo=image_file(size=(300, 400)))
    html = client.get(f"/admin/articles/author/{author.pk}/change/").content.decode()
    assert 'image-crop--round"><img src="/media/authors/' in html and "Autorenzeile und Autorenseite" in html


def test_key_facts_and_sources_are_ordered_by_handle_not_by_number(client, editor):
    source = SourceFactory()
    html = client.get(f"/admin/articles/article/{source.article_id}/change/").content.decode()
    assert re.search(r'<input type="hidden" name="sources-0-position" value="0" data-move-label="Verschieben', html)
    assert re.search(r'<input type="hidden" name="key_facts-__prefix__-position"', html)
    assert f'<input type="url" name="sources-0-url" value="{source.url}"' in html  # a plain field, no "Currently"


def test_text_typed_after_a_link_does_not_extend_it():
    # TipTap's links are "inclusive" (they grow with typed text) exactly when autolink is on.
    widget = Article._meta.get_field("body_de").formfield().widget
    attrs = widget.get_context("body_de", "", {})["widget"]["attrs"]
    config = json.loads(attrs["data-django-prose-editor-configurable"])
    assert config["extensions"]["Link"]["autolink"] is False


def test_editors_pin_and_exclude_related_articles_in_the_article_form(client, editor,
                                                                      django_capture_on_commit_callbacks):
    from recommendations.models import RelatedArticle, RelatedChoice
    from tests.test_revisions import change_data

    article, pinned, excluded = ArticleFactory(), ArticleFactory(), ArticleFactory()
    html = client.get(f"/admin/articles/article/{article.pk}/change/").content.decode()
    assert 'id="related_choices-group"' in html and "Ähnliche Beiträge: anheften oder ausschließen" in html
    data = change_data(article) | {
        "related_choices-TOTAL_FORMS": "2",
        "related_choices-0-target": str(pinned.pk), "related_choices-0-action": "pin",
        "related_choices-0-position": "0",
        "related_choices-1-target": str(excluded.pk), "related_choices-1-action": "exclude",
        "related_choices-1-position": "1",
    }
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(f"/admin/articles/article/{article.pk}/change/", data)
    assert response.status_code == 302, response.context["adminform"].form.errors
    assert set(RelatedChoice.objects.values_list("target", "action")) == {(pinned.pk, "pin"),
                                                                          (excluded.pk, "exclude")}
    listed = set(RelatedArticle.objects.filter(article=article).values_list("target", flat=True))
    assert pinned.pk in listed and excluded.pk not in listed


def test_authors_do_not_get_the_pins_of_editors(client):
    author = AuthorFactory()
    client.force_login(author.user)
    article = ArticleFactory(author=author)
    html = client.get(f"/admin/articles/article/{article.pk}/change/").content.decode()
    assert 'id="related_choices-group"' not in html
