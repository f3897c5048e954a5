import json
import re
from html.parser import HTMLParser

import pytest

from pages.models import SocialLink
from tests.factories import ArticleFactory, SourceFactory, image_file

pytestmark = pytest.mark.django_db
SITE = "http://testserver"  # the test client's host: pages link to the host they are asked for


class HeadParser(HTMLParser):
    """Collects <meta>, <link> and JSON-LD blocks the way a crawler reads them."""

    def __init__(self):
        super().__init__()
        self.meta, self.links, self.json_ld, self._in_ld = {}, [], [], False

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "meta" and ("property" in attrs or "name" in attrs):
            self.meta[attrs.get("property") or attrs["name"]] = attrs.get("content")
        elif tag == "link":
            self.links.append(attrs)
        elif tag == "script" and attrs.get("type") == "application/ld+json":
            self._in_ld = True

    def handle_endtag(self, tag):
        self._in_ld = False if tag == "script" else self._in_ld

    def handle_data(self, data):
        if self._in_ld:
            self.json_ld.append(json.loads(data))


def head(client, url) -> HeadParser:
    response = client.get(url)
    assert response.status_code == 200
    parser = HeadParser()
    parser.feed(response.content.decode())
    return parser


def by_type(parser, schema_type) -> dict:
    return next(data for data in parser.json_ld if data["@type"] == schema_type)


