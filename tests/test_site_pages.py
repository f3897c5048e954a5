import re

import pytest
from django.utils import translation

from pages.models import Page, SocialLink
from tests.factories import ArticleFactory, AuthorFactory, PageFactory

pytestmark = pytest.mark.django_db

LEGAL_KEYS = [Page.Key.IMPRINT, Page.Key.PRIVACY, Page.Key.ABOUT, Page.Key.CONSULTING]


@pytest.fixture
def legal_pages():
    return {key: PageFactory(key=key, title_de=f"DE {key}", title_en=f"EN {key}") for key in LEGAL_KEYS}


@pytest.mark.parametrize(("url", "title"), [
    ("/impressum/", "DE imprint"), ("/datenschutz/", "DE privacy"), ("/ueber-uns/", "DE about"),
    ("/beratung/", "DE consulting"), ("/en/legal-notice/", "EN imprint"), ("/en/privacy/", "EN privacy"),
    ("/en/about/", "EN about"), ("/en/consulting/", "EN consulting"),
])
def test_legal_pages_have_fixed_addresses_in_both_languages(client, legal_pages, url, title):
    response = client.get(url)
    assert response.status_code == 200
    assert f"<h1 id=\"page-title\">{title}</h1>" in response.content.decode()


def test_a_page_without_a_role_lives_under_its_slug_in_each_language(client):
    page = PageFactory(title_de="Presse", title_en="Press")
    assert client.get("/seite/presse/").status_code == 200
    with translation.override("en"):
        assert page.get_absolute_url() == "/en/page/press/"
    assert "English page text." in client.get("/en/page/press/").content.decode()


def test_unpublished_pages_are_hidden(client):
    PageFactory(key=Page.Key.IMPRINT, is_published=False)
    PageFactory(title_de="Entwurfsseite", is_published=False)
    assert client.get("/impressum/").status_code == 404
    assert client.get("/seite/entwurfsseite/").status_code == 404


def test_page_body_is_sanitised():
    page = PageFactory(body_de='<p>Hallo</p><script>alert(1)</script><a href="javascript:x()">k</a>')
    assert "<script" not in page.body_de and "javascript:" not in page.body_de


def test_footer_links_the_legal_pages_and_follow_us_on_every_page_type(client, legal_pages):
    SocialLink.objects.create(name="Mastodon", url="https://mastodon.example/@kinews")
    article = ArticleFactory(hashtags=["KI"])
    author = AuthorFactory()
    urls = ["/", "/artikel/", article.get_absolute_url(), article.category.get_absolute_url(), "/hashtag/ki/",
            author.get_absolute_url(), "/datenschutz/", "/gibt-es-nicht/"]
    for url in urls:
        html = client.get(url).content.decode()
        footer = html[html.index('<footer class="site-footer">'):]
        for link in ('href="/impressum/"', 'href="/datenschutz/"', 'href="/ueber-uns/"', 'href="/beratung/"',
                     'href="https://mastodon.example/@kinews"', 'aria-label="kinews auf Mastodon"'):
            assert link in footer, (url, link)
    english = client.get("/en/").content.decode()
    assert 'href="/en/legal-notice/"' in english and 'href="/en/privacy/"' in english
    assert ">Legal notice<" in english and ">Privacy<" in english


def test_no_page_sets_cookies_for_anonymous_readers(client, legal_pages):
    article = ArticleFactory(hashtags=["KI"])
    urls = ["/", "/en/", "/artikel/", article.get_absolute_url(), article.category.get_absolute_url(),
            "/hashtag/ki/", article.author.get_absolute_url(), "/impressum/", "/datenschutz/", "/en/privacy/",
            "/ueber-uns/", "/beratung/", "/gibt-es-nicht/"]
    for url in urls:
        response = client.get(url)
        assert response.status_code in (200, 404)
        assert not response.cookies, url
        assert "Set-Cookie" not in response.headers, url


def test_header_menu_works_without_javascript(client):
    html = client.get("/").content.decode()
    # JSON-LD blocks are data for search engines, not JavaScript.
    executable = re.sub(r'<script type="application/ld\+json"[^>]*>.*?</script>', "", html, flags=re.S)
    assert "<details" in html and "<summary>" in html and "<script" not in executable
