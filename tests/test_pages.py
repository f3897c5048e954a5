import pytest
from django.urls import reverse
from django.utils import translation

from tests.factories import ArticleFactory, AuthorFactory, CategoryFactory, KeyFactFactory, SourceFactory, UserFactory

pytestmark = pytest.mark.django_db


def english(view_name, **kwargs):
    with translation.override("en"):
        return reverse(view_name, kwargs=kwargs or None)


def test_home_shows_lead_story_latest_and_category_rows(client):
    older = ArticleFactory(title_de="Älterer Beitrag")
    lead = ArticleFactory(title_de="Die Aufmacher-Geschichte", category=older.category)
    ArticleFactory(draft=True, title_de="Geheimer Entwurf")
    response = client.get("/")
    html = response.content.decode()
    assert response.status_code == 200
    assert html.index("Die Aufmacher-Geschichte") < html.index("Älterer Beitrag")
    assert lead.category.name_de in html
    assert "Geheimer Entwurf" not in html
    assert 'lang="de"' in html


def test_english_home_is_under_en_and_in_english(client):
    ArticleFactory(title_de="Deutscher Titel", title_en="English headline")
    response = client.get("/en/")
    html = response.content.decode()
    assert response.status_code == 200 and 'lang="en"' in html
    assert "English headline" in html and "Deutscher Titel" not in html
    assert "Latest" in html


def test_article_page_shows_the_whole_anatomy(client):
    article = ArticleFactory(hashtags=["KI", "LLM"], key_facts_heading_de="")
    KeyFactFactory(article=article, label_de="Wer", text_de="Ein Forschungsteam.")
    SourceFactory(article=article, title_de="Die Studie", url="https://example.org/studie")
    response = client.get(article.get_absolute_url())
    html = response.content.decode()
    assert response.status_code == 200
    for part in ('id="key-facts"', 'id="sources"', 'id="hashtags"', 'id="author-box"', 'id="popular"'):
        assert part in html
    assert "Das musst Du wissen" in html
    assert "<strong>Wer:</strong> Ein Forschungsteam." in html
    assert 'href="https://example.org/studie"' in html
    assert 'href="/hashtag/ki/"' in html
    assert article.author.get_absolute_url() in html
    assert html.count("<h1") == 1


def test_article_page_lists_related_articles_of_its_category(client):
    article = ArticleFactory()
    neighbour = ArticleFactory(category=article.category, title_de="Nachbar im Ressort")
    response = client.get(article.get_absolute_url())
    assert 'id="related"' in response.content.decode()
    assert neighbour.title_de in response.content.decode()


def test_english_article_page_uses_english_slug_texts_and_links_its_translation(client):
    article = ArticleFactory(title_en="Robots learn to fold laundry", title_de="Roboter lernen Wäsche falten")
    url_de = article.get_absolute_url()
    url_en = english("articles:detail", slug=article.slug_en)
    assert (url_de, url_en) == ("/artikel/roboter-lernen-waesche-falten/", "/en/article/robots-learn-to-fold-laundry/")
    response = client.get(url_en)
    html = response.content.decode()
    assert "Robots learn to fold laundry</h1>" in html
    assert f'hreflang="de" href="http://testserver{url_de}"' in html
    assert f'hreflang="x-default" href="http://testserver{url_de}"' in html
    assert f'hreflang="en" href="http://testserver{url_en}"' in html
    assert f'href="{url_de}" hreflang="de"' in html  # language switcher


def test_english_address_of_an_untranslated_article_redirects_to_the_german_page(client):
    # Readers of /en/ never get a half-translated page (issue 8): the German original instead.
    article = ArticleFactory(title_de="Nur Deutsch vorhanden", title_en="", teaser_en="")
    url_de = article.get_absolute_url()
    response = client.get(english("articles:detail", slug=article.slug_en))
    assert response.status_code == 302 and response["Location"] == url_de
    assert "Nur Deutsch vorhanden" in client.get(response["Location"]).content.decode()


@pytest.mark.parametrize("trait", ["draft", "scheduled"])
def test_unpublished_articles_are_404_for_readers(client, trait):
    article = ArticleFactory(**{trait: True})
    assert client.get(article.get_absolute_url()).status_code == 404


