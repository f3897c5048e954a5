"""Deleting an article: a confirmation without internals, and a bin to get it back for 30 days."""

from datetime import timedelta

import pytest
import time_machine
from django.contrib.messages import get_messages
from django.core.management import call_command
from django.utils import timezone
from reversion.models import Version

from articles import services
from articles.models import Article, GonePath
from tests.factories import ArticleFactory, AuthorFactory, KeyFactFactory, SourceFactory, UserFactory
from tests.test_revisions import change_data

pytestmark = pytest.mark.django_db

CHANGELIST = "/admin/articles/article/"


@pytest.fixture
def article(author_user):
    article = ArticleFactory(author=author_user.author_profile, title_de="Weg damit", hashtags=["KI"])
    KeyFactFactory(article=article)
    KeyFactFactory(article=article)
    SourceFactory(article=article)
    return article


def test_the_delete_confirmation_names_only_what_people_know_and_the_way_back(client, article):
    html = client.get(f"{CHANGELIST}{article.pk}/delete/").content.decode()
    deleted = html.split('id="deleted-objects">')[1].split("</ul>")[0]
    assert deleted.count("<li>") == 1 and "„Weg damit“ mit 2 Fakten und 1 Quelle" in deleted
    assert "„Weg damit“ löschen?" in html and "30 Tage im Papierkorb" in html
    assert 'value="Ja, löschen"' in html and 'class="button cancel-link"' in html
    for internal in ["Begriff", "term", "Fassung", "Revision", "Hashtag-Zuordnung", "Ähnlich"]:
        assert internal not in deleted, internal


def test_a_deleted_article_waits_in_the_bin_and_comes_back_whole(client, article):
    form = change_data(article)
    response = client.post(f"{CHANGELIST}{article.pk}/delete/", {"post": "yes"})
    assert response.status_code == 302 and not Article.objects.filter(pk=article.pk).exists()
    assert GonePath.objects.exists()  # its address answers "gone" meanwhile
    undo = [str(m) for m in get_messages(response.wsgi_request) if "Rückgängig" in str(m)]
    assert len(undo) == 1 and "Er bleibt 30 Tage im Papierkorb." in undo[0]

    version = Version.objects.get_deleted(Article).get()
    assert version.revision.get_comment() == "Gelöscht." and version.revision.user is not None
    client.get(CHANGELIST)  # (shows the message above)
    bin_page = client.get(f"{CHANGELIST}bin/").content.decode()
    assert '<th scope="row">Weg damit</th>' in bin_page
    assert f"/recover/{version.pk}/" in bin_page and f"/recover/{version.pk}/" in undo[0]

    assert client.post(f"{CHANGELIST}recover/{version.pk}/", form).status_code == 302
    restored = Article.objects.get(pk=article.pk)
    assert restored.key_facts.count() == 2 and restored.sources.count() == 1
    assert list(restored.tags.names()) == ["KI"] and restored.is_live


def test_authors_see_only_their_own_articles_in_the_bin_editors_all(client, article):
    other = ArticleFactory(title_de="Von jemand anderem")
    client.post(f"{CHANGELIST}{article.pk}/delete/", {"post": "yes"})
    services.delete_article(other)  # a script deletes through the same service: into the bin too
    client.get(CHANGELIST)  # (shows the message of the delete)

    page = client.get(f"{CHANGELIST}bin/").content.decode()
    assert "Weg damit" in page and "Von jemand anderem" not in page
    mine = Version.objects.get_deleted(Article).get(object_id=str(article.pk))
    client.force_login(AuthorFactory().user)
    assert "Weg damit" not in client.get(f"{CHANGELIST}bin/").content.decode()
    assert client.get(f"{CHANGELIST}recover/{mine.pk}/").status_code == 404
    client.force_login(UserFactory(groups=["Editors"]))
    editors_bin = client.get(f"{CHANGELIST}bin/").content.decode()
    assert "Weg damit" in editors_bin and "Von jemand anderem" in editors_bin


def test_the_bin_forgets_articles_deleted_more_than_30_days_ago(client, article):
    client.post(f"{CHANGELIST}{article.pk}/delete/", {"post": "yes"})
    assert Version.objects.get_for_model(Article).filter(object_id=str(article.pk)).exists()
    with time_machine.travel(timezone.now() + timedelta(days=31)):
        assert "Weg damit" not in client.get(f"{CHANGELIST}bin/").content.decode()
        call_command("empty_article_bin", stdout=open("/dev/null", "w"))  # noqa: SIM115
    assert not Version.objects.get_for_model(Article).filter(object_id=str(article.pk)).exists()


def test_deleting_several_articles_from_the_list_keeps_each_in_the_bin(client, author_user):
    first = ArticleFactory(author=author_user.author_profile, title_de="Eins")
    second = ArticleFactory(author=author_user.author_profile, title_de="Zwei")
    data = {"action": "delete_selected", "_selected_action": [first.pk, second.pk]}
    confirmation = client.post(CHANGELIST, data).content.decode()
    assert "Diese 2 Artikel löschen?" in confirmation and "„Eins“ mit 0 Fakten und 0 Quellen" in confirmation
    response = client.post(CHANGELIST, data | {"post": "yes"})
    assert not Article.objects.filter(pk__in=[first.pk, second.pk]).exists()
    assert any("Sie bleiben 30 Tage im Papierkorb" in str(m) for m in get_messages(response.wsgi_request))
    assert Version.objects.get_deleted(Article).count() == 2
