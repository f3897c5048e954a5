"""Machine-readable times are given to the second everywhere: pages, JSON-LD, feeds, sitemaps and the API.

HTML allows at most three digits of a fraction of a second in <time datetime>; the database keeps six.
"""

import re
from datetime import UTC, datetime

import pytest

from tests.factories import ArticleFactory

pytestmark = pytest.mark.django_db

FRACTION = re.compile(r"\d{2}:\d{2}:\d{2}\.\d")


@pytest.fixture
def article(time_machine):
    time_machine.move_to(datetime(2026, 12, 4, 5, 2, 50, 100_000, tzinfo=UTC), tick=False)
    return ArticleFactory(published_at=datetime(2026, 12, 4, 4, 2, 49, 800_449, tzinfo=UTC), hashtags=["KI"])


def test_pages_and_their_json_ld_give_times_to_the_second(client, article):
    html = client.get(article.get_absolute_url()).content.decode()
    assert '<time datetime="2026-12-04T05:02:49+01:00">' in html
    assert '"datePublished": "2026-12-04T05:02:49+01:00"' in html
    assert '"dateModified": "2026-12-04T06:02:50+01:00"' in html
    for url in ["/", article.category.get_absolute_url(), "/hashtag/ki/", "/suche/?q=Deutscher"]:
        html = client.get(url).content.decode()
        assert '<time datetime="2026-12-04T05:02:49+01:00">' in html, url
        assert not FRACTION.search(html), url


@pytest.mark.parametrize("url", ["/feed/", "/feed/atom/", "/sitemap.xml", "/sitemap-news.xml",
                                 "/api/v1/articles"])
def test_feeds_sitemaps_and_the_api_give_times_to_the_second(client, article, url):
    text = client.get(url).content.decode()
    assert "05:02:49" in text or "04:02:49" in text or "06:02:50" in text or "05:02:50" in text, text
    assert not FRACTION.search(text), text
