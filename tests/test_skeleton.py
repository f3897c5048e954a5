"""Page skeletons (kinews/skeleton.py): article pages for readers without a session, checked against the
database on every request, with the popular list and form stamps filled in fresh."""

import re
from datetime import timedelta

import pytest
import time_machine
from django.core.cache import cache
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from articles.models import Article, RelatedArticle
from articles.selectors import live_version, readable
from kinews import skeleton
from tests.factories import ArticleFactory, KeyFactFactory, PromoFactory, UserFactory

pytestmark = pytest.mark.django_db
STAMP = re.compile(r'name="stamp" value="([^"]+)"')


def page(client, url):
    response = client.get(url)
    assert response.status_code == 200
    return response.content.decode()


def test_a_second_reader_gets_the_page_from_its_skeleton_with_one_query(client, django_assert_num_queries):
    article = ArticleFactory(title_de="Chips aus Europa")
    first = page(client, article.get_absolute_url())
    with django_assert_num_queries(1):  # only: is this article still live, and unchanged?
        second = page(client, article.get_absolute_url())
    assert "Chips aus Europa" in second
    assert STAMP.sub("", first) == STAMP.sub("", second)  # the same page, apart from the form stamps


def test_holes_are_filled_for_every_reader_and_markers_never_leak(client):
    article = ArticleFactory(body_de="<p>Ein Text über hole123x0x und Lücken.</p>")
    with time_machine.travel(timezone.now(), tick=False) as clock:
        first = page(client, article.get_absolute_url())
        clock.shift(5)
        second = page(client, article.get_absolute_url())
    stamps = STAMP.findall(second)
    assert len(stamps) == 2 and stamps != STAMP.findall(first)  # a fresh time trap for every reader
    assert "hole123x0x" in second  # text that merely looks like a marker stays as it is
    assert skeleton._marker() not in first + second


def test_the_popular_box_is_fresh_although_the_page_is_a_skeleton(client, django_capture_on_commit_callbacks):
    article = ArticleFactory()
    other = ArticleFactory(title_de="Alter Titel")
    page(client, article.get_absolute_url())
    assert "Alter Titel" in page(client, article.get_absolute_url()).split('id="popular"')[1]
    with django_capture_on_commit_callbacks(execute=True):
        other.title_de = "Neuer Titel"
        other.save()
    popular = page(client, article.get_absolute_url()).split('id="popular"')[1].split("</section>")[0]
    assert "Neuer Titel" in popular and "Alter Titel" not in popular


@pytest.mark.parametrize("change", ["article", "key fact", "author", "related target"])
def test_every_change_a_page_shows_reaches_its_skeleton(client, django_capture_on_commit_callbacks, monkeypatch,
                                                         change):
    # The worker that recomputes the lists listing a changed article may be busy: pages must not wait for it.
    busy_queue = type("Busy", (), {"enqueue": staticmethod(lambda *args, **kwargs: None)})
    monkeypatch.setattr("articles.tasks.recompute_related", busy_queue)
    article = ArticleFactory(title_de="Vorher")
    other = ArticleFactory(title_de="Nachbar vorher")
    RelatedArticle.objects.create(article=article, language="de", target=other, rank=0, score=1.0)
    url = article.get_absolute_url()
    page(client, url)
    with django_capture_on_commit_callbacks(execute=True):
        if change == "article":
            article.title_de = "Nachher"
            article.save()
        elif change == "key fact":
            KeyFactFactory(article=article, label_de="Nachher")
        elif change == "author":
            article.author.name = "Nachher Autorin"
            article.author.save()
        else:
            other.title_de = "Nachbar nachher"
            other.save()
    html = page(client, url).split('id="popular"')[0]  # the popular box is filled fresh anyway
    if change == "related target":
        html = page(client, url).split('id="related"')[1]
    expected = {"article": "Nachher", "key fact": "Nachher", "author": "Nachher Autorin",
                "related target": "Nachbar nachher"}[change]
    assert expected in html


def test_unpublishing_ends_the_skeleton_even_without_cache_invalidation(client):
    article = ArticleFactory()
    url = article.get_absolute_url()
    page(client, url)
    Article.objects.filter(pk=article.pk).update(status=Article.Status.DRAFT)  # no signals, no invalidation
    assert client.get(url).status_code == 404


