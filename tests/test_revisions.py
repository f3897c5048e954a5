import pytest
from django.contrib.contenttypes.models import ContentType
from django.utils import timezone
from reversion.models import Version

from articles.models import Article, KeyFact, RevisionHashtags, Source
from tests.factories import ArticleFactory, AuthorFactory, CategoryFactory, UserFactory
from tests.test_admin import ADD_URL, article_form_data

pytestmark = pytest.mark.django_db


def change_url(article, suffix=""):
    return f"/admin/articles/article/{article.pk}/{suffix}"


def change_data(article: Article, **overrides) -> dict:
    """The admin change form as it would be posted back unchanged for the article's current state."""
    local = timezone.localtime(article.published_at) if article.published_at else None
    data = {
        "category": str(article.category_id), "author": str(article.author_id),
        "tags": ", ".join(sorted(article.tags.names())), "status": article.status,
        "published_at_0": local.strftime("%Y-%m-%d") if local else "",
        "published_at_1": local.strftime("%H:%M:%S") if local else "",
        "image_credit": article.image_credit,
    }
    for field in ("title", "slug", "teaser", "key_facts_heading", "body", "image_alt", "image_caption"):
        for code in ("de", "en"):
            data[f"{field}_{code}"] = getattr(article, f"{field}_{code}") or ""
    facts, sources = list(article.key_facts.all()), list(article.sources.all())
    data |= {"key_facts-TOTAL_FORMS": str(len(facts)), "key_facts-INITIAL_FORMS": str(len(facts)),
             "key_facts-MIN_NUM_FORMS": "0", "key_facts-MAX_NUM_FORMS": "1000",
             "sources-TOTAL_FORMS": str(len(sources)), "sources-INITIAL_FORMS": str(len(sources)),
             "sources-MIN_NUM_FORMS": "0", "sources-MAX_NUM_FORMS": "1000",
             "related_choices-TOTAL_FORMS": "0", "related_choices-INITIAL_FORMS": "0",
             "related_choices-MIN_NUM_FORMS": "0", "related_choices-MAX_NUM_FORMS": "1000"}
    for i, fact in enumerate(facts):
        data |= {f"key_facts-{i}-id": str(fact.pk), f"key_facts-{i}-article": str(article.pk),
                 f"key_facts-{i}-position": str(fact.position), f"key_facts-{i}-label_de": fact.label_de,
                 f"key_facts-{i}-label_en": fact.label_en or "", f"key_facts-{i}-text_de": fact.text_de,
                 f"key_facts-{i}-text_en": fact.text_en or ""}
    for i, source in enumerate(sources):
        data |= {f"sources-{i}-id": str(source.pk), f"sources-{i}-article": str(article.pk),
                 f"sources-{i}-position": str(source.position), f"sources-{i}-title_de": source.title_de,
                 f"sources-{i}-title_en": source.title_en or "", f"sources-{i}-url": source.url,
                 f"sources-{i}-publisher": source.publisher, f"sources-{i}-published_on": ""}
    return data | overrides


@pytest.fixture
def editor(client):
    user = UserFactory(username="redakteurin", groups=["Editors"])
    client.force_login(user)
    return user


@pytest.fixture
def saved_article(client, editor):
    """An article added through the admin: title, both languages, two key facts, a source and two hashtags."""
    response = client.post(ADD_URL, article_form_data(CategoryFactory(), author=str(AuthorFactory().pk)))
    assert response.status_code == 302
    return Article.objects.get(title_de="Sprachmodelle im Rathaus")


def revisions(article):
    return list(Version.objects.get_for_object(article).order_by("pk"))


