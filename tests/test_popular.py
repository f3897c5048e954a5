from datetime import timedelta

import pytest
import time_machine
from django.db import DatabaseError
from django.utils import timezone

from articles import services
from recommendations import views
from recommendations.models import ArticleView
from recommendations.popularity import popular_articles, popular_ids
from recommendations.rebuild import rebuild_all
from recommendations.templatetags.recommendations import popular_box
from tests.factories import ArticleFactory, UserFactory

pytestmark = pytest.mark.django_db

BROWSER = "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0 Safari/537.36"


def beacon(client, article, prefix="", remote_addr="127.0.0.1", **headers):
    return client.get(f"{prefix}/view/{article.pk}.gif", headers={"User-Agent": BROWSER, **headers},
                      REMOTE_ADDR=remote_addr)


def views_of(article, language="de"):
    return sum(ArticleView.objects.filter(article=article, language=language).values_list("count", flat=True))


def add_views(article, count, days_ago=0, language="de"):
    ArticleView.objects.create(
        article=article, language=language, day=timezone.localdate() - timedelta(days=days_ago), count=count
    )


def test_a_readers_beacon_counts_one_view_and_keeps_nothing_personal(client):
    article = ArticleFactory()
    response = beacon(client, article)
    assert response.status_code == 200 and response["Content-Type"] == "image/gif"
    assert response.cookies == {}
    assert ArticleView.objects.get().count == 1
    stored = ArticleView.objects.values().get()
    assert set(stored) == {"id", "article_id", "language", "day", "count"}  # no IP, no user agent


def test_readers_add_to_the_same_daily_counter_and_the_beacon_may_be_cached_by_the_browser(client):
    article = ArticleFactory()
    first = beacon(client, article, remote_addr="198.51.100.1")
    beacon(client, article, remote_addr="198.51.100.2")
    assert ArticleView.objects.count() == 1 and views_of(article) == 2
    # The browser keeps the answer for half an hour, so one reader re-opening the page is not asked again.
    assert first["Cache-Control"] == "private, max-age=1800"


def test_the_english_page_counts_for_english(client):
    article = ArticleFactory()
    beacon(client, article, prefix="/en")
    assert views_of(article, "en") == 1 and views_of(article, "de") == 0


@pytest.mark.parametrize(
    "user_agent",
    ["Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)", "curl/8.5.0",
     "Mozilla/5.0 (X11; Linux x86_64) HeadlessChrome/131.0", "facebookexternalhit/1.1", ""],
)
def test_bots_are_not_counted(client, user_agent):
    article = ArticleFactory()
    response = beacon(client, article, **{"User-Agent": user_agent})
    assert response.status_code == 200 and views_of(article) == 0


@pytest.mark.parametrize(
    "header", [{"Sec-Purpose": "prefetch"}, {"Sec-Purpose": "prefetch;prerender"}, {"Purpose": "prefetch"}]
)
def test_prefetches_are_not_counted(client, header):
    article = ArticleFactory()
    beacon(client, article, **header)
    assert views_of(article) == 0


def test_staff_views_are_not_counted(client):
    article = ArticleFactory()
    client.force_login(UserFactory(is_staff=True))
    beacon(client, article)
    assert views_of(article) == 0


@pytest.mark.parametrize("trait", ["draft", "scheduled"])
def test_unpublished_articles_are_not_counted(client, trait):
    article = ArticleFactory(**{trait: True})
    assert beacon(client, article).status_code == 200
    assert ArticleView.objects.count() == 0


def test_a_failing_counter_never_fails_the_beacon(client, monkeypatch):
    def broken(**kwargs):
        raise DatabaseError("database is down")

    monkeypatch.setattr(views, "record_view", broken)
    assert beacon(client, ArticleFactory()).status_code == 200


def test_popular_weighs_recent_views_more_and_forgets_last_week():
    old_hit, fresh, ancient = ArticleFactory(), ArticleFactory(), ArticleFactory()
    add_views(old_hit, 10, days_ago=6)  # 10 * 0.5 ** 3 = 1.25
    add_views(fresh, 4, days_ago=0)
    add_views(ancient, 1000, days_ago=7)  # outside the seven days
    assert popular_ids(language="de") == [fresh.pk, old_hit.pk]


def test_popular_is_per_language_and_only_readable_articles():
    german, english, draft = ArticleFactory(), ArticleFactory(), ArticleFactory()
    german_only = ArticleFactory(title_en="", body_en="")
    add_views(german, 5)
    add_views(english, 5, language="en")
    add_views(german_only, 9, language="en")
    add_views(draft, 50)
    services.unpublish(draft)
    assert popular_ids(language="de") == [german.pk]
    assert popular_ids(language="en") == [english.pk]


