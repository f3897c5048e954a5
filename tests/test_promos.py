"""Promo blocks: placement, language, schedule, priority, click counting without open redirects."""

from datetime import timedelta

import pytest
from django.core.management import call_command
from django.template import Context, Template
from django.test import RequestFactory
from django.utils import timezone, translation

from newsletter.models import Promo
from tests.factories import ArticleFactory, PromoFactory

pytestmark = pytest.mark.django_db


def render(placement: str, language: str = "de") -> str:
    with translation.override(language):
        template = Template('{% load newsletter %}{% promo "' + placement + '" %}')
        return template.render(Context({"request": RequestFactory().get("/")}))


def test_nothing_shows_when_no_promo_is_active():
    PromoFactory(is_active=False, title="Abgeschaltet")
    assert render("sidebar").strip() == ""


def test_promo_shows_in_its_placement_and_language_only():
    PromoFactory(title="Akademie-Kurs", placement="sidebar", language="de")
    PromoFactory(title="Academy course", placement="sidebar", language="en")
    assert "Akademie-Kurs" in render("sidebar") and "Academy course" not in render("sidebar")
    assert "Academy course" in render("sidebar", "en")
    assert render("header").strip() == ""


def test_promo_follows_its_schedule(settings):
    now = timezone.now()
    PromoFactory(title="Vorbei", starts_at=now - timedelta(days=3), ends_at=now - timedelta(days=1))
    PromoFactory(title="Kommt noch", starts_at=now + timedelta(days=1))
    assert render("sidebar").strip() == ""
    PromoFactory(title="Läuft gerade", starts_at=now - timedelta(hours=1), ends_at=now + timedelta(hours=1))
    assert "Läuft gerade" in render("sidebar")


def test_promo_ending_is_honoured_even_from_the_cache(monkeypatch):
    soon = timezone.now() + timedelta(minutes=2)
    PromoFactory(title="Endet gleich", ends_at=soon)
    assert "Endet gleich" in render("sidebar")  # now cached
    later = soon + timedelta(seconds=1)
    monkeypatch.setattr(timezone, "now", lambda: later)
    assert "Endet gleich" not in render("sidebar")


def test_highest_priority_wins():
    PromoFactory(title="Unwichtig", priority=1)
    PromoFactory(title="Wichtig", priority=5)
    html = render("sidebar")
    assert "Wichtig" in html and "Unwichtig" not in html


def test_saving_a_promo_shows_the_change_at_once():
    promo = PromoFactory(title="Alter Titel")
    assert "Alter Titel" in render("sidebar")
    promo.title = "Neuer Titel"
    promo.save()
    assert "Neuer Titel" in render("sidebar")
    promo.delete()
    assert render("sidebar").strip() == ""


def test_newsletter_promo_shows_the_signup_form_instead_of_a_button():
    PromoFactory(kind="newsletter", placement="article_end", cta_label="", cta_url="", title="Der Newsletter")
    html = render("article_end")
    assert "Der Newsletter" in html and 'id="newsletter-signup"' in html


def test_article_page_shows_sidebar_and_end_promos_and_only_one_end_signup(client):
    PromoFactory(title="Kurs in der Seitenleiste", placement="sidebar")
    PromoFactory(kind="newsletter", placement="article_end", cta_label="", cta_url="", title="Newsletter-Promo")
    html = client.get(ArticleFactory().get_absolute_url()).content.decode()
    assert "Kurs in der Seitenleiste" in html and "Newsletter-Promo" in html
    assert html.count('<form id="newsletter-signup') == 2  # the promo's form + the footer's
    assert "article-signup" not in html  # the plain sign-up box gives way to the newsletter promo


def test_header_banner_shows_on_every_page(client):
    PromoFactory(title="Beratungs-Banner", placement="header", kind="consulting")
    assert "Beratungs-Banner" in client.get("/").content.decode()
    assert "Beratungs-Banner" in client.get("/newsletter/").content.decode()


def test_promos_cost_at_most_one_query_per_page_and_none_when_cached(settings, django_assert_num_queries):
    settings.FRAGMENT_CACHE_SECONDS = 60
    PromoFactory(placement="sidebar")
    PromoFactory(placement="header")
    with django_assert_num_queries(1):  # all places of a language in one query, then cached
        render("sidebar")
        render("header")
    with django_assert_num_queries(0):
        render("sidebar")
        render("header")
        render("article_end")


def test_click_counts_and_redirects_to_the_stored_url_only(client):
    promo = PromoFactory(cta_url="https://academy.example.org/kurs")
    response = client.get(f"/promo/{promo.pk}/?next=https://evil.example/&url=//evil.example")
    assert response.status_code == 302 and response["Location"] == "https://academy.example.org/kurs"
    promo.refresh_from_db()
    assert promo.clicks == 1
    assert response.cookies == {}
    assert client.get("/promo/999999/?next=https://evil.example/").status_code == 404
    assert 'href="/promo/' in render("sidebar") and "academy.example.org" not in render("sidebar")


@pytest.mark.parametrize("url", ["javascript:alert(1)", "//evil.example/", "/\\evil.example", "ftp://x.example/",
                                 "data:text/html,hi", "evil.example", "/\t/evil.example", "/\n/evil.example"])
def test_promo_links_must_be_http_or_a_path_on_this_site(url):
    from django.core.exceptions import ValidationError

    promo = PromoFactory.build(cta_url=url)
    with pytest.raises(ValidationError):
        promo.full_clean()


def test_promo_link_may_be_a_path_on_this_site():
    PromoFactory.build(cta_url="/beratung/").full_clean()


def test_promo_end_must_follow_its_start():
    from django.core.exceptions import ValidationError

    now = timezone.now()
    with pytest.raises(ValidationError):
        PromoFactory.build(starts_at=now, ends_at=now - timedelta(hours=1)).full_clean()


def test_demo_has_academy_newsletter_and_consulting_promos_in_both_languages(django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        call_command("load_demo", verbosity=0)
    call_command("load_demo", verbosity=0)
    for language in ("de", "en"):
        kinds = set(Promo.objects.filter(language=language).values_list("kind", flat=True))
        assert kinds == {"academy", "newsletter", "consulting"}
    assert Promo.objects.count() == 6
    for promo in Promo.objects.all():
        promo.full_clean()


def test_pages_with_promos_stay_within_their_query_budgets(client, django_assert_max_num_queries):
    for placement in ("header", "sidebar", "article_end"):
        PromoFactory(placement=placement)
    article = ArticleFactory()
    ArticleFactory.create_batch(6, category=article.category)
    with django_assert_max_num_queries(12):
        assert client.get(article.get_absolute_url()).status_code == 200
    with django_assert_max_num_queries(15):
        assert client.get("/").status_code == 200


@pytest.mark.parametrize("url", ["/\t/evil.example", "//evil.example/", "javascript:alert(1)"])
def test_a_stored_promo_link_off_the_site_is_never_followed(client, url):
    promo = PromoFactory()
    Promo.objects.filter(pk=promo.pk).update(cta_url=url)  # an old row, from before the check
    response = client.get(f"/promo/{promo.pk}/")
    assert response.status_code == 404 and "Location" not in response
