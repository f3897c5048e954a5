from datetime import timedelta

import pytest
from django.utils import timezone

from articles import services
from articles.models import Article
from tests.factories import ArticleFactory

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize("status", [Article.Status.PUBLISHED, Article.Status.DRAFT])
@pytest.mark.parametrize("offset", [timedelta(hours=-1), timedelta(hours=1)])
@pytest.mark.parametrize("english", ["complete", "no body", "no teaser", "no title"])
def test_readers_see_only_published_articles_whose_time_has_come_in_languages_they_are_complete_in(
    status, offset, english
):
    missing = {"complete": {}, "no body": {"body_en": ""}, "no teaser": {"teaser_en": ""}, "no title": {"title_en": ""}}
    article = ArticleFactory(status=status, published_at=timezone.now() + offset, **missing[english])
    live = status == Article.Status.PUBLISHED and offset < timedelta(0)
    expected = {"de": live, "en": live and english == "complete"}
    for language, visible in expected.items():
        # The queryset rule and the instance rule agree, for the stored and for a loaded article.
        assert (article in Article.objects.readable(language)) is visible
        assert Article.objects.get(pk=article.pk).is_readable(language) is visible
        assert article.is_readable(language) is visible


@pytest.mark.parametrize("german", ["no body", "no teaser"])
def test_an_article_without_its_german_teaser_or_body_is_read_by_nobody(german):
    # A draft may lack them; should such an article ever be published (a script, an import), readers never get a
    # page without teaser or body, in German or English.
    missing = {"no body": {"body_de": ""}, "no teaser": {"teaser_de": ""}}[german]
    article = ArticleFactory(**missing)
    for language in ("de", "en"):
        assert article not in Article.objects.readable(language)
        assert not Article.objects.get(pk=article.pk).is_readable(language)
    assert not article.is_live


def test_scheduled_article_becomes_readable_once_its_time_is_reached():
    article = ArticleFactory(scheduled=True)
    assert article in Article.objects.scheduled() and article.is_scheduled
    Article.objects.filter(pk=article.pk).update(published_at=timezone.now() - timedelta(seconds=1))
    assert article in Article.objects.readable("de") and article not in Article.objects.scheduled()


def test_publishing_without_a_time_sets_it_to_now():
    article = ArticleFactory(draft=True)
    assert article.published_at is None
    article.status = Article.Status.PUBLISHED
    services.save_article(article)
    assert abs(article.published_at - timezone.now()) < timedelta(seconds=5)
    assert article in Article.objects.readable("de")


def test_the_front_page_has_the_newest_articles_and_the_newest_few_of_each_category_in_two_queries(
    django_assert_num_queries,
):
    first, second = ArticleFactory(), ArticleFactory()
    for hours in range(2, 7):
        ArticleFactory(category=first.category, published_at=timezone.now() - timedelta(hours=hours))
    ArticleFactory(category=second.category, draft=True)
    with django_assert_num_queries(2):  # ids, then every card's article at the first one asked for
        front = Article.objects.readable("de").front_page(latest=4, per_category=3)
        latest = [card.article for card in front.latest]
        rows = {category: [card.article for card in row] for category, row in front.by_category.items()}
    assert latest == list(Article.objects.readable("de").order_by("-published_at", "-pk")[:4])
    newest_three = list(Article.objects.filter(category=first.category).order_by("-published_at")[:3])
    assert rows[first.category_id] == newest_three
    assert rows[second.category_id] == [second]


def test_cards_leave_the_body_unloaded_but_can_still_read_it(django_assert_num_queries):
    ArticleFactory(body_de="<p>Langer Text</p>")
    card = Article.objects.readable("de").for_cards().get()
    assert "body_de" in card.get_deferred_fields()
    with django_assert_num_queries(1):
        assert card.body_de == "<p>Langer Text</p>"