def test_popular_is_topped_up_with_the_latest_articles():
    viewed = ArticleFactory(published_at=timezone.now() - timedelta(days=30))
    latest = ArticleFactory.create_batch(5)
    add_views(viewed, 3)
    assert [a.pk for a in popular_articles(language="de")] == [viewed.pk, *[a.pk for a in latest[::-1][:4]]]


def test_all_pages_share_one_popular_list_computed_once(client, settings, django_assert_num_queries):
    settings.FRAGMENT_CACHE_SECONDS = 60
    first, second = ArticleFactory.create_batch(2)
    add_views(first, 5)
    add_views(second, 3)
    client.get(first.get_absolute_url())
    with django_assert_num_queries(0):
        cached_box = popular_box({"request": None}, second)
    assert second.title_de not in cached_box and first.title_de in cached_box


def test_article_page_shows_popular_and_related_and_a_beacon_in_bounded_queries(client, django_assert_max_num_queries):
    article = ArticleFactory(hashtags=["Quanten"], body_de="<p>Qubits und Quantencomputer.</p>")
    related = [ArticleFactory(hashtags=["Quanten"], body_de="<p>Qubits und Quantencomputer.</p>") for _n in range(6)]
    popular = ArticleFactory.create_batch(5)
    for views_count, item in enumerate(popular, 1):
        add_views(item, views_count * 10)
    add_views(article, 1000)  # the most read, but not recommended to the person reading it
    rebuild_all()
    with django_assert_max_num_queries(12):
        response = client.get(article.get_absolute_url())
    html = response.content.decode()
    assert "Ähnliche Beiträge" in html and "Beliebte Artikel" in html
    related_html = html.split('id="related"')[1]
    assert all(item.title_de in related_html for item in related)
    popular_html = html.split('id="popular"')[1].split("</section>")[0]
    assert [item.title_de in popular_html for item in popular] == [True] * 5
    assert article.title_de not in popular_html
    assert popular_html.index(popular[4].title_de) < popular_html.index(popular[0].title_de)
    assert f'src="/view/{article.pk}.gif"' in html and 'loading="lazy"' in html


def test_previews_have_no_beacon_and_home_shows_popular(client):
    draft = ArticleFactory(draft=True)
    client.force_login(UserFactory(is_superuser=True))
    assert "/view/" not in client.get(draft.get_absolute_url()).content.decode()
    client.logout()
    hit = ArticleFactory(title_de="Der meistgelesene Artikel")
    add_views(hit, 7)
    html = client.get("/").content.decode()
    assert 'id="popular"' in html and "Beliebte Artikel" in html
    assert "Der meistgelesene Artikel" in html.split('id="popular"')[1]


def test_one_client_hammering_the_beacon_counts_once_per_hour(client):
    article, rival = ArticleFactory(), ArticleFactory()
    add_views(rival, 2)
    with time_machine.travel(timezone.now(), tick=False) as clock:
        for _request in range(300):
            assert beacon(client, article, remote_addr="203.0.113.66").status_code == 200
        assert views_of(article) == 1 and popular_ids(language="de")[0] == rival.pk
        beacon(client, article, remote_addr="203.0.113.67")  # somebody else
        assert views_of(article) == 2
        clock.shift(timedelta(hours=1))
        beacon(client, article, remote_addr="203.0.113.66")  # the next hour, the first reader again
        assert views_of(article) == 3


def test_a_whole_ipv6_network_of_one_client_counts_as_one(client):
    article = ArticleFactory()
    for host in range(1, 50):
        beacon(client, article, remote_addr=f"2001:db8:1:2::{host:x}")
    assert views_of(article) == 1


def test_behind_a_proxy_each_forwarded_client_counts(client, settings):
    settings.PROXY_COUNT = 1
    article = ArticleFactory()
    for reader in ("203.0.113.1", "203.0.113.2", "203.0.113.2"):
        beacon(client, article, remote_addr="10.0.0.1", **{"X-Forwarded-For": reader})
    assert views_of(article) == 2


def test_the_per_client_memory_holds_no_address_and_sets_no_cookie(client):
    from django.core.cache import cache

    response = beacon(client, ArticleFactory(), remote_addr="203.0.113.66")
    assert response.cookies == {}
    keys = list(cache._cache.keys())
    assert keys and not any("203.0.113.66" in key for key in keys)


def test_without_a_cache_nothing_is_counted_and_the_beacon_still_answers(client, monkeypatch):
    from django.core.cache import cache

    def down(*args, **kwargs):
        raise ConnectionError("cache down")

    monkeypatch.setattr(cache, "add", down)
    article = ArticleFactory()
    assert beacon(client, article).status_code == 200
    assert views_of(article) == 0
