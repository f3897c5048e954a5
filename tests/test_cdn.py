"""A CDN in front: s-maxage that keeps the one-minute rule end to end, cache tags, and purging on publish."""

import json
import threading
from http.server import BaseHTTPRequestHandler, HTTPServer

import pytest
import time_machine
from django.core.cache import cache
from django.utils import timezone

from tests.factories import ArticleFactory, UserFactory

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def page_cache_on(settings):
    settings.PAGE_CACHE_SECONDS = 60
    cache.clear()


def s_maxage(response) -> int:
    directives = dict(
        (part.strip().split("=") + [""])[:2] for part in response["Cache-Control"].split(",")
    )
    assert "public" in directives and directives["max-age"] == "0"
    return int(directives["s-maxage"])


def test_an_anonymous_page_may_be_kept_by_a_cdn_for_one_minute_and_names_its_tags(client):
    article = ArticleFactory(hashtags=["KI"])
    response = client.get(article.get_absolute_url())
    assert response["X-Page-Cache"] == "miss"
    assert s_maxage(response) == 60
    tags = response["Surrogate-Key"].split(" ")
    assert {f"article:{article.pk}", "site"} <= set(tags)
    assert response["Cache-Tag"].split(",") == tags


@pytest.mark.parametrize("age", [1, 25, 59, 75])
def test_a_page_from_the_page_cache_may_stay_in_the_cdn_only_for_the_rest_of_the_minute(client, age):
    article = ArticleFactory()
    # Whole seconds: start + age is then exact in floating point (else an age of 25.0000002 s leaves 34 s).
    start = timezone.now().replace(microsecond=0)
    with time_machine.travel(start, tick=False):
        client.get(article.get_absolute_url())  # rendered and stored now
    with time_machine.travel(start.timestamp() + age, tick=False):
        response = client.get(article.get_absolute_url())
    if age < 60:
        assert response["X-Page-Cache"] == "hit"
        assert s_maxage(response) == 60 - age  # page cache age + CDN lifetime = PUBLIC_CACHE_SECONDS
    else:
        assert response["X-Page-Cache"] == "miss"  # the page cache forgot it: rendered afresh
        assert s_maxage(response) == 60


def test_pages_for_staff_and_forms_are_never_given_to_a_cdn(client):
    article = ArticleFactory()
    form = client.get("/beratung/anfrage/")
    assert "s-maxage" not in form["Cache-Control"] and not form.has_header("Surrogate-Key")
    client.force_login(UserFactory(is_staff=True, is_superuser=True))
    staff_view = client.get(article.get_absolute_url())
    assert "s-maxage" not in staff_view.get("Cache-Control", "") and not staff_view.has_header("Surrogate-Key")


@pytest.fixture
def fake_cdn(settings):
    """An HTTP endpoint on loopback that records the purge requests it gets."""
    received = []

    class Handler(BaseHTTPRequestHandler):
        def do_POST(self):
            body = self.rfile.read(int(self.headers["Content-Length"]))
            received.append({"path": self.path, "headers": dict(self.headers), "body": json.loads(body)})
            self.send_response(200)
            self.end_headers()

        def log_message(self, *args):
            pass

    server = HTTPServer(("127.0.0.1", 0), Handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    settings.CDN_PURGE_URL = f"http://127.0.0.1:{server.server_port}/zones/kinews/purge_cache"
    settings.CDN_PURGE_TOKEN = "purge-secret"
    yield received
    server.shutdown()
    server.server_close()


def test_publishing_purges_the_articles_tags_from_the_cdn(fake_cdn, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        article = ArticleFactory(hashtags=["KI"])
    purged = {tag for request in fake_cdn for tag in request["body"]["tags"]}
    assert {f"article:{article.pk}", "list:home", f"category:{article.category_id}"} <= purged
    request = fake_cdn[0]
    assert request["path"] == "/zones/kinews/purge_cache"
    assert request["headers"]["Authorization"] == "Bearer purge-secret"
    assert request["headers"]["Surrogate-Key"] == " ".join(request["body"]["tags"])


def test_without_a_purge_url_nothing_is_sent(settings, django_capture_on_commit_callbacks, monkeypatch):
    settings.CDN_PURGE_URL = ""
    sent = []
    monkeypatch.setattr("urllib.request.urlopen", lambda *args, **kwargs: sent.append(args))
    with django_capture_on_commit_callbacks(execute=True):
        ArticleFactory()
    assert sent == []
