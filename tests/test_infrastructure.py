"""Speed-ups below the pages: the Redis client reuse and stored ETags."""

import pytest

from kinews.cache import KinewsRedisCache
from tests.factories import ArticleFactory


def test_the_redis_cache_builds_one_client_per_connection_pool():
    # Building a client connects to nothing, so no Redis server is needed here.
    backend = KinewsRedisCache("redis://127.0.0.1:6379/0;redis://127.0.0.1:6379/1", {})
    writer = backend._cache.get_client("key", write=True)
    assert backend._cache.get_client("other", write=True) is writer
    assert backend._cache.get_client(None, write=True) is writer
    reader = backend._cache.get_client("key")  # reads go to the replica: its own pool, its own client
    assert reader is not writer and backend._cache.get_client("other") is reader


@pytest.mark.django_db
def test_a_cached_page_keeps_its_etag_for_conditional_requests(client, settings):
    settings.PAGE_CACHE_SECONDS = 60
    url = ArticleFactory().get_absolute_url()
    first = client.get(url)
    hit = client.get(url)
    assert hit["X-Page-Cache"] == "hit" and hit["ETag"] == first["ETag"]
    assert client.get(url, headers={"if-none-match": first["ETag"]}).status_code == 304
