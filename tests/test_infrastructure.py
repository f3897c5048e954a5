"""Speed-ups below the pages: the Redis client reuse, resting-connection health checks, stored ETags."""

import pytest

from kinews import release
from kinews.cache import KinewsRedisCache
from kinews.postgresql import base as postgresql_base
from tests.factories import ArticleFactory


def test_the_redis_cache_builds_one_client_per_connection_pool():
    # Building a client connects to nothing, so no Redis server is needed here.
    backend = KinewsRedisCache("redis://127.0.0.1:6379/0;redis://127.0.0.1:6379/1", {})
    writer = backend._cache.get_client("key", write=True)
    assert backend._cache.get_client("other", write=True) is writer
    assert backend._cache.get_client(None, write=True) is writer
    reader = backend._cache.get_client("key")  # reads go to the replica: its own pool, its own client
    assert reader is not writer and backend._cache.get_client("other") is reader


class Wrapper(postgresql_base.DatabaseWrapper):
    checks = 0

    def is_usable(self):
        self.checks += 1
        return True


def make_wrapper() -> Wrapper:
    wrapper = Wrapper({"NAME": "x", "USER": "", "PASSWORD": "", "HOST": "", "PORT": "", "OPTIONS": {},
                       "CONN_MAX_AGE": 60, "CONN_HEALTH_CHECKS": True, "TIME_ZONE": None,
                       "AUTOCOMMIT": True, "ATOMIC_REQUESTS": False, "TEST": {}}, alias="health")
    wrapper.connection = object()  # an open persistent connection, as far as the checks are concerned
    wrapper.health_check_enabled = True  # what connect() sets from CONN_HEALTH_CHECKS
    return wrapper


def test_a_connection_used_moments_ago_is_not_checked_again(monkeypatch):
    wrapper = make_wrapper()
    clock = iter([1000.0, 1000.3])
    monkeypatch.setattr(postgresql_base.time, "monotonic", lambda: next(clock))
    wrapper._last_used = 1000.0 - 0.2
    wrapper.health_check_done = False  # a new request
    wrapper.close_if_health_check_failed()
    assert wrapper.checks == 0 and wrapper.health_check_done


def test_a_resting_connection_is_checked_before_it_is_used():
    wrapper = make_wrapper()
    wrapper._last_used = 0.0  # long ago
    wrapper.health_check_done = False
    wrapper.close_if_health_check_failed()
    assert wrapper.checks == 1


@pytest.mark.django_db
def test_a_cached_page_keeps_its_etag_for_conditional_requests(client, settings):
    settings.PAGE_CACHE_SECONDS = 60
    url = ArticleFactory().get_absolute_url()
    first = client.get(url)
    hit = client.get(url)
    assert hit["X-Page-Cache"] == "hit" and hit["ETag"] == first["ETag"]
    assert client.get(url, headers={"if-none-match": first["ETag"]}).status_code == 304


def test_the_release_digest_changes_with_any_template_or_stylesheet(tmp_path):
    (tmp_path / "templates").mkdir()
    (tmp_path / "static" / "css").mkdir(parents=True)
    (tmp_path / "templates" / "base.html").write_text("<html>")
    (tmp_path / "static" / "css" / "site.css").write_text("body{}")
    (tmp_path / "requirements.lock").write_text("django==6.1.3\n")
    first = release.digest(tmp_path)
    assert release.digest(tmp_path) == first
    (tmp_path / "static" / "css" / "site.css").write_text("body{color:red}")
    second = release.digest(tmp_path)
    (tmp_path / "templates" / "base.html").write_text("<html lang=de>")
    third = release.digest(tmp_path)
    (tmp_path / "requirements.lock").write_text("django==6.1.4\n")
    assert len({first, second, third, release.digest(tmp_path)}) == 4


@pytest.mark.django_db
def test_pages_cached_by_another_release_are_not_served(client, settings, monkeypatch):
    settings.PAGE_CACHE_SECONDS = 60
    article = ArticleFactory()
    url = article.get_absolute_url()
    assert client.get(url)["X-Page-Cache"] == "miss"
    assert client.get(url)["X-Page-Cache"] == "hit"
    monkeypatch.setattr("kinews.pagecache.release", lambda: "the-next-deploy")
    assert client.get(url)["X-Page-Cache"] == "miss"
