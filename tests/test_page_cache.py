import pytest
from django.core.cache import cache

from articles import services
from articles.models import Article
from tests.factories import ArticleFactory, CategoryFactory, UserFactory

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def page_cache_on(settings):
    settings.PAGE_CACHE_SECONDS = 60
    cache.clear()
    yield
    cache.clear()


def test_second_anonymous_request_comes_from_the_cache_without_queries(client, django_assert_num_queries):
    article = ArticleFactory()
    assert client.get(article.get_absolute_url())["X-Page-Cache"] == "miss"
    with django_assert_num_queries(0):
        response = client.get(article.get_absolute_url())
    assert response["X-Page-Cache"] == "hit"
    assert article.title_de in response.content.decode()


def test_publishing_clears_exactly_the_pages_that_show_the_article(client, django_capture_on_commit_callbacks):
    category = CategoryFactory()
    other_category = CategoryFactory()
    existing = ArticleFactory(category=category, hashtags=["KI"])
    ArticleFactory(category=other_category)
    urls = ["/", "/artikel/", category.get_absolute_url(), "/hashtag/ki/", existing.author.get_absolute_url()]
    for url in urls + [other_category.get_absolute_url()]:
        client.get(url)
    with django_capture_on_commit_callbacks(execute=True):
        fresh = ArticleFactory(category=category, author=existing.author, hashtags=["KI"],
                               title_de="Brandneue Meldung")
    for url in urls:
        response = client.get(url)
        assert response["X-Page-Cache"] == "miss", url
        assert "Brandneue Meldung" in response.content.decode(), url
    assert client.get(other_category.get_absolute_url())["X-Page-Cache"] == "hit"
    assert fresh.pk


def test_editing_and_unpublishing_reach_readers_at_once(client, django_capture_on_commit_callbacks):
    article = ArticleFactory(title_de="Alte Überschrift")
    url = article.get_absolute_url()
    client.get(url)
    with django_capture_on_commit_callbacks(execute=True):
        article.title_de = "Neue Überschrift"
        services.save_article(article)
    assert "Neue Überschrift" in client.get(url).content.decode()
    client.get("/")
    with django_capture_on_commit_callbacks(execute=True):
        article.status = Article.Status.DRAFT
        services.save_article(article)
    assert client.get(url).status_code == 404
    assert "Neue Überschrift" not in client.get("/").content.decode()


def test_moving_an_article_clears_its_old_category_page(client, django_capture_on_commit_callbacks):
    article = ArticleFactory(title_de="Wandernder Artikel")
    old_category_url = article.category.get_absolute_url()
    client.get(old_category_url)
    with django_capture_on_commit_callbacks(execute=True):
        article.category = CategoryFactory()
        services.save_article(article)
    assert "Wandernder Artikel" not in client.get(old_category_url).content.decode()


def test_logged_in_staff_never_get_or_fill_the_cache(client):
    article = ArticleFactory()
    client.force_login(UserFactory(is_superuser=True))
    assert "X-Page-Cache" not in client.get(article.get_absolute_url())
    assert "X-Page-Cache" not in client.get(article.get_absolute_url())
    client.logout()
    assert client.get(article.get_absolute_url())["X-Page-Cache"] == "miss"


def test_previews_are_never_cached(client):
    draft = ArticleFactory(draft=True)
    client.force_login(UserFactory(is_superuser=True))
    response = client.get(draft.get_absolute_url())
    assert response.status_code == 200 and "no-store" in response["Cache-Control"]
    client.logout()
    assert client.get(draft.get_absolute_url()).status_code == 404


def test_article_pages_answer_conditional_get_with_304(client):
    article = ArticleFactory()
    first = client.get(article.get_absolute_url())
    etag = first["ETag"]
    again = client.get(article.get_absolute_url(), headers={"If-None-Match": etag})
    assert again.status_code == 304


def test_a_broken_cache_never_breaks_the_page(client, monkeypatch):
    article = ArticleFactory()

    def broken(*args, **kwargs):
        raise ConnectionError("redis is down")

    monkeypatch.setattr(cache, "get", broken)
    response = client.get(article.get_absolute_url())
    assert response.status_code == 200
