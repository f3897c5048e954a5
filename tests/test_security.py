import os
import secrets
import subprocess
import sys
from pathlib import Path

import pytest
from django.contrib.auth.password_validation import validate_password
from django.core.exceptions import ValidationError

from tests.factories import ArticleFactory, UserFactory

pytestmark = pytest.mark.django_db
PROJECT = Path(__file__).resolve().parent.parent


def production_env(**extra) -> dict:
    unwanted = ("DJANGO_DEBUG", "DATABASE_URL", "DJANGO_ALLOW_ASYNC_UNSAFE")
    env = {key: value for key, value in os.environ.items() if key not in unwanted}
    return env | {"DJANGO_DEBUG": "0", "DJANGO_SECRET_KEY": secrets.token_urlsafe(60),
                  "ALLOWED_HOSTS": "kinews.example", "DATABASE_URL": "sqlite:///:memory:",
                  "REDIS_URL": "redis://127.0.0.1:6379/14"} | extra  # `check` connects to neither


def manage(*args, env) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "manage.py", *args], cwd=PROJECT, env=env, capture_output=True,
                          text=True, timeout=120)


def test_check_deploy_with_production_settings_reports_nothing():
    result = manage("check", "--deploy", "--fail-level", "WARNING", env=production_env())
    assert result.returncode == 0, result.stdout + result.stderr
    assert "no issues" in result.stdout


@pytest.mark.parametrize("missing", ["DJANGO_SECRET_KEY", "ALLOWED_HOSTS", "REDIS_URL"])
def test_production_refuses_to_start_without_required_settings(missing):
    env = production_env()
    env.pop(missing)
    result = manage("check", env=env)
    assert result.returncode != 0
    assert f"{missing} must be set" in result.stderr


def test_pages_carry_a_strict_content_security_policy_and_security_headers(client):
    response = client.get(ArticleFactory().get_absolute_url())
    csp = response["Content-Security-Policy"]
    script_src = next(part for part in csp.split(";") if part.strip().startswith("script-src"))
    assert "'unsafe-inline'" not in script_src and "'self'" in script_src
    assert "frame-ancestors 'none'" in csp and "object-src 'none'" in csp
    assert response["X-Frame-Options"] == "DENY"
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["Referrer-Policy"] == "strict-origin-when-cross-origin"
    assert "camera=()" in response["Permissions-Policy"]


def test_oversized_bodies_are_refused_before_any_view_runs(client, settings):
    settings.MAX_REQUEST_BODY = 1024
    response = client.post("/", data={"text": "x" * 5000})
    assert response.status_code == 413


def test_admin_accepts_larger_bodies_but_not_unlimited(client, settings):
    settings.MAX_ADMIN_REQUEST_BODY = 2048
    client.force_login(UserFactory(is_superuser=True))
    assert client.post("/admin/articles/category/add/", data={"name_de": "x" * 1000}).status_code != 413
    assert client.post("/admin/articles/category/add/", data={"name_de": "x" * 5000}).status_code == 413


def test_admin_login_locks_after_repeated_failures(client, settings):
    UserFactory(username="redakteurin", password="a-very-good-passphrase")
    for _attempt in range(settings.AXES_FAILURE_LIMIT):
        client.post("/admin/login/", {"username": "redakteurin", "password": "wrong"})
    response = client.post("/admin/login/", {"username": "redakteurin", "password": "a-very-good-passphrase"})
    assert response.status_code == 429
    assert "_auth_user_id" not in client.session


def test_admin_login_works_with_the_right_password(client):
    UserFactory(username="redakteur", password="a-very-good-passphrase")
    response = client.post("/admin/login/?next=/admin/", {"username": "redakteur",
                                                          "password": "a-very-good-passphrase"})
    assert response.status_code == 302 and "_auth_user_id" in client.session


@pytest.mark.parametrize("weak", ["kinews", "password1234", "123456789012"])
def test_weak_passwords_are_refused(weak):
    with pytest.raises(ValidationError):
        validate_password(weak)


