"""After logging in, authors and editors land on the editorial start page, sales on the inbox."""

from datetime import timedelta

import pytest
from django.utils import timezone

from recommendations.models import ArticleView
from tests.factories import ArticleFactory, AuthorFactory, CategoryFactory, UserFactory

pytestmark = pytest.mark.django_db

START = "/admin/articles/article/editorial/"


def log_in(client, user, password="correct-horse-battery"):
    return client.post("/admin/login/?next=/admin/", {"username": user.username, "password": password}, follow=True)


@pytest.mark.parametrize(("group", "landing"), [("Authors", START), ("Editors", START),
                                                ("Sales", "/admin/consulting/inquiry/")])
def test_each_role_lands_on_its_own_start_page_after_login(client, group, landing):
    user = AuthorFactory().user if group == "Authors" else UserFactory(groups=[group])
    response = log_in(client, user)
    assert response.redirect_chain[-1][0] == landing
    assert response.status_code == 200


def test_the_start_page_shows_my_drafts_with_what_they_still_need(client):
    author = AuthorFactory()
    ArticleFactory(author=author, draft=True, title_de="Halb fertig", teaser_de="", category=None)
    ArticleFactory(author=author, draft=True, title_de="Fast fertig", category=CategoryFactory())
    ArticleFactory(draft=True, title_de="Entwurf von jemand anderem")
    client.force_login(author.user)
    html = client.get(START).content.decode()
    drafts = html.split('id="drafts"')[1].split("</section>")[0]
    assert "Halb fertig" in drafts and "Kategorie, Teaser" in drafts
    assert "Fast fertig" in drafts and "bereit zum Veröffentlichen" in drafts
    assert "jemand anderem" not in html
    assert "Neuen Artikel schreiben" in html


def test_recently_published_articles_show_their_views_of_the_last_seven_days(client):
    editor = UserFactory(groups=["Editors"])
    article = ArticleFactory(title_de="Viel gelesen")
    today = timezone.localdate()
    ArticleView.objects.create(article=article, language="de", day=today, count=40)
    ArticleView.objects.create(article=article, language="en", day=today - timedelta(days=6), count=2)
    ArticleView.objects.create(article=article, language="de", day=today - timedelta(days=7), count=1000)  # too old
    client.force_login(editor)
    recent = client.get(START).content.decode().split('id="recent"')[1].split("</section>")[0]
    assert "Aufrufe (7 Tage)" in recent
    row = recent.split("Viel gelesen")[1].split("</tr>")[0]
    assert '<td class="numeric">42</td>' in row


def test_the_start_page_costs_the_same_queries_for_many_articles(client, django_assert_max_num_queries):
    profile = AuthorFactory(user__groups=["Editors"])
    client.force_login(profile.user)
    for _ in range(8):
        ArticleFactory(title_en="", body_en="")
        ArticleFactory(draft=True, author=profile)
        ArticleFactory(scheduled=True)
    with django_assert_max_num_queries(10):  # session, user, two for permissions, one per list and the views
        assert client.get(START).status_code == 200
