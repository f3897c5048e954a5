import html
from datetime import timedelta
from xml.etree import ElementTree

import feedparser
import pytest
from django.utils import timezone

from articles import services
from tests.factories import ArticleFactory, AuthorFactory, CategoryFactory

pytestmark = pytest.mark.django_db


def parse(client, url, **headers):
    response = client.get(url, **headers)
    assert response.status_code == 200, url
    feed = feedparser.parse(response.content)
    assert not feed.bozo, (url, feed.get("bozo_exception"))
    return response, feed


def test_site_feeds_are_valid_rss_and_atom_with_only_published_articles(client):
    ArticleFactory(title_de="Veröffentlicht", teaser_de="Der ganze Teaser, nicht gekürzt. " * 5)
    ArticleFactory(title_de="Entwurf", draft=True)
    ArticleFactory(title_de="Geplant", scheduled=True)
    response, rss = parse(client, "/feed/")
    assert response["Content-Type"].startswith("application/rss+xml")
    assert rss.version == "rss20"
    assert [entry.title for entry in rss.entries] == ["Veröffentlicht"]
    assert rss.entries[0].summary == ("Der ganze Teaser, nicht gekürzt. " * 5).strip()
    _response, atom = parse(client, "/feed/atom/")
    assert atom.version == "atom10"
    assert [entry.title for entry in atom.entries] == ["Veröffentlicht"]


def test_feed_items_carry_author_categories_hashtags_and_the_image(client, django_capture_on_commit_callbacks):
    from tests.factories import image_file

    author = AuthorFactory(name="Anna Beispiel")
    with django_capture_on_commit_callbacks(execute=True):
        article = ArticleFactory(author=author, hashtags=["KI", "Robotik"], image=image_file(size=(1600, 900)))
    _response, rss = parse(client, "/feed/")
    entry = rss.entries[0]
    assert entry.author_detail.name == "Anna Beispiel" or "Anna Beispiel" in entry.author
    assert {tag.term for tag in entry.tags} == {article.category.name_de, "#KI", "#Robotik"}
    enclosure = entry.enclosures[0]
    assert enclosure.type == "image/webp" and enclosure.href.endswith("-1080.webp") and int(enclosure.length) > 0
    assert entry.media_content[0]["width"] == "1080" and entry.media_content[0]["medium"] == "image"
    assert entry.link == f"http://testserver{article.get_absolute_url()}"
    _response, atom = parse(client, "/feed/atom/")
    assert atom.entries[0].media_content[0]["url"] == enclosure.href


def test_english_feed_is_in_english_with_english_links(client):
    article = ArticleFactory(title_de="Roboter falten Wäsche", title_en="Robots fold laundry")
    _response, feed = parse(client, "/en/feed/")
    assert feed.feed.language == "en"
    assert feed.entries[0].title == "Robots fold laundry"
    assert feed.entries[0].link.endswith(f"/en/article/{article.slug_en}/")


def test_category_hashtag_and_author_feeds_hold_only_their_articles(client):
    category = CategoryFactory(name_de="Robotik", name_en="Robotics")
    author = AuthorFactory()
    in_category = ArticleFactory(category=category, title_de="In der Kategorie")
    tagged = ArticleFactory(hashtags=["Chips"], title_de="Mit Hashtag")
    by_author = ArticleFactory(author=author, title_de="Von der Autorin")
    ArticleFactory(category=category, draft=True, title_de="Entwurf in der Kategorie")
    cases = {
        f"/kategorie/{category.slug_de}/feed/": in_category,
        f"/en/category/{category.slug_en}/feed/atom/": in_category,
        "/hashtag/chips/feed/": tagged,
        "/en/hashtag/chips/feed/atom/": tagged,
        f"/autor/{author.slug}/feed/": by_author,
        f"/en/author/{author.slug}/feed/atom/": by_author,
    }
    for url, expected in cases.items():
        _response, feed = parse(client, url)
        assert [entry.link.rsplit("/", 2)[-2] for entry in feed.entries] == [
            expected.slug_en if url.startswith("/en/") else expected.slug_de
        ], url
    assert client.get("/kategorie/gibt-es-nicht/feed/").status_code == 404


