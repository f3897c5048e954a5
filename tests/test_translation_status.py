from datetime import timedelta

import pytest
import time_machine
from django.utils import timezone, translation

from articles.models import Article
from articles.translation_status import language_status, with_status
from tests.factories import ArticleFactory, AuthorFactory, CategoryFactory, KeyFactFactory, UserFactory
from tests.test_admin import ADD_URL, article_form_data
from tests.test_revisions import change_data

pytestmark = pytest.mark.django_db


def status(article, code="en"):
    article.refresh_from_db()
    return language_status(article, code).state


@pytest.mark.parametrize(("overrides", "expected"), [
    ({}, "current"),
    ({"title_en": ""}, "missing"),
    ({"body_en": ""}, "missing"),
    ({"teaser_en": None}, "missing"),
])
def test_english_is_complete_only_with_title_teaser_and_body(overrides, expected):
    article = ArticleFactory(**overrides)
    assert status(article) == expected
    assert Article.objects.readable("en").filter(pk=article.pk).exists() == (expected == "current")
    assert Article.objects.readable("de").filter(pk=article.pk).exists()


@pytest.mark.parametrize(("de_minutes", "en_minutes", "expected"), [
    (None, None, "current"),  # never edited in the admin: nothing to compare
    (10, 20, "current"),      # English edited after German
    (20, 10, "stale"),        # German changed after English was last edited
    (20, None, "stale"),      # German edited, English never
])
def test_english_is_out_of_date_when_german_changed_after_it(de_minutes, en_minutes, expected):
    start = timezone.now()
    article = ArticleFactory(
        de_updated_at=start + timedelta(minutes=de_minutes) if de_minutes is not None else None,
        en_updated_at=start + timedelta(minutes=en_minutes) if en_minutes is not None else None,
    )
    assert status(article) == expected
    assert with_status(Article.objects.all(), "en", expected).filter(pk=article.pk).exists()


@pytest.fixture
def editor_client(client):
    client.force_login(UserFactory(groups=["Editors"]))
    return client


def test_admin_records_which_language_changed_and_marks_english_stale(editor_client):
    client = editor_client
    with time_machine.travel(timezone.now(), tick=False) as clock:
        client.post(ADD_URL, article_form_data(CategoryFactory(), author=str(AuthorFactory().pk)))
        article = Article.objects.get()
        created = timezone.now()
        assert (article.de_updated_at, article.en_updated_at) == (created, created)
        assert status(article) == "current"

        clock.shift(timedelta(minutes=5))
        client.post(f"/admin/articles/article/{article.pk}/change/",
                    change_data(article, body_de="<p>Neuer deutscher Text.</p>"))
        article.refresh_from_db()
        assert article.de_updated_at == created + timedelta(minutes=5) and article.en_updated_at == created
        assert status(article) == "stale"

        clock.shift(timedelta(minutes=5))
        data = change_data(article)
        data["key_facts-0-text_en"] = "A new English sentence."  # an English key fact counts as English
        client.post(f"/admin/articles/article/{article.pk}/change/", data)
        assert status(article) == "current"

        clock.shift(timedelta(minutes=5))
        client.post(f"/admin/articles/article/{article.pk}/change/", change_data(article, tags="Neu"))
        article.refresh_from_db()
        assert article.de_updated_at == created + timedelta(minutes=5)  # hashtags belong to no language


def test_admin_filter_and_dashboard_list_missing_and_stale_english(editor_client):
    now = timezone.now()
    ArticleFactory(title_de="Alles übersetzt", de_updated_at=now, en_updated_at=now)
    ArticleFactory(title_de="Englisch fehlt", title_en="", body_en="")
    ArticleFactory(title_de="Englisch veraltet", de_updated_at=now, en_updated_at=now - timedelta(days=1))
    client = editor_client
    for state, expected in [("missing", "Englisch fehlt"), ("stale", "Englisch veraltet"),
                            ("current", "Alles übersetzt")]:
        html = client.get(f"/admin/articles/article/?english={state}").content.decode()
        others = {"Englisch fehlt", "Englisch veraltet", "Alles übersetzt"} - {expected}
        assert expected in html and not any(title in html for title in others), state
    dashboard = client.get("/admin/articles/article/editorial/").content.decode()
    missing = dashboard.split('id="english-missing"')[1].split('id="english-stale"')[0]
    stale = dashboard.split('id="english-stale"')[1].split("</section>")[0]
    assert "Englisch fehlt" in missing and "Englisch veraltet" not in missing
    assert "Englisch veraltet" in stale and "Alles übersetzt" not in missing + stale


