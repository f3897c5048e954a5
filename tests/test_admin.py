import pytest
from django.contrib.auth.models import Group

from articles.models import Article
from tests.factories import ArticleFactory, AuthorFactory, CategoryFactory, UserFactory, image_file

pytestmark = pytest.mark.django_db

ADD_URL = "/admin/articles/article/add/"


def inline_management(prefix: str, total: int) -> dict:
    return {f"{prefix}-TOTAL_FORMS": str(total), f"{prefix}-INITIAL_FORMS": "0",
            f"{prefix}-MIN_NUM_FORMS": "0", f"{prefix}-MAX_NUM_FORMS": "1000"}


def article_form_data(category, **overrides) -> dict:
    data = {
        "title_de": "Sprachmodelle im Rathaus", "title_en": "Language models at city hall",
        "slug_de": "", "slug_en": "",
        "teaser_de": "Eine Stadtverwaltung testet KI.", "teaser_en": "A city administration tests AI.",
        "category": str(category.pk), "tags": "KI, Verwaltung",
        "status": "published", "published_at_0": "", "published_at_1": "",
        "image_alt_de": "Ein Rathaus", "image_alt_en": "A city hall",
        "image_caption_de": "", "image_caption_en": "", "image_credit": "kinews",
        "key_facts_heading_de": "", "key_facts_heading_en": "",
        "body_de": "<h2>Start</h2><p>Die Stadt <strong>testet</strong>.</p><script>alert(1)</script>",
        "body_en": "<h2>Start</h2><p>The city <strong>is testing</strong>.</p>",
        **inline_management("key_facts", 2),
        "key_facts-0-position": "1", "key_facts-0-label_de": "Wo", "key_facts-0-label_en": "Where",
        "key_facts-0-text_de": "In einer Großstadt.", "key_facts-0-text_en": "In a large city.",
        "key_facts-1-position": "0", "key_facts-1-label_de": "Was", "key_facts-1-label_en": "What",
        "key_facts-1-text_de": "Ein Pilotprojekt.", "key_facts-1-text_en": "A pilot project.",
        **inline_management("related_choices", 0),
        **inline_management("sources", 1),
        "sources-0-position": "0", "sources-0-title_de": "Pressemitteilung", "sources-0-title_en": "Press release",
        "sources-0-url": "https://example.org/presse", "sources-0-publisher": "Stadt", "sources-0-published_on": "",
    }
    return data | overrides


@pytest.fixture
def author_user():
    return AuthorFactory(name="Erika Autorin").user


def test_author_creates_and_publishes_an_article_with_key_facts_sources_and_image(client, author_user,
                                                                                  django_capture_on_commit_callbacks):
    category = CategoryFactory()
    client.force_login(author_user)
    assert client.get(ADD_URL).status_code == 200
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(ADD_URL, article_form_data(category, image=image_file(size=(1600, 900))))
    assert response.status_code == 302, response.context["adminform"].form.errors if response.context else ""
    article = Article.objects.get(title_de="Sprachmodelle im Rathaus")
    assert article.author == author_user.author_profile
    assert article.slug_de == "sprachmodelle-im-rathaus" and article.slug_en == "language-models-at-city-hall"
    assert "<script" not in article.body_de
    assert [f.label_de for f in article.key_facts.all()] == ["Was", "Wo"]
    assert article.sources.get().url == "https://example.org/presse"
    assert sorted(t.name for t in article.tags.all()) == ["KI", "Verwaltung"]
    assert [r["width"] for r in article.image_renditions] == [360, 720, 1080, 1440]  # made by the task
    # It shows up for readers at once: home, category and hashtag pages, in both languages.
    for url in ["/", category.get_absolute_url(), "/hashtag/ki/"]:
        assert "Sprachmodelle im Rathaus" in client.get(url).content.decode(), url
    page = client.get("/en/article/language-models-at-city-hall/").content.decode()
    assert "Language models at city hall" in page and "In a large city." in page and ".webp 720w" in page


