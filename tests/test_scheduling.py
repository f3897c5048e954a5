"""A scheduled article goes live at its time everywhere, with nobody acting and no job running (frozen clock)."""

from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
import time_machine
from django.conf import settings
from django.urls import reverse
from django.utils import translation

from tests.factories import ArticleFactory, AuthorFactory, CategoryFactory, UserFactory, image_file

pytestmark = pytest.mark.django_db

BERLIN = ZoneInfo("Europe/Berlin")
GO_LIVE = datetime(2026, 12, 1, 8, 0, tzinfo=BERLIN)


@pytest.fixture
def clock():
    with time_machine.travel(GO_LIVE - timedelta(hours=2), tick=False) as traveller:
        yield traveller


@pytest.fixture
def scheduled(clock):
    category, author = CategoryFactory(), AuthorFactory()
    ArticleFactory(category=category, author=author, hashtags=["Robotik"], title_de="Schon da",
                   title_en="Already there")
    return ArticleFactory(category=category, author=author, hashtags=["Robotik"], published_at=GO_LIVE,
                          title_de="Pünktlich um acht", title_en="Right on time at eight")


def reader_pages(article) -> list[str]:
    pages = []
    for code in ("de", "en"):
        with translation.override(code):
            pages += [reverse("articles:home"), reverse("articles:archive"), article.category.get_absolute_url(),
                      reverse("articles:hashtag", kwargs={"slug": "robotik"}), article.author.get_absolute_url()]
    return pages


def test_scheduled_article_appears_on_every_reader_page_at_its_time(client, clock, scheduled):
    title = {"de": "Pünktlich um acht", "en": "Right on time at eight"}
    for url in reader_pages(scheduled):
        html = client.get(url).content.decode()
        assert "Schon da" in html or "Already there" in html, url
        assert title["en" if url.startswith("/en/") else "de"] not in html, url
    assert client.get(scheduled.get_absolute_url()).status_code == 404

    clock.move_to(GO_LIVE - timedelta(seconds=1))
    assert title["de"] not in client.get("/").content.decode()

    clock.move_to(GO_LIVE)
    for url in reader_pages(scheduled):
        assert title["en" if url.startswith("/en/") else "de"] in client.get(url).content.decode(), url
    assert client.get(scheduled.get_absolute_url()).status_code == 200


def test_scheduled_article_appears_in_the_api_within_a_minute(client, clock, scheduled):
    def api_ids(lang):
        return [item["id"] for item in client.get(f"/api/v1/articles?lang={lang}").json()["items"]]

    assert scheduled.pk not in api_ids("de") and scheduled.pk not in api_ids("en")
    assert client.get(f"/api/v1/articles/{scheduled.pk}").status_code == 404
    clock.move_to(GO_LIVE + timedelta(seconds=settings.PUBLIC_CACHE_SECONDS + 1))
    assert scheduled.pk in api_ids("de") and scheduled.pk in api_ids("en")
    assert client.get(f"/api/v1/articles/{scheduled.pk}").status_code == 200


def test_public_caches_expire_within_a_minute(client):
    assert settings.PUBLIC_CACHE_SECONDS <= 60
    ArticleFactory()
    response = client.get("/api/v1/articles")
    assert "max-age=60" in response["Cache-Control"] or "max-age=" in response["Cache-Control"]
    max_age = int(response["Cache-Control"].split("max-age=")[1].split(",")[0])
    assert 0 < max_age <= 60
    # Reader pages: browsers revalidate, a CDN may keep them for at most the rest of the minute (kinews/cdn.py).
    directives = dict((part.strip().split("=") + [""])[:2] for part in client.get("/")["Cache-Control"].split(","))
    assert directives["max-age"] == "0" and 0 < int(directives["s-maxage"]) <= settings.PUBLIC_CACHE_SECONDS


def test_admin_shows_publication_times_in_berlin_time_with_the_zone_named(client, clock, scheduled):
    client.force_login(UserFactory(is_superuser=True))
    changelist = client.get("/admin/articles/article/").content.decode()
    assert "Veröffentlichungszeit (Europe/Berlin)" in changelist
    assert "01.12.2026 08:00 CET <strong>(geplant)</strong>" in changelist  # the column header names the zone
    form = client.get(f"/admin/articles/article/{scheduled.pk}/change/").content.decode()
    assert "Zeit in Europe/Berlin (MEZ/MESZ)" in form


def test_admin_lists_upcoming_scheduled_articles_with_warnings(client, clock):
    ready = ArticleFactory(published_at=GO_LIVE + timedelta(days=1), title_de="Fertig geplant",
                           image=image_file())
    lacking = ArticleFactory(published_at=GO_LIVE, title_de="Ohne Bild und Englisch", title_en="", body_en="")
    ArticleFactory(title_de="Längst erschienen")
    client.force_login(UserFactory(is_superuser=True))
    html = client.get("/admin/articles/article/editorial/").content.decode()
    section = html.split('id="scheduled"')[1].split('id="recent"')[0]
    assert section.index(lacking.title_de) < section.index(ready.title_de)  # soonest first
    assert "Längst erschienen" not in section
    lacking_row = section.split(lacking.title_de)[1].split("</tr>")[0]
    assert "kein Beitragsbild" in lacking_row and "keine englische Fassung" in lacking_row
    ready_row = section.split(ready.title_de)[1].split("</tr>")[0]
    assert "bereit" in ready_row
    filtered = client.get("/admin/articles/article/?publication=scheduled").content.decode()
    assert ready.title_de in filtered and "Längst erschienen" not in filtered


def test_saving_a_scheduled_article_without_image_warns(client):
    from tests.test_admin import ADD_URL, article_form_data

    client.force_login(UserFactory(is_superuser=True))
    data = article_form_data(CategoryFactory(), author=str(AuthorFactory().pk), title_en="", body_en="",
                             published_at_0="2099-01-01", published_at_1="09:00:00")
    response = client.post(ADD_URL, data, follow=True)
    messages = [str(m) for m in response.context["messages"]]
    assert any("Geplant für 01.01.2099 09:00 CET" in m and "kein Beitragsbild" in m for m in messages), messages
    assert any("keine englische Fassung" in m for m in messages)


def test_authors_see_only_their_own_articles_on_the_dashboard(client, clock):
    author = AuthorFactory()
    ArticleFactory(author=author, published_at=GO_LIVE, title_de="Meins, geplant")
    ArticleFactory(published_at=GO_LIVE, title_de="Fremd, geplant")
    ArticleFactory(title_de="Fremd ohne Englisch", title_en="", body_en="")
    client.force_login(author.user)
    html = client.get("/admin/articles/article/editorial/").content.decode()
    assert "Meins, geplant" in html and "Fremd" not in html
    client.force_login(UserFactory(groups=["Sales"]))
    assert client.get("/admin/articles/article/editorial/").status_code == 403


def test_scheduled_article_enters_feeds_and_sitemaps_at_its_time(client, clock, scheduled):
    with translation.override("de"):
        urls = ["/feed/", "/feed/atom/", scheduled.category.get_absolute_url() + "feed/",
                "/sitemap-articles-de.xml", "/sitemap-news.xml"]
    slug = scheduled.slug_de
    for url in urls:
        response = client.get(url)
        assert response.status_code == 200, url
        assert slug not in response.content.decode(), url
    clock.move_to(GO_LIVE)
    for url in urls:
        assert slug in client.get(url).content.decode(), url
