"""Media on S3-compatible storage by configuration, and images that only ever go through the storage API."""

import runpy
from pathlib import Path
from urllib.parse import urlsplit

import pytest
from django.core.files.storage import InMemoryStorage, default_storage
from storages.backends.s3 import S3Storage

from articles.models import Article
from tests.factories import ArticleFactory, AuthorFactory, CategoryFactory, image_file
from tests.test_admin import ADD_URL, article_form_data

SETTINGS_FILE = str(Path(__file__).resolve().parent.parent / "kinews" / "settings.py")
S3_VARIABLES = ("S3_BUCKET", "S3_ENDPOINT_URL", "S3_REGION", "S3_CUSTOM_DOMAIN", "CSP_EXTRA_IMG_HOSTS")


def settings_with(monkeypatch, **environment) -> dict:
    """The settings module as it comes out of these environment variables (run afresh, Django untouched)."""
    for name in S3_VARIABLES:
        monkeypatch.delenv(name, raising=False)
    for name, value in environment.items():
        monkeypatch.setenv(name, value)
    return runpy.run_path(SETTINGS_FILE, run_name="kinews_settings_probe")


def img_src(settings: dict) -> list[str]:
    return [str(source) for source in settings["SECURE_CSP"]["img-src"]]


def test_without_a_bucket_media_stay_on_the_local_disk(monkeypatch):
    settings = settings_with(monkeypatch)
    assert settings["STORAGES"]["default"]["BACKEND"] == "django.core.files.storage.FileSystemStorage"
    assert img_src(settings) == ["'self'", "data:"]


@pytest.mark.parametrize(
    ("environment", "origin"),
    [
        ({"S3_BUCKET": "kinews-media", "S3_REGION": "eu-central-1"}, "https://kinews-media.s3.amazonaws.com"),
        ({"S3_BUCKET": "media", "S3_ENDPOINT_URL": "https://minio.internal:9000"}, "https://minio.internal:9000"),
        ({"S3_BUCKET": "media", "S3_ENDPOINT_URL": "https://s3.example", "S3_CUSTOM_DOMAIN": "media.kinews.example"},
         "https://media.kinews.example"),
    ],
    ids=["aws", "s3-compatible endpoint", "custom domain"],
)
def test_with_a_bucket_media_go_to_s3_and_the_csp_allows_exactly_where_their_urls_point(
    monkeypatch, environment, origin
):
    monkeypatch.setenv("AWS_ACCESS_KEY_ID", "test-key")
    monkeypatch.setenv("AWS_SECRET_ACCESS_KEY", "test-secret")
    settings = settings_with(monkeypatch, **environment, CSP_EXTRA_IMG_HOSTS="https://img.partner.example")
    storage = settings["STORAGES"]["default"]
    options = storage["OPTIONS"]
    assert storage["BACKEND"] == "storages.backends.s3.S3Storage"
    assert options["bucket_name"] == environment["S3_BUCKET"]
    assert options.get("endpoint_url", "") == environment.get("S3_ENDPOINT_URL", "")
    assert options.get("region_name", "") == environment.get("S3_REGION", "")
    assert options.get("custom_domain", "") == environment.get("S3_CUSTOM_DOMAIN", "")
    # Public, stable URLs (no expiring signatures in cached pages) and no upload silently replacing another.
    assert options["querystring_auth"] is False and options["file_overwrite"] is False
    assert "AWS_ACCESS_KEY_ID" not in settings and "test-secret" not in repr(settings["STORAGES"])

    url = S3Storage(**options).url("articles/2026/01/cover.jpg")
    parts = urlsplit(url)
    assert f"{parts.scheme}://{parts.netloc}" == origin
    assert img_src(settings) == ["'self'", "data:", origin, "https://img.partner.example"]


@pytest.fixture
def memory_storage(settings):
    """Media in memory: anything that looked for a file on the local disk would find nothing there."""
    settings.STORAGES = settings.STORAGES | {"default": {"BACKEND": "django.core.files.storage.InMemoryStorage"}}
    return default_storage


@pytest.mark.django_db
def test_uploads_and_their_renditions_go_through_the_storage_api_only(
    client, memory_storage, settings, django_capture_on_commit_callbacks
):
    author = AuthorFactory()
    client.force_login(author.user)
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(ADD_URL, article_form_data(CategoryFactory(), image=image_file(size=(1600, 900))))
    assert response.status_code == 302
    article = Article.objects.get(title_de="Sprachmodelle im Rathaus")
    assert isinstance(default_storage._wrapped, InMemoryStorage)
    assert default_storage.exists(article.image.name)
    names = [r["name"] for r in article.image_renditions]
    assert len(names) == 4 and all(default_storage.exists(name) for name in names)
    assert not (settings.MEDIA_ROOT).exists()  # nothing was written to (or read from) a local disk


@pytest.mark.django_db
def test_an_author_photo_is_stored_and_rendered_through_the_storage(memory_storage, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        author = AuthorFactory(photo=image_file("portrait.png", size=(400, 400), image_format="PNG"))
    author.refresh_from_db()
    assert default_storage.exists(author.photo.name)
    assert [r["width"] for r in author.photo_renditions] == [96, 192]
    assert all(default_storage.exists(r["name"]) for r in author.photo_renditions)


@pytest.mark.django_db
def test_a_page_with_an_image_reads_no_image_file_while_it_renders(client, memory_storage, monkeypatch):
    # Before the worker made the renditions, the page shows the original with its stored size: reading the
    # file for its size would be a download from the bucket on every render.
    article = ArticleFactory(image=image_file(size=(1200, 600)))
    Article.objects.filter(pk=article.pk).update(image_renditions=[])
    opened = []
    real_open = InMemoryStorage._open
    monkeypatch.setattr(InMemoryStorage, "_open", lambda self, name, mode="rb": opened.append(name)
                        or real_open(self, name, mode))
    page = client.get(article.get_absolute_url()).content.decode()
    assert 'width="1200" height="600"' in page
    assert opened == []