def test_admin_refuses_a_non_image_upload_with_a_message(client, author_user):
    client.force_login(author_user)
    fake = image_file()
    fake.file.seek(0)
    fake.file.write(b"not an image at all")
    fake.file.truncate()
    fake.file.seek(0)
    fake.size = len(b"not an image at all")
    response = client.post(ADD_URL, article_form_data(CategoryFactory(), image=fake))
    assert response.status_code == 200
    assert "kein lesbares Bild" in str(response.context["adminform"].form.errors["image"])
    assert not Article.objects.exists()


def test_admin_refuses_an_oversize_image_with_a_message(client, author_user, settings):
    settings.IMAGE_MAX_PIXELS = 1_000_000
    client.force_login(author_user)
    response = client.post(ADD_URL, article_form_data(CategoryFactory(), image=image_file(size=(2000, 1000))))
    assert response.status_code == 200
    assert "zu viele Pixel" in str(response.context["adminform"].form.errors["image"])
    assert not Article.objects.exists()


def test_author_cannot_see_or_change_another_authors_draft(client, author_user):
    other_draft = ArticleFactory(draft=True, title_de="Fremder Entwurf")
    own = ArticleFactory(author=author_user.author_profile, draft=True)
    client.force_login(author_user)
    changelist = client.get("/admin/articles/article/").content.decode()
    assert "Fremder Entwurf" not in changelist and own.title_de in changelist
    change_url = f"/admin/articles/article/{other_draft.pk}/change/"
    refusal = client.get(change_url)
    assert refusal.status_code == 403 and "Dieser Artikel gehört Dir nicht." in refusal.content.decode()
    assert "Fremder Entwurf" not in refusal.content.decode()
    history = client.get(f"/admin/articles/article/{other_draft.pk}/history/")
    assert history.status_code == 403 and "Dieser Artikel gehört Dir nicht." in history.content.decode()
    assert client.get("/admin/articles/article/999999/change/").status_code == 302  # really not there
    client.post(change_url, article_form_data(other_draft.category, title_de="Gekapert"))
    other_draft.refresh_from_db()
    assert other_draft.title_de == "Fremder Entwurf"


def test_author_cannot_assign_an_article_to_someone_else(client, author_user):
    someone = AuthorFactory()
    client.force_login(author_user)
    client.post(ADD_URL, article_form_data(CategoryFactory(), author=str(someone.pk)))
    assert Article.objects.get().author == author_user.author_profile


def test_editor_sees_and_edits_every_article(client):
    editor = UserFactory(groups=["Editors"])
    draft = ArticleFactory(draft=True, title_de="Entwurf von jemandem")
    client.force_login(editor)
    assert "Entwurf von jemandem" in client.get("/admin/articles/article/").content.decode()
    assert client.get(f"/admin/articles/article/{draft.pk}/change/").status_code == 200


def test_sales_cannot_open_articles(client):
    sales = UserFactory(groups=["Sales"])
    article = ArticleFactory()
    client.force_login(sales)
    refusal = client.get("/admin/articles/article/")
    assert refusal.status_code == 403 and "Kein Zugriff" in refusal.content.decode()  # an admin page, in German
    assert client.get(f"/admin/articles/article/{article.pk}/change/").status_code == 403
    assert "/admin/articles/" not in client.get("/admin/", follow=True).content.decode()


def test_groups_exist_with_their_permissions():
    authors = set(Group.objects.get(name="Authors").permissions.values_list("codename", flat=True))
    editors = set(Group.objects.get(name="Editors").permissions.values_list("codename", flat=True))
    assert {"add_article", "change_article", "add_keyfact", "add_source"} <= authors
    assert "edit_any_article" not in authors and "edit_any_article" in editors
    assert not Group.objects.get(name="Sales").permissions.filter(content_type__app_label="articles").exists()


def test_changelist_filters_by_missing_english(client):
    client.force_login(UserFactory(is_superuser=True))
    ArticleFactory(title_de="Komplett")
    ArticleFactory(title_de="Ohne Englisch", title_en="", body_en="")
    html = client.get("/admin/articles/article/?english=missing").content.decode()
    assert "Ohne Englisch" in html and "Komplett" not in html
