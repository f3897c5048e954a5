import pytest

from articles import services
from articles.models import Category
from tests.factories import ArticleFactory

pytestmark = pytest.mark.django_db


def test_slugs_are_filled_from_the_title_in_each_language():
    article = ArticleFactory(title_de="Große Modelle für Übersetzungen", title_en="Large models for translation")
    assert article.slug_de == "grosse-modelle-fuer-uebersetzungen"
    assert article.slug_en == "large-models-for-translation"


def test_english_slug_falls_back_to_the_german_title():
    article = ArticleFactory(title_de="Nur auf Deutsch", title_en="")
    assert article.slug_en == "nur-auf-deutsch"


def test_same_title_gets_a_unique_slug():
    first = ArticleFactory(title_de="KI im Alltag", title_en="AI every day")
    second = ArticleFactory(title_de="KI im Alltag", title_en="AI every day")
    assert first.slug_de == "ki-im-alltag"
    assert second.slug_de == "ki-im-alltag-2"
    assert second.slug_en == "ai-every-day-2"


def test_a_slug_set_by_the_author_is_kept_and_editing_does_not_change_it():
    article = ArticleFactory(title_de="Titel", slug_de="mein-slug")
    article.title_de = "Ein ganz neuer Titel"
    services.save_article(article)
    article.refresh_from_db()
    assert article.slug_de == "mein-slug"


def test_category_slugs_are_filled_per_language():
    category = Category.objects.create(name_de="Politik & Regulierung", name_en="Policy & Regulation")
    assert (category.slug_de, category.slug_en) == ("politik-regulierung", "policy-regulation")
