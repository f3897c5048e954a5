from datetime import timedelta

import pytest
from django.utils import timezone

from articles.models import Article
from tests.factories import ArticleFactory

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    ("status", "offset", "visible"),
    [
        (Article.Status.PUBLISHED, timedelta(hours=-1), True),
        (Article.Status.PUBLISHED, timedelta(hours=1), False),  # scheduled
        (Article.Status.DRAFT, timedelta(hours=-1), False),
        (Article.Status.DRAFT, timedelta(hours=1), False),
    ],
)
def test_published_shows_only_published_articles_whose_time_has_come(status, offset, visible):
    article = ArticleFactory(status=status, published_at=timezone.now() + offset)
    assert (article in Article.objects.published()) is visible


def test_scheduled_article_becomes_visible_once_its_time_is_reached():
    article = ArticleFactory(scheduled=True)
    assert article in Article.objects.scheduled()
    Article.objects.filter(pk=article.pk).update(published_at=timezone.now() - timedelta(seconds=1))
    assert article in Article.objects.published()


def test_publishing_without_a_time_sets_it_to_now():
    article = ArticleFactory(draft=True)
    assert article.published_at is None
    article.status = Article.Status.PUBLISHED
    article.save()
    assert abs(article.published_at - timezone.now()) < timedelta(seconds=5)
    assert article in Article.objects.published()


def test_latest_per_category_returns_the_newest_few_of_each_category_in_one_query(django_assert_num_queries):
    first, second = ArticleFactory(), ArticleFactory()
    for hours in range(2, 7):
        ArticleFactory(category=first.category, published_at=timezone.now() - timedelta(hours=hours))
    with django_assert_num_queries(1):
        rows = list(Article.objects.published().latest_per_category(3))
    assert [a.category_id for a in rows].count(first.category_id) == 3
    assert second in rows
    newest_three = list(Article.objects.filter(category=first.category).order_by("-published_at")[:3])
    assert [a for a in rows if a.category_id == first.category_id] == newest_three


def test_cards_leave_the_body_unloaded_but_can_still_read_it(django_assert_num_queries):
    ArticleFactory(body_de="<p>Langer Text</p>")
    card = Article.objects.published().for_cards().get()
    assert "body_de" in card.get_deferred_fields()
    with django_assert_num_queries(1):
        assert card.body_de == "<p>Langer Text</p>"