def test_staff_session_cookie_is_httponly(client):
    UserFactory(username="redakteur", password="a-very-good-passphrase")
    response = client.post("/admin/login/?next=/admin/", {"username": "redakteur",
                                                          "password": "a-very-good-passphrase"})
    assert response.cookies["sessionid"]["httponly"]


def test_pages_are_compressed_for_browsers_that_accept_it(client):
    article = ArticleFactory()
    response = client.get(article.get_absolute_url(), headers={"Accept-Encoding": "gzip"})
    assert response["Content-Encoding"] == "gzip"


def test_honeypot_fields_are_out_of_the_tab_order(client):
    html = client.get("/beratung/anfrage/").content.decode() + client.get("/newsletter/").content.decode()
    fields = [tag for tag in html.split("<input") if 'name="website"' in tag]
    assert len(fields) >= 2 and all('tabindex="-1"' in tag for tag in fields)


# --- Smaller findings of the outside review (issue 14, #15).


def test_robots_txt_does_not_advertise_the_admin(client, settings):
    settings.ADMIN_URL = "redaktion-7f3a/"
    text = client.get("/robots.txt").content.decode()
    assert "admin" not in text and "redaktion-7f3a" not in text
    assert "Disallow: /suche/" in text and "Sitemap:" in text


def test_admin_bodies_before_login_are_small_and_refused_before_parsing(client, settings):
    settings.MAX_ADMIN_LOGIN_BODY = 64 * 1024
    big = {"username": "x", "password": "y", "padding": "x" * 100_000}
    assert client.post("/admin/login/", big).status_code == 413
    assert client.post("/admin/articles/category/add/", big).status_code == 413
    assert client.post("/admin/login/", {"username": "x", "password": "y"}).status_code == 200
    client.force_login(UserFactory(is_superuser=True))  # logged-in staff keep the large limit for uploads
    assert client.post("/admin/articles/category/add/", big).status_code != 413


def test_load_demo_refuses_in_production_unless_told_explicitly(settings):
    from django.contrib.auth.models import User
    from django.core.management import CommandError, call_command

    settings.PRODUCTION = True
    with pytest.raises(CommandError, match="--i-know-this-is-production"):
        call_command("load_demo", verbosity=0)
    assert not User.objects.filter(username__in=["author", "editor", "sales"]).exists()
    call_command("load_demo", "--i-know-this-is-production", verbosity=0)
    assert User.objects.filter(username="editor").exists()


def test_load_demo_with_production_settings_stops_before_touching_anything():
    result = manage("load_demo", env=production_env())
    assert result.returncode != 0 and "--i-know-this-is-production" in result.stderr


@pytest.mark.parametrize("next_url", ["https://evil.example/", "//evil.example/", "/\\evil.example/"])
def test_an_unsafe_next_on_the_admin_login_falls_back_to_the_admin_index(client, next_url):
    UserFactory(username="redakteurin", password="a-very-good-passphrase")
    response = client.post(f"/admin/login/?next={next_url}", {"username": "redakteurin",
                                                              "password": "a-very-good-passphrase"})
    assert response.status_code == 302 and response["Location"] == "/admin/"


def test_a_foreign_host_header_is_refused_and_never_ends_up_in_links(client):
    ArticleFactory()
    assert client.get("/", HTTP_HOST="evil.example").status_code == 400
    for url in ("/", "/feed/", "/sitemap.xml"):
        response = client.get(url, HTTP_X_FORWARDED_HOST="evil.example", HTTP_HOST="localhost")
        assert response.status_code == 200 and b"evil.example" not in response.content


@pytest.mark.parametrize("path", ["/media/../kinews/settings.py", "/media/..%2F..%2Fkinews%2Fsettings.py",
                                  "/media/%2e%2e/%2e%2e/etc/passwd", "/static/../kinews/settings.py",
                                  "/static/..%2fkinews%2fsettings.py"])
def test_paths_cannot_leave_the_media_and_static_folders(client, path):
    response = client.get(path)
    assert response.status_code in (400, 404)
    body = b"".join(response.streaming_content) if response.streaming else response.content
    assert b"SECRET_KEY" not in body and b"root:" not in body