@pytest.fixture
def article(django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        article = ArticleFactory(
            title_de="Roboter falten Wäsche", title_en="Robots fold laundry",
            teaser_de="Ein Forschungsteam bringt Robotern das Falten bei.", hashtags=["Robotik", "KI"],
            image=image_file(size=(1600, 900)), image_alt_de="Ein Roboterarm faltet ein Hemd",
        )
    SourceFactory(article=article, title_de="Die Studie", title_en="The study", url="https://example.org/studie",
                  publisher="Uni X")
    return article


def test_article_head_has_canonical_hreflang_description_and_social_cards(client, article):
    parser = head(client, article.get_absolute_url())
    links = {(link["rel"], link.get("hreflang")): link["href"] for link in parser.links if "hreflang" in link
             or link["rel"] == "canonical"}
    german = f"{SITE}/artikel/roboter-falten-waesche/"
    assert links[("canonical", None)] == german
    assert links[("alternate", "de")] == german and links[("alternate", "x-default")] == german
    assert links[("alternate", "en")] == f"{SITE}/en/article/robots-fold-laundry/"
    assert parser.meta["description"] == "Ein Forschungsteam bringt Robotern das Falten bei."
    assert parser.meta["og:type"] == "article" and parser.meta["og:url"] == german
    assert parser.meta["og:title"] == "Roboter falten Wäsche | kinews"
    # The social image is the 1440 px rendition (the smallest at least 1200 wide), with its size.
    assert parser.meta["og:image"].endswith("-1440.webp") and parser.meta["og:image"].startswith(SITE)
    assert (parser.meta["og:image:width"], parser.meta["og:image:height"]) == ("1440", "810")
    assert parser.meta["og:image:alt"] == "Ein Roboterarm faltet ein Hemd"
    assert parser.meta["twitter:card"] == "summary_large_image"
    assert parser.meta["twitter:image"] == parser.meta["og:image"]


def test_article_json_ld_is_a_complete_news_article(client, article):
    parser = head(client, f"/en/article/{article.slug_en}/")
    data = by_type(parser, "NewsArticle")
    assert data["@context"] == "https://schema.org"
    assert data["headline"] == "Robots fold laundry"
    assert data["description"] == "A short teaser in English."
    assert data["inLanguage"] == "en"
    assert data["image"][0]["url"].endswith("-1440.webp")
    assert data["datePublished"].startswith(str(article.published_at.year)) and data["dateModified"]
    assert data["author"] == [{"@type": "Person", "name": article.author.name,
                               "url": f"{SITE}/en/author/{article.author.slug}/"}]
    assert data["publisher"]["name"] == "kinews"
    assert data["publisher"]["logo"]["url"] == f"{SITE}/static/img/logo.png"
    assert sorted(data["keywords"]) == ["KI", "Robotik"]
    assert data["citation"] == [{"@type": "CreativeWork", "name": "The study", "url": "https://example.org/studie",
                                 "publisher": "Uni X"}]
    assert data["articleSection"] == article.category.name_en
    crumbs = by_type(parser, "BreadcrumbList")["itemListElement"]
    assert [c["name"] for c in crumbs] == ["kinews", article.category.name_en, "Robots fold laundry"]
    assert crumbs[-1]["item"] == f"{SITE}/en/article/{article.slug_en}/"


def test_seo_fields_override_title_and_description_per_language(client):
    article = ArticleFactory(seo_title_de="Kurzer SEO-Titel", seo_description_de="Eigene Beschreibung.",
                             title_en="English title")
    german = head(client, article.get_absolute_url())
    assert german.meta["og:title"] == "Kurzer SEO-Titel | kinews"
    assert german.meta["description"] == "Eigene Beschreibung."
    assert by_type(german, "NewsArticle")["description"] == "Eigene Beschreibung."
    # No English override: English defaults, never the German SEO text.
    english = head(client, f"/en/article/{article.slug_en}/")
    assert english.meta["og:title"] == "English title | kinews"
    assert english.meta["description"] == "A short teaser in English."


def test_json_ld_cannot_break_out_of_its_script_element(client):
    article = ArticleFactory(title_de="</script><script>alert(1)</script>")
    html = client.get(article.get_absolute_url()).content.decode()
    assert "<script>alert(1)" not in html
    assert "\\u003C/script\\u003E" in html
    parser = HeadParser()
    parser.feed(html)
    assert by_type(parser, "NewsArticle")["headline"] == "</script><script>alert(1)</script>"


def test_home_has_organization_and_website_with_search_action(client):
    SocialLink.objects.create(name="Mastodon", url="https://social.example/@kinews")
    ArticleFactory()
    parser = head(client, "/")
    organization = by_type(parser, "NewsMediaOrganization")
    assert organization["sameAs"] == ["https://social.example/@kinews"]
    assert organization["logo"]["url"] == f"{SITE}/static/img/logo.png"
    website = by_type(parser, "WebSite")
    assert website["potentialAction"]["@type"] == "SearchAction"
    assert website["potentialAction"]["target"]["urlTemplate"] == f"{SITE}/suche/?q={{search_term_string}}"
    assert website["potentialAction"]["query-input"] == "required name=search_term_string"
    assert parser.meta["og:image"] == f"{SITE}/static/img/logo.png"
    english = by_type(head(client, "/en/"), "WebSite")
    assert english["potentialAction"]["target"]["urlTemplate"] == f"{SITE}/en/search/?q={{search_term_string}}"


def test_list_pages_have_breadcrumbs_and_a_canonical_with_page_number(client, settings):
    settings.ARTICLES_PER_PAGE = 1
    article = ArticleFactory()
    ArticleFactory(category=article.category)
    url = article.category.get_absolute_url()
    parser = head(client, url + "?page=2&utm_source=x")
    canonical = next(link["href"] for link in parser.links if link["rel"] == "canonical")
    assert canonical == f"{SITE}{url}?page=2"
    crumbs = by_type(parser, "BreadcrumbList")["itemListElement"]
    assert [c["item"] for c in crumbs] == [f"{SITE}/", f"{SITE}{url}"]


def test_draft_preview_is_marked_noindex(client):
    from tests.factories import UserFactory

    article = ArticleFactory(draft=True)
    client.force_login(UserFactory(is_superuser=True))
    assert head(client, article.get_absolute_url()).meta["robots"] == "noindex, nofollow"


def test_article_sidebar_shows_follow_us_links_with_accessible_labels(client):
    SocialLink.objects.create(name="Mastodon", url="https://social.example/@kinews")
    html = client.get(ArticleFactory().get_absolute_url()).content.decode()
    sidebar = html[html.index('<aside class="sidebar"'):html.index("</aside>", html.index('<aside class="sidebar"'))]
    assert 'id="follow-us-heading"' in sidebar
    assert re.search(r'href="https://social.example/@kinews" rel="noopener me" aria-label="kinews auf Mastodon"',
                     sidebar)
