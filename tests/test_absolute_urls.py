"""Absolute links point at the host (and port, and scheme) the reader asked for – `make run ADDR=127.0.0.1:8101`
links to 8101 – on every surface: canonical, OpenGraph, JSON-LD, hreflang, feed links and feeds, sitemaps,
robots.txt and the API. SITE_URL is for e-mails only (tests/test_newsletter_*.py)."""

import re
import subprocess
import time
from pathlib import Path
from xml.etree import ElementTree

import feedparser
import pytest
from django.core import mail

from kinews.forms_security import make_stamp
from tests.factories import ArticleFactory, SourceFactory, image_file
from tests.reader_pages import build_site, reader_pages
from tests.test_seo import by_type, head

pytestmark = pytest.mark.django_db

HOST = "localhost:8101"
ORIGIN = f"http://{HOST}"
ELSEWHERE = ("127.0.0.1:8000", "testserver")  # SITE_URL's default and the test client's default host
SM = {"sm": "http://www.sitemaps.org/schemas/sitemap/0.9", "xhtml": "http://www.w3.org/1999/xhtml"}


@pytest.fixture
def article(django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        article = ArticleFactory(title_de="Roboter lernen", title_en="Robots learn", hashtags=["KI"],
                                 image=image_file(size=(1600, 900)))
    SourceFactory(article=article, url="https://example.org/studie")
    return article


def client_on(client):
    """The test client, asking for HOST (as a browser does after `make run ADDR=127.0.0.1:8101`)."""
    client.defaults["HTTP_HOST"] = HOST
    return client


def get(client, url, **headers):
    response = client.get(url, HTTP_HOST=HOST, **headers)
    assert response.status_code == 200, url
    text = response.content.decode()
    for other in ELSEWHERE:
        assert other not in text, (url, other)
    return response


def test_article_page_head_links_to_the_host_it_was_asked_on(client, article):
    path = article.get_absolute_url()
    parser = head(client_on(client), path)
    canonical = next(link["href"] for link in parser.links if link.get("rel") == "canonical")
    assert canonical == f"{ORIGIN}{path}"
    assert parser.meta["og:url"] == canonical
    assert parser.meta["og:image"].startswith(f"{ORIGIN}/media/")
    assert parser.meta["twitter:image"] == parser.meta["og:image"]
    hreflang = {link["hreflang"]: link["href"] for link in parser.links if "hreflang" in link}
    assert hreflang == {"de": f"{ORIGIN}{path}", "x-default": f"{ORIGIN}{path}",
                        "en": f"{ORIGIN}/en/article/{article.slug_en}/"}
    feeds = [link["href"] for link in parser.links if link.get("type", "").startswith("application/")]
    assert feeds and all(href.startswith(f"{ORIGIN}/") for href in feeds)
    news = by_type(parser, "NewsArticle")
    assert news["url"] == canonical and news["author"][0]["url"].startswith(f"{ORIGIN}/autor/")
    assert news["publisher"]["@id"] == f"{ORIGIN}/#organization"
    assert news["publisher"]["logo"]["url"].startswith(f"{ORIGIN}/static/")
    assert news["image"][0]["url"].startswith(f"{ORIGIN}/media/")
    crumbs = by_type(parser, "BreadcrumbList")["itemListElement"]
    assert [crumb["item"] for crumb in crumbs] == [f"{ORIGIN}/", f"{ORIGIN}{article.category.get_absolute_url()}",
                                                  f"{ORIGIN}{path}"]


def test_home_page_describes_the_publisher_and_site_search_on_the_host(client, article):
    parser = head(client_on(client), "/en/")
    organization, website = by_type(parser, "NewsMediaOrganization"), by_type(parser, "WebSite")
    assert organization["@id"] == f"{ORIGIN}/#organization" and organization["url"] == f"{ORIGIN}/en/"
    assert website["@id"] == f"{ORIGIN}/#website" and website["publisher"] == {"@id": f"{ORIGIN}/#organization"}
    assert website["potentialAction"]["target"]["urlTemplate"] == f"{ORIGIN}/en/search/?q={{search_term_string}}"


@pytest.mark.parametrize("url", ["/feed/", "/en/feed/atom/", "/hashtag/ki/feed/"])
def test_feeds_link_everything_on_the_host(client, article, url):
    feed = feedparser.parse(get(client, url).content)
    assert feed.feed.link.startswith(f"{ORIGIN}/")
    links = [link["href"] for link in feed.feed.links] + [entry.link for entry in feed.entries]
    links += [entry.id for entry in feed.entries] + [e.href for entry in feed.entries for e in entry.enclosures]
    assert links and all(link.startswith(f"{ORIGIN}/") for link in links), links
    assert f"{ORIGIN}{url}" in [link["href"] for link in feed.feed.links]  # the feed's own address


def test_sitemaps_and_robots_txt_name_the_host(client, article):
    robots = get(client, "/robots.txt").content.decode()
    assert f"Sitemap: {ORIGIN}/sitemap.xml\n" in robots
    index = ElementTree.fromstring(get(client, "/sitemap.xml").content)
    sections = [loc.text for loc in index.findall("sm:sitemap/sm:loc", SM)]
    assert f"{ORIGIN}/sitemap-news.xml" in sections and f"{ORIGIN}/sitemap-articles-de.xml" in sections
    for section in sections:
        root = ElementTree.fromstring(get(client, section.removeprefix(ORIGIN)).content)
        locations = [loc.text for loc in root.findall("sm:url/sm:loc", SM)]
        locations += [link.get("href") for link in root.findall("sm:url/xhtml:link", SM)]
        assert all(location.startswith(f"{ORIGIN}/") for location in locations), (section, locations)
    news = ElementTree.fromstring(get(client, "/sitemap-news.xml").content)
    assert [loc.text for loc in news.findall("sm:url/sm:loc", SM)] == [
        f"{ORIGIN}{article.get_absolute_url()}", f"{ORIGIN}/en/article/{article.slug_en}/"]


def test_api_addresses_are_on_the_host(client, article):
    detail = get(client, f"/api/v1/articles/{article.pk}").json()
    assert detail["url"] == f"{ORIGIN}{article.get_absolute_url()}"
    assert detail["translations"]["en"] == f"{ORIGIN}/en/article/{article.slug_en}/"
    assert detail["image"]["url"].startswith(f"{ORIGIN}/media/")
    assert all(part.startswith(f"{ORIGIN}/media/") for part in detail["image"]["srcset"].split(", "))
    urls = [detail["category"]["url"], detail["author"]["url"], *(tag["url"] for tag in detail["hashtags"])]
    for listing in ["/api/v1/articles", "/api/v1/categories", "/api/v1/hashtags", "/api/v1/authors"]:
        urls += [item["url"] for item in get(client, listing).json()["items"]]
    assert all(url.startswith(f"{ORIGIN}/") for url in urls), urls


def test_behind_the_tls_proxy_links_are_https(client, settings, article):
    settings.SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
    settings.ALLOWED_HOSTS = ["kinews.example"]
    proxied = {"HTTP_HOST": "kinews.example", "HTTP_X_FORWARDED_PROTO": "https"}
    html = client.get(article.get_absolute_url(), **proxied).content.decode()
    assert f'<link rel="canonical" href="https://kinews.example{article.get_absolute_url()}">' in html
    assert "http://kinews.example" not in html
    assert "Sitemap: https://kinews.example/sitemap.xml" in client.get("/robots.txt", **proxied).content.decode()
    feed = feedparser.parse(client.get("/feed/", **proxied).content)
    assert feed.entries[0].link == f"https://kinews.example{article.get_absolute_url()}"
    api = client.get("/api/v1/articles", **proxied).json()
    assert api["items"][0]["url"] == f"https://kinews.example{article.get_absolute_url()}"


def test_a_host_that_is_not_allowed_gets_no_page(client, article):
    assert client.get(article.get_absolute_url(), HTTP_HOST="evil.example").status_code == 400


def test_mail_links_to_site_url_whatever_host_the_form_was_sent_from(client, settings,
                                                                    django_capture_on_commit_callbacks):
    settings.SITE_URL = "https://kinews.example"  # where `make run` or the operator says the site is
    form = {"email": "anna@example.com", "language": "de", "consent": "on", "page": "/", "website": "",
            "stamp": make_stamp(time.time() - 30)}
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post("/newsletter/", form, HTTP_HOST=HOST, HTTP_SEC_FETCH_SITE="same-origin")
    assert response.status_code == 302
    [message] = mail.outbox
    assert "https://kinews.example/newsletter/bestaetigen/" in message.body and HOST not in message.body


def test_make_run_serves_and_mails_links_on_its_own_address():
    root = Path(__file__).resolve().parent.parent
    dry_run = subprocess.run(["make", "-n", "run", "ADDR=127.0.0.1:8101"], cwd=root, capture_output=True, text=True,
                             env={"PATH": "/usr/bin:/bin"}, check=True).stdout
    serve = dry_run.strip().splitlines()[-1]
    assert serve.startswith('SITE_URL="http://127.0.0.1:8101" ') and serve.endswith("runserver 127.0.0.1:8101")
    assert "http://127.0.0.1:8101/" in dry_run  # what it tells the newcomer to open


def test_fragments_shared_by_two_hosts_never_carry_one_hosts_addresses_to_the_other(client, settings):
    settings.FRAGMENT_CACHE_SECONDS = 60
    settings.PAGE_CACHE_SECONDS = 60
    settings.ARTICLES_PER_PAGE = 4
    settings.ALLOWED_HOSTS = ["kinews.example", "localhost"]
    site = build_site()
    hosts = {"kinews.example": "https", HOST: "http"}
    pages = [page for language in ("de", "en") for page in reader_pages(site, language) if page.post is None]
    extra = ["/feed/", "/en/feed/atom/", "/sitemap.xml", "/sitemap-news.xml", "/robots.txt", "/api/v1/articles"]
    rendered = {host: {} for host in hosts}
    for host in [*hosts, *hosts]:  # each host after the other has filled the caches
        proxied = {"HTTP_HOST": host, "HTTP_X_FORWARDED_PROTO": hosts[host]}
        settings.SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
        for path in [page.path for page in pages] + extra:
            rendered[host][path] = client.get(path, **proxied).content.decode()
    assert any(f"{ORIGIN}/#organization" in text for text in rendered[HOST].values())  # JSON-LD from a fragment
    for host, other in [("kinews.example", HOST), (HOST, "kinews.example")]:
        leaks = [path for path, text in rendered[host].items() if re.search(rf"https?://{re.escape(other)}", text)]
        assert not leaks, f"pages on {host} link to {other}: {leaks}"
