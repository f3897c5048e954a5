"""What readers find around the articles: hot categories on article pages too, follow-us links with their
networks' icons (drawn inline, nothing loaded from the networks), and visible RSS links."""

import re
from datetime import timedelta

import pytest
from django.utils import timezone

from pages.models import SocialLink
from pages.social import network_of
from tests.factories import ArticleFactory, AuthorFactory, CategoryFactory

pytestmark = pytest.mark.django_db


def section(html: str, start: str, end: str) -> str:
    begin = html.index(start)
    return html[begin:html.index(end, begin)]


def test_article_page_shows_the_hot_categories_like_the_home_page(client):
    busy, quiet, old = (CategoryFactory(name_de=name) for name in ("Robotik", "Forschung", "Archiv"))
    ArticleFactory.create_batch(3, category=busy)
    article = ArticleFactory(category=quiet)
    ArticleFactory.create_batch(4, category=old, published_at=timezone.now() - timedelta(days=40))
    ArticleFactory(category=quiet, draft=True)
    for url in ["/", article.get_absolute_url()]:
        hot = section(client.get(url).content.decode(), '<nav class="hot-categories"', "</nav>")
        assert "Hot Categories" in hot
        names = re.findall(r'<a href="/kategorie/[^"]+/">([^<]+) <span>(\d+)</span>', hot)
        assert names == [("Robotik", "3"), ("Forschung", "1")], url  # last 30 days, readable only, busiest first


def test_hot_categories_count_what_english_readers_can_read(client):
    category = CategoryFactory(name_de="Robotik", name_en="Robotics")
    article = ArticleFactory(category=category)
    ArticleFactory(category=category, title_en="")  # German only
    hot = section(client.get(f"/en/article/{article.slug_en}/").content.decode(), '<nav class="hot-categories"',
                  "</nav>")
    assert re.search(r">Robotics <span>1</span>", hot)


def test_article_page_with_hot_categories_costs_no_query_more_once_its_fragments_are_cached(
        client, settings, django_assert_num_queries):
    settings.FRAGMENT_CACHE_SECONDS = 60
    article = ArticleFactory()
    client.get(article.get_absolute_url())
    with django_assert_num_queries(1):  # only "is the article still live and unchanged"
        html = client.get(article.get_absolute_url() + "?again").content.decode()
    assert '<nav class="hot-categories"' in html


@pytest.mark.parametrize(("name", "url", "network"), [
    ("Mastodon", "https://social.example/@kinews", "mastodon"),  # any server: known by its name
    ("Unser Profil", "https://www.linkedin.com/company/kinews", "linkedin"),  # known by its host
    ("Videos", "https://youtu.be/abc", "youtube"),
    ("Bluesky", "https://bsky.app/profile/kinews.example", "bluesky"),
    ("X (Twitter)", "https://x.com/kinews", "x"),
    ("Instagram", "https://www.instagram.com/kinews", "instagram"),
    ("Telegram", "https://t.me/kinews", "telegram"),
    ("RSS", "https://kinews.example/feed/", "rss"),
    ("Unser Blog", "https://blog.example/", "link"),  # unknown: a plain link icon
])
def test_follow_us_links_are_recognised_by_host_or_name(name, url, network):
    assert network_of(name, url) == network


def test_follow_us_links_show_their_networks_icon_drawn_inline_in_footer_and_sidebar(client):
    SocialLink.objects.create(name="Mastodon", url="https://mastodon.example/@kinews", order=1)
    SocialLink.objects.create(name="LinkedIn", url="https://www.linkedin.com/company/kinews", order=2)
    SocialLink.objects.create(name="Unser Blog", url="https://blog.example/", order=3)
    html = client.get(ArticleFactory().get_absolute_url()).content.decode()
    for where in (section(html, '<footer class="site-footer">', "</footer>"),
                  section(html, '<aside class="sidebar"', "</aside>")):
        links = re.findall(r'<a class="follow-us__link follow-us__link--(\w+)" href="([^"]+)"[^>]*>(.*?)</a>',
                           where, re.S)
        assert [(network, url) for network, url, _inner in links] == [
            ("mastodon", "https://mastodon.example/@kinews"), ("linkedin", "https://www.linkedin.com/company/kinews"),
            ("link", "https://blog.example/")]
        for _network, _url, inner in links:
            assert inner.lstrip().startswith('<svg class="icon" aria-hidden="true"')
    assert not re.search(r'<(img|script|link)[^>]+(src|href)="https?://(?!testserver)[^"]+\.(svg|png|js|css)', html)


def test_footer_and_list_pages_link_their_rss_feeds_visibly(client):
    article = ArticleFactory(hashtags=["KI"], author=AuthorFactory(name="Anna Berger"))
    category = article.category
    expected = {
        category.get_absolute_url(): f"/kategorie/{category.slug_de}/feed/",
        "/hashtag/ki/": "/hashtag/ki/feed/",
        article.author.get_absolute_url(): f"/autor/{article.author.slug}/feed/",
        "/artikel/": "/feed/",
        f"/en/category/{category.slug_en}/": f"/en/category/{category.slug_en}/feed/",
    }
    for page, feed in expected.items():
        html = client.get(page).content.decode()
        header = section(html, '<header class="list-header">', "</header>")
        link = rf'<a class="feed-link" href="{feed}" type="application/rss\+xml">.*?RSS'
        assert re.search(link, header, re.S), page
    footer = section(client.get("/").content.decode(), '<footer class="site-footer">', "</footer>")
    icon_and_name = r'<a class="feed-link" href="/feed/" type="application/rss\+xml"><svg[^>]*>.*?</svg>\s*RSS-Feed</a>'
    assert re.search(icon_and_name, footer, re.S)
    english = section(client.get("/en/").content.decode(), '<footer class="site-footer">', "</footer>")
    assert 'href="/en/feed/" type="application/rss+xml"' in english and "RSS feed" in english
