import json

import pytest
import time_machine
from django.utils import timezone
from openapi_spec_validator import validate

from articles import services
from tests.factories import (
    ArticleFactory,
    AuthorFactory,
    CategoryFactory,
    KeyFactFactory,
    SourceFactory,
    UserFactory,
)

pytestmark = pytest.mark.django_db

SUMMARY_KEYS = {"id", "language", "url", "slug", "title", "teaser", "published_at", "updated_at", "reading_time",
                "category", "author", "hashtags", "image"}
PAGE_KEYS = {"items", "count", "page", "pages", "page_size"}


@pytest.fixture
def article():
    category = CategoryFactory(name_de="Forschung", name_en="Research")
    author = AuthorFactory(name="Anna Beispiel", role_de="Redakteurin", role_en="Editor",
                           user=UserFactory(username="anna-login", email="anna.privat@example.com"),
                           website="https://anna.example")
    article = ArticleFactory(title_de="Roboter lernen", title_en="Robots learn", category=category, author=author,
                             hashtags=["Robotik", "KI"], key_facts_heading_en="The gist")
    KeyFactFactory(article=article, label_de="Wer", label_en="Who", text_de="Ein Labor.", text_en="A lab.")
    SourceFactory(article=article, title_de="Die Studie", title_en="The study", url="https://example.org/study")
    return article


def test_article_list_has_its_shape_and_only_published_articles(client, article):
    ArticleFactory(draft=True, title_de="Entwurf")
    ArticleFactory(scheduled=True, title_de="Geplant")
    response = client.get("/api/v1/articles")
    assert response.status_code == 200 and response["Content-Type"].startswith("application/json")
    body = response.json()
    assert set(body) == PAGE_KEYS and body["count"] == 1
    [item] = body["items"]
    assert set(item) == SUMMARY_KEYS
    assert item["title"] == "Roboter lernen" and item["language"] == "de"
    assert item["url"] == "http://testserver/artikel/roboter-lernen/"
    assert item["category"] == {"slug": article.category.slug_de, "name": "Forschung",
                                "url": f"http://testserver/kategorie/{article.category.slug_de}/"}
    assert item["author"]["name"] == "Anna Beispiel"
    assert sorted(tag["name"] for tag in item["hashtags"]) == ["KI", "Robotik"]
    assert item["image"] is None


def test_article_list_in_english_has_english_texts_and_addresses_and_skips_untranslated(client, article):
    ArticleFactory(title_de="Nur Deutsch", title_en="", body_en="")
    body = client.get("/api/v1/articles?lang=en").json()
    assert [item["title"] for item in body["items"]] == ["Robots learn"]
    item = body["items"][0]
    assert item["language"] == "en" and item["url"] == "http://testserver/en/article/robots-learn/"
    assert item["category"]["name"] == "Research"
    assert client.get("/api/v1/articles?lang=de").json()["count"] == 2
    assert client.get("/api/v1/articles?lang=fr").status_code == 422


def test_article_list_is_paginated(client, settings):
    settings.API_PAGE_SIZE = 2
    ArticleFactory.create_batch(5)
    first = client.get("/api/v1/articles").json()
    assert (first["count"], first["pages"], first["page"], len(first["items"])) == (5, 3, 1, 2)
    last = client.get("/api/v1/articles?page=3").json()
    assert len(last["items"]) == 1
    seen = {item["id"] for page in (1, 2, 3) for item in client.get(f"/api/v1/articles?page={page}").json()["items"]}
    assert len(seen) == 5
    assert client.get("/api/v1/articles?page=4").status_code == 404
    assert client.get("/api/v1/articles?page=0").status_code == 422


def test_article_list_filters_by_category_hashtag_and_author(client, article):
    ArticleFactory(title_de="Anderes")
    for query in (f"category={article.category.slug_de}", "hashtag=robotik", f"author={article.author.slug}"):
        titles = [item["title"] for item in client.get(f"/api/v1/articles?{query}").json()["items"]]
        assert titles == ["Roboter lernen"], query
    assert client.get(f"/api/v1/articles?lang=en&category={article.category.slug_en}").json()["count"] == 1


def test_article_detail_has_key_facts_sources_hashtags_and_related(client, article):
    neighbour = ArticleFactory(category=article.category, title_de="Nachbar", title_en="Neighbour")
    ArticleFactory(category=article.category, draft=True)
    body = client.get(f"/api/v1/articles/{article.pk}?lang=en").json()
    assert set(body) == SUMMARY_KEYS | {"key_facts_heading", "key_facts", "body_html", "sources", "related",
                                        "translations"}
    assert body["title"] == "Robots learn" and body["key_facts_heading"] == "The gist"
    assert body["key_facts"] == [{"label": "Who", "text": "A lab."}]
    assert body["sources"] == [{"title": "The study", "url": "https://example.org/study", "publisher": "Example Press",
                                "published_on": None}]
    assert body["body_html"] == "<p>The English body of the article.</p>"
    assert [item["id"] for item in body["related"]] == [neighbour.pk]
    assert set(body["related"][0]) == SUMMARY_KEYS and body["related"][0]["title"] == "Neighbour"
    assert body["translations"] == {"de": "http://testserver/artikel/roboter-lernen/",
                                    "en": "http://testserver/en/article/robots-learn/"}


@pytest.mark.parametrize("overrides", [{"draft": True}, {"scheduled": True}])
def test_unpublished_article_detail_is_404(client, overrides):
    assert client.get(f"/api/v1/articles/{ArticleFactory(**overrides).pk}").status_code == 404