def test_staff_can_preview_a_draft_marked_noindex_and_uncached(client):
    article = ArticleFactory(draft=True, title_de="Noch geheim")
    client.force_login(UserFactory(is_superuser=True))
    response = client.get(article.get_absolute_url())
    assert response.status_code == 200
    assert "Vorschau" in response.content.decode()
    assert response["X-Robots-Tag"] == "noindex, nofollow"
    assert "no-cache" in response["Cache-Control"]


def test_category_page_lists_only_its_published_articles(client):
    category = CategoryFactory(name_de="Robotik", name_en="Robotics")
    mine = ArticleFactory(category=category)
    other = ArticleFactory()
    hidden = ArticleFactory(category=category, draft=True)
    response = client.get(category.get_absolute_url())
    html = response.content.decode()
    assert response.status_code == 200 and "<h1>Robotik</h1>" in html
    assert mine.title_de in html and other.title_de not in html and hidden.title_de not in html
    response_en = client.get(english("articles:category", slug=category.slug_en))
    assert "<h1>Robotics</h1>" in response_en.content.decode()


def test_hashtag_page_lists_tagged_articles(client):
    tagged = ArticleFactory(hashtags=["Robotik"])
    untagged = ArticleFactory()
    response = client.get("/hashtag/robotik/")
    html = response.content.decode()
    assert response.status_code == 200 and "#Robotik" in html
    assert tagged.title_de in html and untagged.title_de not in html
    assert client.get("/en/hashtag/robotik/").status_code == 200


def test_author_page_shows_bio_and_articles(client):
    author = AuthorFactory(name="Anna Beispiel", bio_de="Schreibt über Chips.", bio_en="Writes about chips.")
    article = ArticleFactory(author=author)
    response = client.get(author.get_absolute_url())
    html = response.content.decode()
    assert "Anna Beispiel" in html and "Schreibt über Chips." in html and article.title_de in html
    assert "Writes about chips." in client.get(english("articles:author", slug=author.slug)).content.decode()


def test_lists_are_paginated(client, settings):
    settings.ARTICLES_PER_PAGE = 2
    category = CategoryFactory()
    ArticleFactory.create_batch(5, category=category)
    first = client.get(category.get_absolute_url())
    assert len(first.context["articles"]) == 2
    assert 'rel="next"' in first.content.decode()
    assert len(client.get(category.get_absolute_url() + "?page=3").context["articles"]) == 1
    assert client.get(category.get_absolute_url() + "?page=9").status_code == 404


@pytest.mark.parametrize("url", ["/artikel/gibt-es-nicht/", "/kategorie/nein/", "/hashtag/nein/", "/autor/nein/",
                                 "/en/article/missing/", "/voellig/falsch/"])
def test_unknown_pages_are_a_styled_404(client, url):
    response = client.get(url)
    assert response.status_code == 404
    assert "Zur Startseite" in response.content.decode() or "To the home page" in response.content.decode()


def test_article_page_query_count_does_not_grow_with_facts_sources_and_hashtags(client, django_assert_max_num_queries):
    article = ArticleFactory(hashtags=[f"Tag{n}" for n in range(30)])
    KeyFactFactory.create_batch(20, article=article)
    SourceFactory.create_batch(30, article=article)
    ArticleFactory.create_batch(6, category=article.category)
    with django_assert_max_num_queries(12):
        response = client.get(article.get_absolute_url())
    html = response.content.decode()
    assert html.count("<li><strong>") == 20
    assert html.count('rel="noopener noreferrer nofollow"') == 30
    assert html.count('href="/hashtag/tag') == 30


def test_home_query_count_is_bounded(client, django_assert_max_num_queries):
    for category in CategoryFactory.create_batch(6):
        ArticleFactory.create_batch(5, category=category, hashtags=["KI"])
    with django_assert_max_num_queries(15):
        response = client.get("/")
    assert response.status_code == 200
    assert len(response.context["category_rows"]) == 6


def test_anonymous_reader_gets_no_cookies(client):
    article = ArticleFactory()
    for url in ["/", article.get_absolute_url(), article.category.get_absolute_url(), "/en/"]:
        response = client.get(url)
        assert response.cookies == {}, url


def test_german_page_of_an_article_without_english_body_is_served_not_redirected(client):
    # (A German body is needed to publish at all: the readable rule checks title, teaser and body in German too.)
    article = ArticleFactory(body_en="")
    response = client.get(article.get_absolute_url())
    assert response.status_code == 200