def test_change_form_shows_the_status_of_each_language(editor_client):
    article = ArticleFactory(de_updated_at=timezone.now(), en_updated_at=timezone.now() - timedelta(hours=1))
    html = editor_client.get(f"/admin/articles/article/{article.pk}/change/").content.decode()
    assert "<strong>DE</strong>: Ausgangssprache" in html and "<strong>EN</strong>: veraltet" in html


def test_untranslated_article_is_not_listed_in_english_and_its_german_page_advertises_no_english(client):
    category, author = CategoryFactory(), AuthorFactory()
    german_only = ArticleFactory(title_de="Nur auf Deutsch", title_en="", body_en="", category=category,
                                 author=author, hashtags=["KI"])
    ArticleFactory(title_de="Zweisprachig", title_en="Bilingual", category=category, author=author, hashtags=["KI"])
    KeyFactFactory(article=german_only)
    with translation.override("en"):
        english_pages = ["/en/", "/en/articles/", category.get_absolute_url(), "/en/hashtag/ki/",
                         author.get_absolute_url()]
    for url in english_pages:
        html = client.get(url).content.decode()
        assert "Bilingual" in html and "Nur auf Deutsch" not in html, url
    with translation.override("de"):
        german_pages = ["/", "/artikel/", category.get_absolute_url(), "/hashtag/ki/", author.get_absolute_url()]
        german_address = german_only.get_absolute_url()
    for url in german_pages:
        assert "Nur auf Deutsch" in client.get(url).content.decode(), url

    page = client.get(german_address).content.decode()
    assert 'hreflang="en"' not in page
    assert 'hreflang="de"' in page  # its own language is still advertised (and x-default)
    assert 'class="lang-switch__missing"' in page
    with translation.override("en"):
        english_address = german_only.get_absolute_url()
    assert client.get(english_address).status_code == 302


def test_english_article_page_does_not_suggest_untranslated_articles(client):
    article = ArticleFactory(title_en="Translated")
    ArticleFactory(category=article.category, title_de="Nicht übersetzt", title_en="", body_en="")
    with translation.override("en"):
        html = client.get(article.get_absolute_url()).content.decode()
    assert "Translated" in html and "Nicht übersetzt" not in html


def test_restoring_german_does_not_make_an_unchanged_english_version_out_of_date(editor_client):
    from reversion.models import Version

    client = editor_client
    with time_machine.travel(timezone.now(), tick=False) as clock:
        client.post(ADD_URL, article_form_data(CategoryFactory(), author=str(AuthorFactory().pk)))
        article = Article.objects.get()
        original, created = change_data(article), timezone.now()
        clock.shift(timedelta(minutes=5))
        client.post(f"/admin/articles/article/{article.pk}/change/", change_data(article, title_de="Neu"))
        first = Version.objects.get_for_object(article).order_by("pk").first()
        clock.shift(timedelta(minutes=5))
        assert client.post(f"/admin/articles/article/{article.pk}/history/{first.pk}/", original).status_code == 302
        article.refresh_from_db()
        assert article.title_de == "Sprachmodelle im Rathaus"
        # German is as old as the texts it got back, which the (unchanged) English version was written for.
        # (Revisions keep times to the millisecond.)
        assert abs(article.de_updated_at - created) < timedelta(milliseconds=1) and article.en_updated_at == created
        assert language_status(article, "en").state == "current"
