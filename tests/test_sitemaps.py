from datetime import timedelta
from xml.etree import ElementTree

import pytest
from django.utils import timezone

from tests.factories import ArticleFactory, AuthorFactory, CategoryFactory

pytestmark = pytest.mark.django_db

NS = {
    "sm": "http://www.sitemaps.org/schemas/sitemap/0.9",
    "xhtml": "http://www.w3.org/1999/xhtml",
    "news": "http://www.google.com/schemas/sitemap-news/0.9",
}
SITE = "http://testserver"  # the test client's host: pages link to the host they are asked for


def xml(client, url) -> ElementTree.Element:
    response = client.get(url)
    assert response.status_code == 200, url
    assert response["Content-Type"].startswith("application/xml")
    return ElementTree.fromstring(response.content)  # raises on anything that is not well-formed XML


def urls(root) -> dict[str, dict[str, str]]:
    """{loc: {hreflang: href}} of a urlset."""
    result = {}
    for url in root.findall("sm:url", NS):
        links = {link.get("hreflang"): link.get("href") for link in url.findall("xhtml:link", NS)}
        result[url.findtext("sm:loc", namespaces=NS)] = links
    return result


def test_sitemap_index_lists_every_section(client):
    ArticleFactory(hashtags=["KI"])
    root = xml(client, "/sitemap.xml")
    assert root.tag == f"{{{NS['sm']}}}sitemapindex"
    locations = [loc.text.rsplit("/", 1)[-1] for loc in root.findall("sm:sitemap/sm:loc", NS)]
    for section in ["articles-de", "articles-en", "categories-de", "categories-en", "hashtags-de", "hashtags-en",
                    "authors-de", "authors-en", "news"]:
        assert f"sitemap-{section}.xml" in locations


def test_article_sitemaps_have_hreflang_alternates_and_lastmod(client):
    article = ArticleFactory(title_de="Roboter falten Wäsche", title_en="Robots fold laundry")
    ArticleFactory(draft=True, title_de="Entwurf")
    german, english = f"{SITE}/artikel/roboter-falten-waesche/", f"{SITE}/en/article/robots-fold-laundry/"
    expected = {"de": german, "en": english, "x-default": german}
    de_root = xml(client, "/sitemap-articles-de.xml")
    assert urls(de_root) == {german: expected}
    assert de_root.find("sm:url/sm:lastmod", NS).text == article.updated_at.date().isoformat()
    assert urls(xml(client, "/sitemap-articles-en.xml")) == {english: expected}


def test_category_hashtag_and_author_sitemaps_list_both_languages(client):
    category = CategoryFactory(name_de="Robotik", name_en="Robotics")
    author = AuthorFactory(name="Anna Beispiel")
    ArticleFactory(category=category, author=author, hashtags=["Chips"])
    AuthorFactory(name="Ohne Artikel")
    CategoryFactory(name_de="Leer", name_en="Empty")
    categories = urls(xml(client, "/sitemap-categories-en.xml"))
    assert categories[f"{SITE}/en/category/robotics/"]["de"] == f"{SITE}/kategorie/robotik/"
    assert urls(xml(client, "/sitemap-hashtags-de.xml")) == {f"{SITE}/hashtag/chips/": {
        "de": f"{SITE}/hashtag/chips/", "en": f"{SITE}/en/hashtag/chips/", "x-default": f"{SITE}/hashtag/chips/"}}
    assert list(urls(xml(client, "/sitemap-authors-en.xml"))) == [f"{SITE}/en/author/{author.slug}/"]


def test_article_sitemap_is_paginated(client, settings):
    from articles.sitemaps import ArticleSitemap

    ArticleSitemap.limit, old_limit = 2, ArticleSitemap.limit
    try:
        ArticleFactory.create_batch(5)
        index = client.get("/sitemap.xml").content.decode()
        assert "sitemap-articles-de.xml?p=3" in index
        assert len(urls(xml(client, "/sitemap-articles-de.xml?p=3"))) == 1
    finally:
        ArticleSitemap.limit = old_limit


def test_news_sitemap_holds_the_last_two_days_in_each_written_language(client):
    fresh = ArticleFactory(title_de="Frisch", title_en="Fresh")
    german_only = ArticleFactory(title_de="Nur Deutsch", title_en="")
    ArticleFactory(title_de="Zu alt", published_at=timezone.now() - timedelta(days=2, hours=1))
    ArticleFactory(title_de="Entwurf", draft=True)
    root = xml(client, "/sitemap-news.xml")
    entries = {
        (url.findtext("sm:loc", namespaces=NS), url.findtext("news:news/news:publication/news:language", namespaces=NS),
         url.findtext("news:news/news:title", namespaces=NS))
        for url in root.findall("sm:url", NS)
    }
    assert entries == {
        (f"{SITE}{fresh.get_absolute_url()}", "de", "Frisch"),
        (f"{SITE}/en/article/{fresh.slug_en}/", "en", "Fresh"),
        (f"{SITE}{german_only.get_absolute_url()}", "de", "Nur Deutsch"),
    }
    assert root.find("sm:url/news:news/news:publication/news:name", NS).text == "kinews"
    published = root.find("sm:url/news:news/news:publication_date", NS).text
    assert published.startswith(str(timezone.localtime(fresh.published_at).year))


def test_robots_txt_points_at_the_sitemap_and_keeps_search_and_previews_out(client):
    response = client.get("/robots.txt")
    text = response.content.decode()
    assert response["Content-Type"].startswith("text/plain")
    assert f"Sitemap: {SITE}/sitemap.xml" in text
    for path in ["/suche/", "/en/search/", "/vorschau/", "/en/preview/"]:
        assert f"Disallow: {path}\n" in text


def test_sitemap_query_count_does_not_grow_with_articles(client, django_assert_max_num_queries):
    ArticleFactory.create_batch(30)
    with django_assert_max_num_queries(3):
        client.get("/sitemap-articles-de.xml")


def test_untranslated_articles_are_only_in_the_german_sitemap_without_english_alternate(client):
    article = ArticleFactory(title_de="Nur auf Deutsch", title_en="", teaser_en="", body_en="")
    german = f"{SITE}{article.get_absolute_url()}"
    assert urls(xml(client, "/sitemap-articles-de.xml")) == {german: {"de": german, "x-default": german}}
    assert urls(xml(client, "/sitemap-articles-en.xml")) == {}
