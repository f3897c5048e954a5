"""Links that survive: redirects after slug changes, 410 after deletion, case-insensitive hashtags and merging."""

import pytest
from django.contrib.contenttypes.models import ContentType
from taggit.models import Tag, TaggedItem

from articles import services
from articles.hashtags import merge_case_duplicates
from articles.models import Article, GonePath, Redirect
from tests.factories import ArticleFactory, AuthorFactory, CategoryFactory, UserFactory

pytestmark = pytest.mark.django_db


def test_changed_slug_redirects_permanently_in_both_languages(client):
    article = ArticleFactory(title_de="Alter Titel", title_en="Old title")
    article.slug_de, article.slug_en = "neuer-titel", "new-title"
    services.save_article(article)
    for old, new in [("/artikel/alter-titel/", "/artikel/neuer-titel/"),
                     ("/en/article/old-title/", "/en/article/new-title/")]:
        response = client.get(old)
        assert response.status_code == 301 and response["Location"] == new
    assert client.get("/artikel/neuer-titel/").status_code == 200


def test_redirects_do_not_chain_and_keep_the_query(client):
    article = ArticleFactory(title_de="Eins")
    for slug in ["zwei", "drei"]:
        article.slug_de = slug
        services.save_article(article)
    response = client.get("/artikel/eins/?utm_source=feed")
    assert response.status_code == 301 and response["Location"] == "/artikel/drei/?utm_source=feed"
    assert client.get("/artikel/zwei/")["Location"] == "/artikel/drei/"


def test_going_back_to_an_old_slug_removes_its_redirect(client):
    article = ArticleFactory(title_de="Eins")
    article.slug_de = "zwei"
    services.save_article(article)
    article.slug_de = "eins"
    services.save_article(article)
    assert client.get("/artikel/eins/").status_code == 200
    assert client.get("/artikel/zwei/")["Location"] == "/artikel/eins/"


def test_drafts_leave_no_redirects():
    article = ArticleFactory(title_de="Entwurf", draft=True)
    article.slug_de = "anders"
    services.save_article(article)
    assert not Redirect.objects.exists()


def test_changed_category_slug_redirects(client):
    category = CategoryFactory(name_de="Robotik", name_en="Robotics")
    category.slug_de, category.slug_en = "roboter", "robots"
    category.save()
    assert client.get("/kategorie/robotik/")["Location"] == "/kategorie/roboter/"
    assert client.get("/en/category/robotics/")["Location"] == "/en/category/robots/"


def test_moving_an_article_to_another_category_keeps_its_address(client):
    article = ArticleFactory()
    url = article.get_absolute_url()
    article.category = CategoryFactory()
    services.save_article(article)
    assert client.get(url).status_code == 200
    assert not Redirect.objects.exists()


def test_deleted_article_answers_410_gone_in_both_languages(client):
    article = ArticleFactory(title_de="Wird gelöscht", title_en="Will be deleted")
    article.slug_de = "wird-geloescht-neu"
    services.save_article(article)
    services.delete_article(article)
    for url in ["/artikel/wird-geloescht-neu/", "/en/article/will-be-deleted/", "/artikel/wird-geloescht/"]:
        response = client.get(url)
        assert response.status_code == 410, url
        assert "Dieser Artikel wurde entfernt." in response.content.decode() or "removed" in response.content.decode()
    assert client.get("/artikel/nie-dagewesen/").status_code == 404
    assert not Redirect.objects.exists()


def test_deleted_draft_leaves_no_tombstone():
    services.delete_article(ArticleFactory(draft=True))
    assert not GonePath.objects.exists()


def test_normal_pages_do_not_query_redirects(client):
    article = ArticleFactory()
    client.get(article.get_absolute_url())  # warm up
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    with CaptureQueriesContext(connection) as queries:
        client.get(article.get_absolute_url() + "?fresh=1")
    assert not any("articles_redirect" in q["sql"] or "articles_gonepath" in q["sql"] for q in queries)


def test_hashtags_are_case_insensitive():
    first = ArticleFactory(hashtags=["KI"])
    second = ArticleFactory(hashtags=["ki"])
    second.tags.add("Ki", "LLM")
    assert Tag.objects.filter(name__iexact="ki").count() == 1
    assert list(first.tags.names()) == ["KI"] and sorted(second.tags.names()) == ["KI", "LLM"]


