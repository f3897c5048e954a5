import pytest
from django.core import mail
from django.core.management import call_command
from django.db import DatabaseError

from articles.models import Article, Author, Category
from kinews.env import mailer_from_url

pytestmark = pytest.mark.django_db


def test_healthz_answers_200_when_the_database_answers(client):
    response = client.get("/healthz")
    assert response.status_code == 200
    assert response.json() == {"status": "ok", "database": "ok", "cache": "ok"}


def test_livez_answers_without_touching_the_database(client, django_assert_num_queries):
    with django_assert_num_queries(0):
        assert client.get("/livez").content == b"ok\n"


def test_healthz_answers_503_when_the_database_does_not(client, monkeypatch):
    def broken_cursor(*args, **kwargs):
        raise DatabaseError("connection refused")

    from django.db import connection

    monkeypatch.setattr(connection, "cursor", broken_cursor)
    response = client.get("/healthz")
    assert response.status_code == 503
    assert response.json()["database"] == "unavailable"


def test_smtp_email_url_becomes_a_mailer_with_credentials_and_tls():
    mailer = mailer_from_url("smtp+tls://newsroom:s3cret@mail.example.com:587")
    assert mailer == {
        "BACKEND": "django.core.mail.backends.smtp.EmailBackend",
        "OPTIONS": {"host": "mail.example.com", "port": 587, "username": "newsroom", "password": "s3cret",
                    "use_tls": True, "timeout": 10},
    }


def test_console_email_url_gives_the_console_backend():
    assert mailer_from_url("consolemail://")["BACKEND"] == "django.core.mail.backends.console.EmailBackend"


def test_mail_goes_through_the_mailers_setting(settings):
    # pytest-django swaps in the locmem backend; sending through mail.mailers must reach it.
    mail.mailers.default.send_messages([mail.EmailMessage("Betreff", "Text", to=["leser@example.com"])])
    assert mail.outbox[0].subject == "Betreff"


def test_load_demo_creates_a_full_magazine_and_is_safe_to_run_twice(django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        call_command("load_demo", verbosity=0)
    articles = Article.objects.readable("de")
    assert articles.count() >= 30
    assert Category.objects.count() >= 5 and Author.objects.count() == 3
    assert all(a.title_en and a.body_en and a.image for a in articles)
    assert all(a.key_facts.exists() and a.sources.exists() and a.tags.exists() for a in articles)
    assert all(a.image_renditions for a in articles)
    # Pages never open image files to learn their size.
    assert all(a.image_width == 1440 and a.image_height == 810 for a in articles)
    assert all(author.photo_width == 384 for author in Author.objects.all())
    call_command("load_demo", verbosity=0)
    assert Article.objects.count() == articles.count()
    from django.contrib.auth.models import User

    author, editor, sales = (User.objects.get(username=name) for name in ("author", "editor", "sales"))
    assert author.check_password("kinews-author") and author.author_profile.name == "Anna Berger"
    assert editor.check_password("kinews-editor") and editor.has_perm("articles.edit_any_article")
    assert sales.check_password("kinews-sales") and sales.groups.filter(name="Sales").exists()
    assert all(user.is_staff for user in (author, editor, sales))