def test_adding_an_article_keeps_a_revision_with_key_facts_sources_and_hashtags(saved_article, editor):
    [version] = revisions(saved_article)
    revision = version.revision
    assert revision.user == editor
    assert version.field_dict["title_de"] == "Sprachmodelle im Rathaus"
    assert version.field_dict["title_en"] == "Language models at city hall"
    models = {v.content_type.model for v in revision.version_set.all()}
    assert models == {"article", "keyfact", "source"}
    assert revision.version_set.filter(content_type=ContentType.objects.get_for_model(KeyFact)).count() == 2
    assert revision.version_set.filter(content_type=ContentType.objects.get_for_model(Source)).count() == 1
    assert RevisionHashtags.objects.get(revision=revision).names == ["KI", "Verwaltung"]


def test_every_save_keeps_a_revision_with_who_and_what_changed(client, saved_article, editor):
    data = change_data(saved_article, title_de="Sprachmodelle im Stadtrat", tags="KI, Robotik")
    data["key_facts-1-DELETE"] = "on"
    assert client.post(change_url(saved_article, "change/"), data).status_code == 302
    first, second = revisions(saved_article)
    assert second.field_dict["title_de"] == "Sprachmodelle im Stadtrat"
    assert second.revision.version_set.filter(content_type__model="keyfact").count() == 1
    assert RevisionHashtags.objects.get(revision=second.revision).names == ["KI", "Robotik"]
    history = client.get(change_url(saved_article, "history/")).content.decode()
    assert "redakteurin" in history
    comment = second.revision.get_comment()
    assert "[de]" in comment and "Hashtags" in comment and "gelöscht" in comment
    assert "Hashtags geändert" in history


def test_history_compares_two_revisions_inline_and_side_by_side(client, saved_article):
    data = change_data(saved_article, title_de="Sprachmodelle im Stadtrat", tags="KI, Robotik",
                       body_en="<p>The city <strong>is testing</strong> a <script>bad</script>chat bot.</p>")
    client.post(change_url(saved_article, "change/"), data)
    first, second = revisions(saved_article)
    url = change_url(saved_article, f"history/compare/?old={first.pk}&new={second.pk}")
    html = client.get(url).content.decode()
    assert "<del>Rathaus</del><ins>Stadtrat</ins>" in html
    assert "<ins>Robotik</ins>" in html and "<del>Verwaltung</del>" in html
    assert "<script>" not in html.split('id="content-main"')[1]  # revision texts are escaped
    assert "Teaser [de]</th>" not in html and "Teaser [en]</th>" not in html  # unchanged fields are not listed
    side = client.get(url + "&layout=side").content.decode()
    assert 'class="old">Sprachmodelle im Rathaus<' in side and 'class="new">Sprachmodelle im Stadtrat<' in side


def test_the_diff_shows_rendered_text_and_statuses_as_words(client, saved_article):
    data = change_data(saved_article, status="draft", body_de="<h2>Start</h2><p>Die Stadt <strong>prüft</strong> "
                                                              "&amp; testet.</p><ul><li>Neu</li></ul>")
    client.post(change_url(saved_article, "change/"), data)
    first, second = revisions(saved_article)
    html = client.get(change_url(saved_article, f"history/compare/?old={first.pk}&new={second.pk}")).content.decode()
    diff = html.split('class="revision-diff"')[1]
    assert "<del>Veröffentlicht</del> → <ins>Entwurf</ins>" in diff
    assert "Die Stadt <ins>prüft &amp; </ins>testet." in diff and "• Neu</ins>" in diff
    assert "&lt;strong&gt;" not in diff and "&lt;p&gt;" not in diff and "published" not in diff