def test_staff_with_a_session_never_get_or_make_skeletons(client, django_assert_max_num_queries):
    article = ArticleFactory(title_de="Für alle")
    client.force_login(UserFactory(is_staff=True))
    page(client, article.get_absolute_url())
    assert not [key for key in cache._cache if "skeleton" in key]  # the tests' cache is local memory
    html = page(client, article.get_absolute_url())
    assert "Für alle" in html and skeleton._marker() not in html


def test_no_skeleton_outlives_the_next_promo_change(client):
    article = ArticleFactory()
    starts = timezone.now() + timedelta(minutes=10)  # well within the skeleton's lifetime
    PromoFactory(placement="sidebar", title="Frühjahrskurs", starts_at=starts)
    assert "Frühjahrskurs" not in page(client, article.get_absolute_url())
    with time_machine.travel(starts + timedelta(seconds=1)):
        assert "Frühjahrskurs" in page(client, article.get_absolute_url())


def test_an_unchanged_skeleton_page_answers_conditional_requests(client):
    article = ArticleFactory()
    url = article.get_absolute_url()
    with time_machine.travel(timezone.now(), tick=False):
        page(client, url)
        etag = client.get(url)["ETag"]
        assert client.get(url, headers={"if-none-match": etag}).status_code == 304


def test_a_cache_outage_costs_a_full_render_never_the_page(client, monkeypatch):
    article = ArticleFactory(title_de="Trotz Ausfall")
    page(client, article.get_absolute_url())

    def broken(*args, **kwargs):
        raise ConnectionError("cache down")

    monkeypatch.setattr(cache, "get_many", broken)
    assert "Trotz Ausfall" in page(client, article.get_absolute_url())


def test_turned_off_every_request_renders_the_page(client, settings):
    settings.PAGE_SKELETON_SECONDS = 0
    article = ArticleFactory()
    page(client, article.get_absolute_url())
    with CaptureQueriesContext(connection) as queries:
        page(client, article.get_absolute_url())
    assert len(queries) >= 5


def test_the_live_version_lookup_agrees_with_the_querysets():
    live = ArticleFactory()
    cases = [
        (live, "de"), (live, "en"),
        (ArticleFactory(draft=True), "de"),
        (ArticleFactory(scheduled=True), "de"),
        (ArticleFactory(body_en=""), "en"),  # English incomplete
        (ArticleFactory(body_en=""), "de"),
    ]
    for article, language in cases:
        slug = getattr(article, f"slug_{language}")
        expected = readable(language).filter(**{f"slug_{language}": slug}).first()
        version = live_version(slug=slug, language=language)
        assert (version is not None) == (expected is not None), (article, language)
        if expected is not None:
            assert version.startswith(f"{expected.pk}:")
    assert live_version(slug="gibt-es-nicht", language="de") is None
    with pytest.raises(ValueError):
        live_version(slug="x", language="fr")


def test_a_changed_article_gets_a_new_version():
    article = ArticleFactory()
    before = live_version(slug=article.slug_de, language="de")
    with time_machine.travel(timezone.now() + timedelta(seconds=2)):
        article.title_de = "Geändert"
        article.save()
    assert live_version(slug=article.slug_de, language="de") != before


def test_a_page_that_uses_the_csp_nonce_is_never_stored_as_a_skeleton(rf, settings):
    from django.template import engines
    from django.template.response import TemplateResponse
    from django.utils.csp import LazyNonce

    request = rf.get("/artikel/mit-skript/")
    request._csp_nonce = LazyNonce()
    template = engines["django"].from_string("<script nonce='{{ csp_nonce }}'></script>")
    response = skeleton.render_and_store(
        request, TemplateResponse(request, template, {"csp_nonce": request._csp_nonce}), version="1:x", tags=["site"]
    )
    assert str(request._csp_nonce) in response.content.decode()
    assert not [key for key in cache._cache if "skeleton" in key]


def test_a_skeleton_stored_with_more_tags_than_expected_still_obeys_all_of_them(rf):
    from django.template import engines
    from django.template.response import TemplateResponse

    from kinews.pagecache import invalidate

    request = rf.get("/artikel/mehr-tags/")
    template = engines["django"].from_string("<p>Seite</p>")
    skeleton.render_and_store(request, TemplateResponse(request, template, {}), version="1:x",
                              tags=["site", "article:1", "extra"])
    assert skeleton.load(request, version="1:x", tags=("site", "article:1")).content == b"<p>Seite</p>"
    invalidate({"extra"})
    assert skeleton.load(request, version="1:x", tags=("site", "article:1")) is None