def test_old_case_duplicates_are_merged_without_losing_tags():
    # Rows as they could exist before TAGGIT_CASE_INSENSITIVE: created directly, bypassing the lookup.
    upper, lower = Tag.objects.create(name="KI", slug="ki"), Tag.objects.create(name="ki", slug="ki_1")
    both, only_lower = ArticleFactory(), ArticleFactory()
    content_type = ContentType.objects.get_for_model(Article)
    for tag, article in [(upper, both), (lower, both), (lower, only_lower)]:
        TaggedItem.objects.create(tag=tag, content_type=content_type, object_id=article.pk)
    assert merge_case_duplicates(Tag) == 1
    assert list(Tag.objects.values_list("name", flat=True)) == ["KI"]
    assert list(both.tags.names()) == ["KI"] and list(only_lower.tags.names()) == ["KI"]


def test_editor_merges_two_hashtags_in_the_admin(client):
    keep, merge = Tag.objects.create(name="LLM", slug="llm"), Tag.objects.create(name="Sprachmodelle",
                                                                                   slug="sprachmodelle")
    both = ArticleFactory(hashtags=[keep, merge])
    only_merged = ArticleFactory(hashtags=[merge])
    client.force_login(UserFactory(groups=["Editors"]))
    changelist = "/admin/taggit/tag/"
    selection = {"action": "merge_selected", "_selected_action": [keep.pk, merge.pk]}
    confirm = client.post(changelist, selection)
    assert confirm.status_code == 200 and "Diesen Hashtag behalten" in confirm.content.decode()
    done = client.post(changelist, selection | {"merge": "1", "target": keep.pk})
    assert done.status_code == 302
    assert list(Tag.objects.values_list("name", flat=True)) == ["LLM"]
    assert list(both.tags.names()) == ["LLM"] and list(only_merged.tags.names()) == ["LLM"]
    assert client.get("/hashtag/sprachmodelle/")["Location"] == "/hashtag/llm/"
    assert client.get("/en/hashtag/sprachmodelle/")["Location"] == "/en/hashtag/llm/"


def test_authors_cannot_merge_hashtags(client):
    Tag.objects.create(name="A", slug="a"), Tag.objects.create(name="B", slug="b")
    author = UserFactory(groups=["Authors"])
    client.force_login(author)
    response = client.post("/admin/taggit/tag/", {"action": "merge_selected",
                                                  "_selected_action": list(Tag.objects.values_list("pk", flat=True)),
                                                  "merge": "1", "target": Tag.objects.first().pk})
    assert Tag.objects.count() == 2
    assert response.status_code in (200, 302, 403)


def test_editors_can_manage_redirects():
    from django.contrib.auth.models import Group

    editors = set(Group.objects.get(name="Editors").permissions.values_list("codename", flat=True))
    assert {"view_redirect", "change_redirect", "delete_gonepath"} <= editors


def test_admin_refuses_a_hashtag_that_differs_only_in_case(client):
    Tag.objects.create(name="KI", slug="ki")
    client.force_login(UserFactory(groups=["Editors"]))
    response = client.post("/admin/taggit/tag/add/", {"name": "ki", "slug": "ki-zwei",
                                                      "taggit-taggeditem-tag_id-TOTAL_FORMS": "0",
                                                      "taggit-taggeditem-tag_id-INITIAL_FORMS": "0"})
    assert response.status_code == 200
    assert "Diesen Hashtag gibt es schon" in response.content.decode()
    assert Tag.objects.count() == 1


OFF_SITE_TARGETS = ["//evil.example/phish", "/\\evil.example/phish", "https://evil.example/", "javascript:alert(1)",
                    "evil.example/phish", "/\t/evil.example/phish", "/\r\nSet-Cookie: a=b"]


@pytest.mark.parametrize("target", OFF_SITE_TARGETS)
def test_editors_cannot_create_a_redirect_off_the_site(client, target):
    client.force_login(UserFactory(groups=["Editors"]))
    response = client.post("/admin/articles/redirect/add/", {"old_path": "/alt/", "new_path": target})
    assert response.status_code == 200
    assert "Pfad auf dieser Website" in response.content.decode()
    assert not Redirect.objects.exists()


