"""Upgrading a site keeps its data: the rows of the related-posts index, editors' choices and view counts that
lived in `articles` before the recommendations app are still there afterwards, under the new app (issue 13)."""

import re
from datetime import date

import pytest
from django.db import connection

pytestmark = pytest.mark.django_db(transaction=True)

BEFORE_THE_MOVE = ("articles", "0005_discovery")
AFTER_THE_MOVE = ("recommendations", "0003_editor_permissions")


def test_moving_the_recommendation_models_keeps_their_rows_content_types_and_permissions(migrator):
    old = migrator.apply_initial_migration(BEFORE_THE_MOVE).apps
    category = old.get_model("articles", "Category").objects.create(name="Praxis", name_de="Praxis", slug="praxis",
                                                                    slug_de="praxis")
    author = old.get_model("articles", "Author").objects.create(name="Erika Beispiel", slug="erika-beispiel")
    Article = old.get_model("articles", "Article")
    first, second = (Article.objects.create(title=title, title_de=title, slug=slug, slug_de=slug, category=category,
                                            author=author)
                     for title, slug in [("Erster", "erster"), ("Zweiter", "zweiter")])
    old.get_model("articles", "RelatedArticle").objects.create(
        article=first, language="de", target=second, rank=1, score=0.5, reasons={"terms": 0.5})
    old.get_model("articles", "RelatedChoice").objects.create(article=first, target=second, action="pin")
    old.get_model("articles", "ArticleView").objects.create(article=first, language="de", day=date(2026, 12, 1),
                                                            count=128)
    old.get_model("articles", "ArticleTerm").objects.create(article=first, language="de", term="prompt",
                                                            weight=1.0)
    old.get_model("articles", "TermStat").objects.create(language="de", term="prompt", documents=1)
    ContentType = old.get_model("contenttypes", "ContentType")
    choice_type = ContentType.objects.get_or_create(app_label="articles", model="relatedchoice")[0]

    new = migrator.apply_tested_migration(AFTER_THE_MOVE).apps
    related = new.get_model("recommendations", "RelatedArticle").objects.get()
    assert (related.article_id, related.target_id, related.rank, related.reasons) == (
        first.pk, second.pk, 1, {"terms": 0.5})
    assert new.get_model("recommendations", "RelatedChoice").objects.get().target_id == second.pk
    assert new.get_model("recommendations", "ArticleView").objects.get().count == 128
    assert new.get_model("recommendations", "ArticleTerm").objects.get().term == "prompt"
    assert new.get_model("recommendations", "TermStat").objects.get().documents == 1

    # The content type moved (admin history and permissions stay attached), and editors may pin.
    moved = new.get_model("contenttypes", "ContentType").objects.get(pk=choice_type.pk)
    assert (moved.app_label, moved.model) == ("recommendations", "relatedchoice")
    editors = new.get_model("auth", "Group").objects.get(name="Editors")
    assert editors.permissions.filter(content_type=moved, codename="add_relatedchoice").exists()


def test_upgrading_puts_the_hashtags_of_existing_articles_into_their_search_documents(migrator):
    old = migrator.apply_initial_migration(("articles", "0012_article_updated_by")).apps
    category = old.get_model("articles", "Category").objects.create(name="Praxis", name_de="Praxis", slug="praxis",
                                                                    slug_de="praxis")
    author = old.get_model("articles", "Author").objects.create(name="Erika Beispiel", slug="erika-beispiel")
    article = old.get_model("articles", "Article").objects.create(
        title="Greifen lernen", title_de="Greifen lernen", slug="greifen-lernen", slug_de="greifen-lernen",
        category=category, author=author)
    tag = old.get_model("taggit", "Tag").objects.create(name="Robotik", slug="robotik")
    article_type = old.get_model("contenttypes", "ContentType").objects.get_or_create(app_label="articles",
                                                                                     model="article")[0]
    old.get_model("taggit", "TaggedItem").objects.create(tag=tag, content_type=article_type, object_id=article.pk)

    new = migrator.apply_tested_migration(("articles", "0013_hashtags_in_search_documents")).apps
    stored = new.get_model("articles", "Article").objects.values_list("search_de", "search_en").get(pk=article.pk)
    if connection.vendor == "postgresql":
        german, english = stored  # stemmed by each language, weighted like the teaser (B)
        assert re.search(r"'robot':\d+B", german) and re.search(r"'robotik':\d+B", english), stored
    else:
        assert stored == (None, None)  # SQLite searches the texts themselves, hashtags included (test_search.py)