def test_untranslated_article_detail_is_404_in_english_only(client):
    article = ArticleFactory(title_en="", body_en="")
    assert client.get(f"/api/v1/articles/{article.pk}?lang=en").status_code == 404
    body = client.get(f"/api/v1/articles/{article.pk}").json()
    assert list(body["translations"]) == ["de"]


def test_categories_list_with_counts_of_published_articles(client, article):
    empty = CategoryFactory(name_de="Leer", name_en="Empty")
    ArticleFactory(category=empty, draft=True)
    body = client.get("/api/v1/categories?lang=en").json()
    assert set(body) == PAGE_KEYS
    by_slug = {item["slug"]: item for item in body["items"]}
    assert set(by_slug[article.category.slug_en]) == {"slug", "name", "description", "url", "article_count"}
    assert by_slug[article.category.slug_en]["name"] == "Research"
    assert by_slug[article.category.slug_en]["article_count"] == 1
    assert by_slug[empty.slug_en]["article_count"] == 0


def test_hashtags_list_counts_published_articles_only(client, article):
    ArticleFactory(draft=True, hashtags=["Geheim", "KI"])
    body = client.get("/api/v1/hashtags").json()
    assert {item["name"]: item["article_count"] for item in body["items"]} == {"KI": 1, "Robotik": 1}
    assert set(body["items"][0]) == {"name", "slug", "url", "article_count"}


def test_authors_list_shows_public_profiles_only(client, article):
    AuthorFactory(name="Ohne Artikel")
    body = client.get("/api/v1/authors?lang=en").json()
    [author] = body["items"]
    assert set(author) == {"slug", "name", "role", "bio", "url", "photo", "links", "article_count"}
    assert author["role"] == "Editor" and author["links"] == [{"label": "Website", "url": "https://anna.example"}]


def test_no_personal_data_is_reachable(client, article):
    everything = ""
    for url in ["/api/v1/articles", f"/api/v1/articles/{article.pk}", "/api/v1/categories", "/api/v1/hashtags",
                "/api/v1/authors", "/api/v1/openapi.json"]:
        everything += client.get(url).content.decode()
    for secret in ("anna.privat@example.com", "anna-login", "password", '"email"', '"user"', "subscriber",
                   "inquir"):
        assert secret not in everything.lower(), secret
    paths = client.get("/api/v1/openapi.json").json()["paths"]
    assert all(set(methods) == {"get"} for methods in paths.values())  # read-only


def test_openapi_schema_is_at_a_stable_address_and_valid(client):
    response = client.get("/api/v1/openapi.json")
    assert response.status_code == 200
    schema = response.json()
    validate(schema)
    assert set(schema["paths"]) == {"/api/v1/articles", "/api/v1/articles/{article_id}", "/api/v1/categories",
                                    "/api/v1/hashtags", "/api/v1/authors"}


def test_responses_are_at_most_a_minute_older_than_their_data_and_set_no_cookies(client, article):
    with time_machine.travel(timezone.now(), tick=False) as clock:
        response = client.get("/api/v1/articles")
        assert response.cookies == {}
        # Cached on the server, then kept by browsers and proxies for max-age: together at most a minute.
        assert response["Cache-Control"] == "max-age=30"
        article.title_de = "Geändert"
        services.save_article(article)
        assert client.get("/api/v1/articles").json()["items"][0]["title"] == "Roboter lernen"  # from the cache
        clock.shift(31)
        assert client.get("/api/v1/articles").json()["items"][0]["title"] == "Geändert"


def test_clients_are_rate_limited_with_retry_after(client, settings):
    settings.API_RATE_LIMIT = 3
    for page in range(3):
        assert client.get(f"/api/v1/categories?page=1&n={page}").status_code == 200
    response = client.get("/api/v1/categories")
    assert response.status_code == 429
    assert 1 <= int(response["Retry-After"]) <= settings.API_RATE_WINDOW
    assert "Too many" in json.loads(response.content)["detail"]
    other_client = client.get("/api/v1/categories", REMOTE_ADDR="203.0.113.9")
    assert other_client.status_code == 200  # limits are per client address


def test_rate_limit_counts_no_raw_addresses(client, settings):
    from django.core.cache import cache

    client.get("/api/v1/categories", REMOTE_ADDR="198.51.100.7")
    keys = list(getattr(cache, "_cache", {}).keys())
    assert keys and not any("198.51.100.7" in str(key) for key in keys)


def test_article_list_query_count_does_not_grow_with_articles(client, django_assert_max_num_queries):
    for _ in range(15):
        ArticleFactory(hashtags=["KI", "LLM"])
    with django_assert_max_num_queries(4):
        assert client.get("/api/v1/articles").json()["count"] == 15


@pytest.mark.parametrize("url", [
    "/api/v1/articles/99999999999999999999999", "/api/v1/articles/0",
    "/api/v1/articles?page=99999999999999999999", "/api/v1/articles?category=%3Cscript%3E",
])
def test_odd_input_gets_a_clean_answer(client, url):
    response = client.get(url)
    assert response.status_code in (200, 404)
    assert "<script>" not in response.content.decode()


def test_key_facts_heading_has_the_same_default_as_the_article_page(client):
    article = ArticleFactory(key_facts_heading_de="", key_facts_heading_en="")
    assert client.get(f"/api/v1/articles/{article.pk}").json()["key_facts_heading"] == "Das musst Du wissen"
    assert client.get(f"/api/v1/articles/{article.pk}?lang=en").json()["key_facts_heading"] == "What you need to know"