@pytest.mark.parametrize("target", ["/artikel/neu/", "/suche/?q=KI", "/en/"])
def test_editors_create_redirects_to_paths_on_the_site(client, target):
    client.force_login(UserFactory(groups=["Editors"]))
    response = client.post("/admin/articles/redirect/add/", {"old_path": "/alt/", "new_path": target})
    assert response.status_code == 302
    assert client.get("/alt/")["Location"] == target


@pytest.mark.parametrize("target", [*OFF_SITE_TARGETS, "/ok\x01"])
def test_a_stored_redirect_off_the_site_is_never_followed(client, target):
    Redirect.objects.create(old_path="/alt/", new_path=target)  # an old row, or one written around the admin
    response = client.get("/alt/")
    assert response.status_code == 404 and "Location" not in response


def test_a_redirect_to_a_path_with_a_query_keeps_the_readers_query_too(client):
    Redirect.objects.create(old_path="/alt/", new_path="/suche/?q=KI")
    assert client.get("/alt/?page=2")["Location"] == "/suche/?q=KI&page=2"


def hashtag_form(name: str, slug: str) -> dict:
    return {"name": name, "slug": slug, "taggit_taggeditem_items-TOTAL_FORMS": "0",
            "taggit_taggeditem_items-INITIAL_FORMS": "0"}


def test_authors_cannot_rename_re_slug_or_delete_a_hashtag(client):
    tag = Tag.objects.create(name="KI", slug="ki")
    ArticleFactory(hashtags=[tag])  # used by another author's article
    client.force_login(AuthorFactory().user)
    assert client.post(f"/admin/taggit/tag/{tag.pk}/change/", hashtag_form("Werbung", "werbung")).status_code == 403
    assert client.post(f"/admin/taggit/tag/{tag.pk}/delete/", {"post": "yes"}).status_code == 403
    assert client.post("/admin/taggit/tag/add/", hashtag_form("Neu", "neu")).status_code == 403
    assert list(Tag.objects.values_list("name", "slug")) == [("KI", "ki")]


def test_authors_still_add_new_hashtags_to_their_own_articles(client):
    from tests.test_admin import article_form_data

    client.force_login(AuthorFactory().user)
    response = client.post("/admin/articles/article/add/", article_form_data(CategoryFactory(), tags="KI, Brandneu"))
    assert response.status_code == 302
    assert sorted(Article.objects.get().tags.names()) == ["Brandneu", "KI"]


def test_renaming_a_hashtag_redirects_its_old_pages_in_both_languages(client):
    tag = Tag.objects.create(name="Sprachmodell", slug="sprachmodell")
    article = ArticleFactory(hashtags=[tag])
    client.force_login(UserFactory(groups=["Editors"]))
    response = client.post(f"/admin/taggit/tag/{tag.pk}/change/", hashtag_form("LLM", "llm"))
    assert response.status_code == 302
    client.logout()
    assert client.get("/hashtag/sprachmodell/")["Location"] == "/hashtag/llm/"
    assert client.get("/en/hashtag/sprachmodell/")["Location"] == "/en/hashtag/llm/"
    assert client.get("/hashtag/sprachmodell/feed/atom/")["Location"] == "/hashtag/llm/feed/atom/"  # subscribers too
    assert article.title_de in client.get("/hashtag/llm/").content.decode()


@pytest.mark.parametrize("how", ["delete view", "bulk action"])
def test_deleting_a_hashtag_sends_its_old_pages_to_a_search_for_it_and_ends_its_feeds(client, how):
    tag = Tag.objects.create(name="Künstliche Intelligenz", slug="kunstliche-intelligenz")
    ArticleFactory(hashtags=[tag])
    client.force_login(UserFactory(groups=["Editors"]))
    if how == "delete view":
        response = client.post(f"/admin/taggit/tag/{tag.pk}/delete/", {"post": "yes"})
    else:
        response = client.post("/admin/taggit/tag/", {"action": "delete_selected", "_selected_action": [tag.pk],
                                                      "post": "yes"})
    assert response.status_code == 302 and not Tag.objects.exists()
    client.logout()
    assert client.get("/hashtag/kunstliche-intelligenz/")["Location"] == "/suche/?q=K%C3%BCnstliche+Intelligenz"
    english = client.get("/en/hashtag/kunstliche-intelligenz/")
    assert english.status_code == 301 and english["Location"] == "/en/search/?q=K%C3%BCnstliche+Intelligenz"
    assert client.get("/hashtag/kunstliche-intelligenz/feed/").status_code == 410