def test_restoring_an_old_revision_brings_back_texts_inlines_and_hashtags_as_a_new_revision(client, saved_article):
    original = change_data(saved_article)
    changed = change_data(saved_article, title_de="Ganz neuer Titel", tags="Robotik")
    changed["key_facts-0-DELETE"] = "on"
    client.post(change_url(saved_article, "change/"), changed)
    saved_article.refresh_from_db()
    assert saved_article.key_facts.count() == 1 and list(saved_article.tags.names()) == ["Robotik"]
    first, second = revisions(saved_article)

    restore_url = change_url(saved_article, f"history/{first.pk}/")
    form_page = client.get(restore_url)
    assert form_page.status_code == 200
    assert 'value="Sprachmodelle im Rathaus"' in form_page.content.decode()
    assert form_page.context["adminform"].form["tags"].value() is not None
    assert {t.name for t in form_page.context["adminform"].form.initial["tags"]} == {"KI", "Verwaltung"}
    saved_article.refresh_from_db()
    assert saved_article.title_de == "Ganz neuer Titel"  # only looking changes nothing

    assert client.post(restore_url, original).status_code == 302
    saved_article.refresh_from_db()
    assert saved_article.title_de == "Sprachmodelle im Rathaus"
    assert saved_article.key_facts.count() == 2
    assert sorted(saved_article.tags.names()) == ["KI", "Verwaltung"]
    third = revisions(saved_article)[-1]
    assert len(revisions(saved_article)) == 3 and third.revision.user is not None
    assert RevisionHashtags.objects.get(revision=third.revision).names == ["KI", "Verwaltung"]
    assert "zurückgesetzt" in third.revision.get_comment()


def test_an_author_cannot_see_history_or_restore_another_authors_article(client, saved_article):
    first = revisions(saved_article)[0]
    client.post(change_url(saved_article, "change/"), change_data(saved_article, title_de="Neuer Stand"))
    stranger = AuthorFactory().user
    client.force_login(stranger)
    # Refused, saying why ("Dieser Artikel gehört Dir nicht"), without showing anything of it.
    assert client.get(change_url(saved_article, "history/")).status_code == 403
    assert client.get(change_url(saved_article, f"history/compare/?old={first.pk}&new={first.pk}")).status_code == 403
    response = client.post(change_url(saved_article, f"history/{first.pk}/"), change_data(saved_article))
    assert response.status_code == 403 and "Neuer Stand" not in response.content.decode()
    saved_article.refresh_from_db()
    assert saved_article.title_de == "Neuer Stand"


def test_a_version_of_another_object_cannot_be_restored_through_this_article(client, saved_article):
    other = ArticleFactory()
    foreign_version = revisions(saved_article)[0]
    url = f"/admin/articles/article/{other.pk}/history/{foreign_version.pk}/"
    assert client.post(url, change_data(other)).status_code == 404
    saved_article.refresh_from_db()
    assert saved_article.title_de == "Sprachmodelle im Rathaus"


def test_only_editors_and_its_author_recover_a_deleted_article(client, saved_article):
    version = revisions(saved_article)[0]
    client.post(change_url(saved_article, "delete/"), {"post": "yes"})
    assert not Article.objects.exists()
    client.force_login(AuthorFactory().user)  # not the article's author
    row = '<th scope="row">Sprachmodelle im Rathaus</th>'
    assert row not in client.get("/admin/articles/article/bin/").content.decode()
    assert client.post(f"/admin/articles/article/recover/{version.pk}/", change_data_of(version)).status_code == 404
    assert not Article.objects.exists()
    client.force_login(UserFactory(groups=["Editors"]))
    assert client.get("/admin/articles/article/recover/").url == "/admin/articles/article/bin/"
    assert row in client.get("/admin/articles/article/bin/").content.decode()


def change_data_of(version) -> dict:
    fields = version.field_dict
    return {"title_de": fields["title_de"], "teaser_de": fields["teaser_de"], "category": fields["category_id"]}


@pytest.mark.parametrize("query", ["old=abc&new=1", "old=99999999999999999999999&new=1", "", "old=<script>"])
def test_compare_with_odd_parameters_is_404(client, saved_article, query):
    assert client.get(change_url(saved_article, f"history/compare/?{query}")).status_code == 404


def test_the_bin_is_offered_to_everyone_who_may_delete_articles(client, editor):
    assert "/admin/articles/article/bin/" in client.get("/admin/articles/article/").content.decode()
    client.force_login(AuthorFactory().user)
    assert "/admin/articles/article/bin/" in client.get("/admin/articles/article/").content.decode()
