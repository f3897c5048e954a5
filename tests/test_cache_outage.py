"""Redis down: readers still get pages, /healthz says what is degraded, rate limits fail closed, nothing is lost.

The cache here is the production one (kinews.cache.KinewsRedisCache) pointed at a port where nothing listens,
so every cache call fails the way it does while Redis is stopped.
"""

import runpy
import time
from pathlib import Path

import pytest
from django.core import mail

from consulting.models import Inquiry, Notification
from kinews.ratelimit import UNCOUNTED, count_in_window
from newsletter.models import ConsentRecord, Subscriber
from tests.consulting_helpers import valid_data
from tests.factories import ArticleFactory, AuthorFactory, CategoryFactory
from tests.test_admin import ADD_URL, article_form_data
from tests.test_newsletter_signup import form_data

pytestmark = pytest.mark.django_db

UNREACHABLE_REDIS = {
    "BACKEND": "kinews.cache.KinewsRedisCache",
    "LOCATION": "redis://127.0.0.1:1/0",  # nothing listens on port 1: connection refused at once
    "OPTIONS": {"socket_connect_timeout": 0.25, "socket_timeout": 0.25},
}


@pytest.fixture
def redis_down(settings):
    original = settings.CACHES
    settings.CACHES = {"default": UNREACHABLE_REDIS}
    settings.PAGE_CACHE_SECONDS = 60
    yield
    settings.CACHES = original  # before the autouse fixture clears the (working) cache again


def test_settings_with_redis_give_the_cache_small_socket_timeouts(monkeypatch):
    monkeypatch.setenv("REDIS_URL", "redis://cache.internal:6379/0")
    settings = runpy.run_path(str(Path(__file__).resolve().parent.parent / "kinews" / "settings.py"))
    options = settings["CACHES"]["default"]["OPTIONS"]
    assert 0 < options["socket_connect_timeout"] <= 0.5 and 0 < options["socket_timeout"] <= 0.5


def test_healthz_reports_the_cache_as_degraded_but_answers_200(client, redis_down):
    started = time.monotonic()
    response = client.get("/healthz")
    assert response.status_code == 200
    body = response.json()
    assert body["status"] == "degraded" and body["database"] == "ok"
    assert body["cache"].startswith("unavailable")
    assert time.monotonic() - started < 1


def test_readers_still_get_pages_while_the_cache_is_down(client, redis_down):
    article = ArticleFactory(title_de="Ein Artikel trotz Ausfall", hashtags=["KI"])
    for url in ["/", article.get_absolute_url(), article.category.get_absolute_url(), "/hashtag/ki/",
                "/feed/", "/sitemap.xml", "/suche/?q=Artikel"]:
        response = client.get(url)
        assert response.status_code == 200, url
    assert "Ein Artikel trotz Ausfall" in client.get("/").content.decode()


def test_a_rate_limit_that_cannot_be_counted_counts_as_exceeded(redis_down):
    assert count_in_window("forms:rate:test", 60) == UNCOUNTED


def test_a_lead_sent_while_the_cache_is_down_is_stored_and_held_for_sales(client, redis_down,
                                                                           django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post("/beratung/anfrage/", valid_data())
    # The sender is told the inquiry arrived and a person checks it (the page for flagged inquiries).
    assert response.status_code == 302 and response["Location"] == "/beratung/anfrage/erhalten/"
    inquiry = Inquiry.objects.get()
    assert inquiry.email == "jana@example.com"
    assert inquiry.is_spam and inquiry.spam_reasons == "rate-limit-unchecked"
    assert not Notification.objects.exists() and mail.outbox == []


def test_newsletter_sign_ups_while_the_cache_is_down_are_kept_and_limited_by_what_is_stored(
    client, redis_down, django_capture_on_commit_callbacks
):
    def sign_up(email, ip):
        with django_capture_on_commit_callbacks(execute=True):
            return client.post("/newsletter/", form_data(email=email), REMOTE_ADDR=ip)

    statuses = {sign_up("anna@example.com", f"198.51.100.{n}").status_code for n in range(5)}
    assert statuses == {302}
    # Every request is stored; the address gets no more confirmation e-mails than the limit allows (3 a day).
    assert ConsentRecord.objects.filter(email="anna@example.com").count() == 5
    assert len(mail.outbox) == 3 and {tuple(m.to) for m in mail.outbox} == {("anna@example.com",)}
    # One network signing up many addresses: stored, but mail only within the per-IP limit (10 an hour).
    mail.outbox.clear()
    for n in range(12):
        assert sign_up(f"reader{n}@example.com", "203.0.113.9").status_code == 302
    assert Subscriber.objects.filter(email__startswith="reader").count() == 12
    assert len(mail.outbox) == 10


def test_the_content_api_says_it_is_unavailable_rather_than_rate_limited(client, redis_down):
    response = client.get("/api/v1/articles")
    assert response.status_code == 503 and response["Retry-After"] == "30"


def test_staff_can_log_in_and_publish_while_the_cache_is_down(client, redis_down, django_capture_on_commit_callbacks):
    author = AuthorFactory()
    client.force_login(author.user)
    assert client.get(ADD_URL).status_code == 200
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(ADD_URL, article_form_data(CategoryFactory()))
    assert response.status_code == 302
    assert "Sprachmodelle im Rathaus" in client.get("/").content.decode()
