"""Who sees an article before it is public at its own address: its author, editors and operators – nobody else."""

import pytest

from tests.factories import ArticleFactory, AuthorFactory, PreviewLinkFactory, UserFactory

pytestmark = pytest.mark.django_db


@pytest.fixture(params=["draft", "scheduled"])
def unpublished(request):
    return ArticleFactory(**{request.param: True}, title_de="Noch unter Verschluss", body_de="<p>Embargo-Text</p>")


def test_another_author_gets_404_for_a_draft_or_scheduled_article(client, unpublished):
    client.force_login(AuthorFactory().user)
    response = client.get(unpublished.get_absolute_url())
    assert response.status_code == 404
    assert "Embargo-Text" not in response.content.decode()


def test_staff_with_only_the_view_permission_gets_404(client, unpublished):
    from django.contrib.auth.models import Permission

    user = UserFactory()
    user.user_permissions.add(Permission.objects.get(codename="view_article"))
    client.force_login(user)
    assert client.get(unpublished.get_absolute_url()).status_code == 404


def test_the_articles_own_author_sees_it_as_a_preview(client, unpublished):
    client.force_login(unpublished.author.user)
    response = client.get(unpublished.get_absolute_url())
    assert response.status_code == 200 and "Embargo-Text" in response.content.decode()
    assert response["X-Robots-Tag"] == "noindex, nofollow"


@pytest.mark.parametrize("who", ["editor", "superuser"])
def test_editors_and_operators_see_every_unpublished_article(client, unpublished, who):
    user = UserFactory(groups=["Editors"]) if who == "editor" else UserFactory(is_superuser=True)
    client.force_login(user)
    response = client.get(unpublished.get_absolute_url())
    assert response.status_code == 200 and "Embargo-Text" in response.content.decode()


def test_a_preview_link_still_shows_the_draft_to_anyone(client):
    link = PreviewLinkFactory(article__body_de="<p>Embargo-Text</p>")
    client.force_login(AuthorFactory().user)  # another author, logged in, holding the link
    assert "Embargo-Text" in client.get(link.get_absolute_url()).content.decode()