def test_feeds_answer_conditional_requests_with_304(client):
    article = ArticleFactory()
    first = client.get("/feed/")
    etag, last_modified = first["ETag"], first["Last-Modified"]
    assert client.get("/feed/", headers={"if-none-match": etag}).status_code == 304
    assert client.get("/feed/", headers={"if-modified-since": last_modified}).status_code == 304
    # A change makes the feed new again.
    article.title_de = "Neuer Titel"
    article.updated_at = timezone.now() + timedelta(seconds=2)
    services.save_article(article)
    assert client.get("/feed/", headers={"if-none-match": etag}).status_code == 200


def test_a_deleted_article_changes_the_etag(client):
    keep, drop = ArticleFactory(), ArticleFactory()
    etag = client.get("/feed/")["ETag"]
    services.delete_article(drop)
    assert client.get("/feed/", headers={"if-none-match": etag}).status_code == 200
    assert keep.title_de in client.get("/feed/").content.decode()


def test_pages_announce_their_feeds(client):
    article = ArticleFactory(hashtags=["KI"])
    home = client.get("/").content.decode()
    assert '<link rel="alternate" type="application/rss+xml" title="kinews" href="http://testserver/feed/">' in home
    assert 'type="application/atom+xml"' in home
    category_page = client.get(article.category.get_absolute_url()).content.decode()
    assert f'href="http://testserver/kategorie/{article.category.slug_de}/feed/"' in category_page
    assert 'href="http://testserver/hashtag/ki/feed/atom/"' in client.get("/hashtag/ki/").content.decode()
    english_author = client.get(f"/en/author/{article.author.slug}/").content.decode()
    assert f'href="http://testserver/en/author/{article.author.slug}/feed/"' in english_author


def test_feed_query_count_is_bounded(client, django_assert_max_num_queries):
    for n in range(20):
        ArticleFactory(hashtags=[f"Tag{n}", "KI"])
    with django_assert_max_num_queries(6):
        response = client.get("/feed/")
    assert response.status_code == 200


def test_english_feed_leaves_out_articles_not_translated_yet(client):
    ArticleFactory(title_de="Nur auf Deutsch", title_en="", teaser_en="", body_en="")
    _response, feed = parse(client, "/en/feed/")
    assert feed.entries == []
    _response, german = parse(client, "/feed/")
    assert [entry.title for entry in german.entries] == ["Nur auf Deutsch"]


HOSTILE_TEXTS = ['"><svg/onload=alert(1)>', "AT&T a<b & 'c' \"d\""]


def reader_visible(detail) -> str:
    """The text a feed reader shows for a field: HTML-typed fields rendered, plain text as it is.

    An HTML-typed field holding a raw "<" carries markup (or what a browser takes for it): never allowed.
    """
    if detail["type"] != "text/html":
        return detail["value"]
    assert "<" not in detail["value"], f"markup in an HTML-typed field: {detail['value']!r}"
    return html.unescape(detail["value"])


@pytest.mark.parametrize("text", HOSTILE_TEXTS)
def test_reader_texts_arrive_in_feeds_as_text_never_as_markup(client, text):
    category = CategoryFactory(name_de=text, description_de=text)
    author = AuthorFactory(name=text, role="")
    ArticleFactory(title_de=text, teaser_de=text, category=category, author=author, hashtags=[text])
    urls = ["/feed/", f"/kategorie/{category.slug_de}/feed/", f"/autor/{author.slug}/feed/"]
    for url in urls + [f"{url}atom/" for url in urls]:
        response, feed = parse(client, url)
        # Well-formed XML whose only elements are the feed formats' own: nothing was injected.
        tree = ElementTree.fromstring(response.content)
        assert not [element.tag for element in tree.iter() if "svg" in element.tag.lower()], url
        assert not [name for element in tree.iter() for name in element.attrib if "onload" in name.lower()], url
        entry = feed.entries[0]
        assert reader_visible(entry.title_detail) == text, url
        assert reader_visible(entry.summary_detail) == text, url
        assert entry.author_detail.name == text and {tag.term for tag in entry.tags} == {text, f"#{text}"}, url
        if "kategorie" in url:
            assert reader_visible(feed.feed.title_detail) == f"kinews – {text}", url
            assert reader_visible(feed.feed.subtitle_detail) == text, url


def test_control_characters_in_a_teaser_do_not_break_the_feed(client):
    ArticleFactory(title_de="Zeile\x0beins", teaser_de="Eins\x0bzwei\x1fdrei")
    for url in ("/feed/", "/feed/atom/"):
        _response, feed = parse(client, url)
        assert feed.entries[0].title == "Zeileeins" and reader_visible(feed.entries[0].summary_detail) == "Einszweidrei"
