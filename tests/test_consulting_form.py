import pytest
import time_machine
from django.core import mail
from django.core.cache import cache
from django.urls import reverse
from django.utils import timezone, translation

from consulting.models import Inquiry
from tests.consulting_helpers import aged_token, valid_data
from tests.factories import ArticleFactory

pytestmark = pytest.mark.django_db

FORM_DE = "/beratung/anfrage/"
FORM_EN = "/en/consulting/inquiry/"


@pytest.fixture(autouse=True)
def fresh_rate_limits():
    cache.clear()
    yield
    cache.clear()


def test_form_has_german_and_english_addresses():
    assert reverse("consulting:inquiry") == FORM_DE
    with translation.override("en"):
        assert reverse("consulting:inquiry") == FORM_EN
        assert reverse("consulting:thanks") == "/en/consulting/inquiry/thanks/"


def test_form_page_shows_intro_offer_link_all_fields_and_privacy_link(client):
    response = client.get(FORM_DE)
    html = response.content.decode()
    assert response.status_code == 200
    assert "<h1 id=\"inquiry-title\">Beraten lassen</h1>" in html
    assert f'href="{reverse("pages:consulting")}"' in html
    assert f'href="{reverse("pages:privacy")}">Datenschutzerklärung</a>' in html
    for name in ["name", "email", "company", "role", "phone", "topic", "budget", "message", "contact_by",
                 "consent", "website", "token"]:
        assert f'name="{name}"' in html, name
    assert 'maxlength="100"' in html and 'maxlength="4000"' in html
    assert "<script" not in html  # works without JavaScript


def test_english_form_page_is_in_english(client):
    html = client.get(FORM_EN).content.decode()
    assert 'lang="en"' in html and "Get advice</h1>" in html and "Send inquiry" in html
    assert 'hreflang="de"' in html and FORM_DE in html


def test_valid_inquiry_is_stored_and_redirects_to_thank_you_page(client):
    response = client.post(FORM_DE, valid_data())
    assert response.status_code == 302 and response["Location"] == "/beratung/anfrage/danke/"
    inquiry = Inquiry.objects.get()
    assert (inquiry.name, inquiry.email, inquiry.company, inquiry.topic) == (
        "Jana Schulz", "jana@example.com", "Muster AG", "training")
    assert inquiry.status == Inquiry.Status.NEW and not inquiry.is_spam and inquiry.consent_at
    assert inquiry.language == "de"
    thanks = client.get(response["Location"])
    assert "Danke für Deine Anfrage" in thanks.content.decode()
    # Reloading the thank-you page is a GET: nothing is sent again.
    client.get(response["Location"])
    assert Inquiry.objects.count() == 1


def test_english_inquiry_remembers_its_language_and_thanks_in_english(client):
    response = client.post(FORM_EN, valid_data(), follow=True)
    assert "Thank you for your inquiry" in response.content.decode()
    assert Inquiry.objects.get().language == "en"


def test_missing_fields_show_german_errors_next_to_each_field_and_keep_values(client):
    response = client.post(FORM_DE, valid_data(name="", email="keine-adresse", consent="", message="",
                                                company="Muster & Söhne"))
    html = response.content.decode()
    assert response.status_code == 200 and not Inquiry.objects.exists()
    assert "Bitte prüfe die markierten Felder." in html
    assert html.count("Dieses Feld ist zwingend erforderlich.") == 2  # name and message
    assert "Bitte stimme zu, sonst dürfen wir Deine Anfrage nicht speichern." in html
    assert 'id="id_email_error"' in html and 'aria-invalid="true"' in html
    # The error sits right before its own field, and what was typed is still there.
    assert html.index('id="id_name_error"') < html.index('id="id_name"') < html.index('id="id_email_error"')
    assert 'value="keine-adresse"' in html
    assert 'value="Muster &amp; Söhne"' in html


def test_missing_fields_show_english_errors_on_the_english_page(client):
    html = client.post(FORM_EN, valid_data(name="", consent="")).content.decode()
    assert "This field is required." in html
    assert "Please agree, otherwise we may not store your inquiry." in html
    assert "Please check the marked fields." in html


def test_too_long_values_are_refused_with_the_limit(client):
    response = client.post(FORM_DE, valid_data(name="x" * 101, message="y" * 4001))
    errors = response.context["form"].errors
    assert "höchstens 100 Zeichen" in errors["name"][0]
    assert "höchstens 4000 Zeichen" in errors["message"][0]
    assert not Inquiry.objects.exists()


def test_phone_is_required_when_the_visitor_wants_a_call(client):
    response = client.post(FORM_DE, valid_data(contact_by="phone", phone=""))
    errors = response.context["form"].errors
    assert errors["phone"] == ["Bitte gib eine Telefonnummer an, wenn wir Dich anrufen sollen."]
    client.post(FORM_DE, valid_data(contact_by="phone", phone="+49 (30) 123-456"))
    assert Inquiry.objects.get().phone == "+49 (30) 123-456"


def test_script_emoji_and_non_latin_input_is_stored_as_typed_and_shown_escaped(client):
    evil = '<script>alert("x")</script>'
    data = valid_data(name="Дмитрий 王小明 😀", company=evil, message=f"Hallo {evil} 🚀")
    response = client.post(FORM_DE, data | {"email": "broken"})
    html = response.content.decode()
    assert evil not in html
    assert "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;" in html
    assert 'value="Дмитрий 王小明 😀"' in html
    client.post(FORM_DE, data)
    inquiry = Inquiry.objects.get()
    assert inquiry.name == "Дмитрий 王小明 😀" and inquiry.company == evil and "🚀" in inquiry.message


def test_line_breaks_in_one_line_fields_become_spaces(client):
    client.post(FORM_DE, valid_data(name="Jana\r\nBcc: victim@example.com", company="  Muster\n AG "))
    inquiry = Inquiry.objects.get()
    assert inquiry.name == "Jana Bcc: victim@example.com" and inquiry.company == "Muster AG"


def test_call_to_action_at_the_end_of_an_article_links_the_form_with_its_source(client):
    article = ArticleFactory()
    html = client.get(article.get_absolute_url()).content.decode()
    path = article.get_absolute_url()
    assert 'id="consulting-cta"' in html
    assert html.index('id="author-box"') < html.index('id="consulting-cta"')
    assert f'href="/beratung/anfrage/?source={path.replace("/", "%2F")}&amp;cta=article-end"' in html


def test_header_banner_is_on_every_page_but_not_on_the_form_itself(client):
    html = client.get("/en/").content.decode()
    assert 'id="consulting-cta-banner"' in html
    assert 'href="/en/consulting/inquiry/?source=%2Fen%2F&amp;cta=header-banner"' in html
    assert "consulting-cta-banner" not in client.get(FORM_DE).content.decode()


def test_inquiry_remembers_the_article_and_call_to_action_it_came_from(client):
    article = ArticleFactory()
    page = client.get(FORM_DE, {"source": article.get_absolute_url(), "cta": "article-end"}).content.decode()
    assert f'name="source" value="{article.get_absolute_url()}"' in page
    assert 'name="cta" value="article-end"' in page
    client.post(FORM_DE, valid_data(source=article.get_absolute_url(), cta="article-end"))
    inquiry = Inquiry.objects.get()
    assert (inquiry.source_path, inquiry.source_cta) == (article.get_absolute_url(), "article-end")


@pytest.mark.parametrize("source, cta", [
    ("https://evil.example/phish", "article-end"),
    ("//evil.example/x", "header-banner"),
    ("javascript:alert(1)", "sidebar"),
    ("/ok/\"><script>", "<b>"),
])
def test_odd_source_values_are_dropped_not_stored(client, source, cta):
    client.post(FORM_DE, valid_data(source=source, cta=cta))
    inquiry = Inquiry.objects.get()
    assert inquiry.source_path == "" and inquiry.source_cta in ("", "article-end", "header-banner")
    assert inquiry.source_cta == (cta if cta in ("article-end", "header-banner") else "")


def test_filled_honeypot_is_stored_but_flagged_as_spam(client):
    response = client.post(FORM_DE, valid_data(website="http://spam.example"))
    assert response.status_code == 302 and response["Location"] == "/beratung/anfrage/erhalten/"
    inquiry = Inquiry.objects.get()
    assert inquiry.is_spam and inquiry.spam_reasons == "honeypot"


def test_submission_faster_than_a_human_is_stored_but_flagged(client):
    client.post(FORM_DE, valid_data(token=aged_token(seconds=0.5)))
    inquiry = Inquiry.objects.get()
    assert inquiry.is_spam and inquiry.spam_reasons == "too-fast"


def test_missing_forged_or_expired_token_is_stored_but_flagged(client, settings):
    settings.CONSULTING_FORM_MAX_AGE = 60
    client.post(FORM_DE, valid_data(token=""))
    client.post(FORM_DE, valid_data(token=aged_token()[:-3] + "abc"))
    client.post(FORM_DE, valid_data(token=aged_token(seconds=120)))
    assert sorted(Inquiry.objects.values_list("spam_reasons", flat=True)) == [
        "token-expired", "token-invalid", "token-missing"]


def test_token_from_the_rendered_form_is_accepted_after_a_human_pause(client, settings):
    settings.CONSULTING_MIN_FILL_SECONDS = 0
    token = client.get(FORM_DE).context["form"]["token"].value()
    client.post(FORM_DE, valid_data(token=token))
    assert not Inquiry.objects.get().is_spam


def test_too_many_submissions_from_one_address_are_flagged_but_stored(client, settings):
    settings.CONSULTING_RATE_LIMIT = 3
    for n in range(5):
        client.post(FORM_DE, valid_data(email=f"p{n}@example.com"), REMOTE_ADDR="203.0.113.7")
    client.post(FORM_DE, valid_data(email="other@example.com"), REMOTE_ADDR="203.0.113.8")
    flags = dict(Inquiry.objects.values_list("email", "spam_reasons"))
    assert Inquiry.objects.count() == 6
    assert [flags[f"p{n}@example.com"] for n in range(5)] == ["", "", "", "rate-limit", "rate-limit"]
    assert flags["other@example.com"] == ""


def test_rate_limit_keys_hold_no_ip_address(client):
    client.post(FORM_DE, valid_data(), REMOTE_ADDR="203.0.113.7")
    keys = list(cache._cache.keys())
    assert keys and not any("203.0.113.7" in key for key in keys)


def test_cross_site_post_is_refused(client):
    response = client.post(FORM_DE, valid_data(), HTTP_SEC_FETCH_SITE="cross-site")
    assert response.status_code == 403
    response = client.post(FORM_DE, valid_data(), HTTP_ORIGIN="https://evil.example")
    assert response.status_code == 403
    assert not Inquiry.objects.exists()


def test_same_origin_browser_post_is_accepted(client):
    client.post(FORM_DE, valid_data(), HTTP_SEC_FETCH_SITE="same-origin", HTTP_ORIGIN="http://testserver")
    client.post(FORM_DE, valid_data(), HTTP_ORIGIN="http://testserver")
    assert Inquiry.objects.count() == 2


def test_form_pages_set_no_cookies(client):
    responses = [client.get(FORM_DE), client.post(FORM_DE, valid_data(name="")), client.post(FORM_DE, valid_data()),
                 client.get("/beratung/anfrage/danke/"), client.get(FORM_EN)]
    for response in responses:
        assert response.cookies == {}, response.request["PATH_INFO"]
    assert "no-cache" in responses[0]["Cache-Control"]


def test_article_page_with_call_to_action_stays_within_its_query_budget(client, django_assert_max_num_queries):
    article = ArticleFactory()
    with django_assert_max_num_queries(12):
        client.get(article.get_absolute_url())


def test_consulting_offer_page_ends_with_the_call_to_action(client):
    from pages.models import Page

    Page.objects.update_or_create(key="consulting", defaults={"title": "Beratung", "is_published": True})
    offer = reverse("pages:consulting")
    html = client.get(offer).content.decode()
    assert 'id="consulting-cta"' in html
    assert f'href="/beratung/anfrage/?source={offer.replace("/", "%2F")}&amp;cta=consulting-page"' in html


def test_a_trusted_sister_site_may_post_but_an_opaque_origin_may_not(client, settings):
    settings.CSRF_TRUSTED_ORIGINS = ["https://www.kinews.example"]
    client.post(FORM_DE, valid_data(), HTTP_SEC_FETCH_SITE="same-site", HTTP_ORIGIN="https://www.kinews.example")
    assert Inquiry.objects.count() == 1
    assert client.post(FORM_DE, valid_data(), HTTP_SEC_FETCH_SITE="same-site",
                       HTTP_ORIGIN="https://shop.kinews.example").status_code == 403
    assert client.post(FORM_DE, valid_data(), HTTP_ORIGIN="null").status_code == 403


# --- Abuse of the form: mail-bombing a third party, replaying a token, flooding the inbox with spam.


def test_one_form_token_posted_a_dozen_times_sends_one_confirmation(client, django_capture_on_commit_callbacks):
    token = aged_token()
    with django_capture_on_commit_callbacks(execute=True):
        responses = [client.post(FORM_DE, valid_data(token=token, email="opfer@example.com")) for _ in range(12)]
    assert {response["Location"] for response in responses} == {"/beratung/anfrage/danke/"}  # a resent form
    assert Inquiry.objects.count() == 1
    assert sorted(message.to[0] for message in mail.outbox) == ["opfer@example.com", "vertrieb@kinews.example"]


def test_a_reused_form_token_with_other_details_is_flagged_and_mails_nobody(client,
                                                                           django_capture_on_commit_callbacks):
    token = aged_token()
    with django_capture_on_commit_callbacks(execute=True):
        client.post(FORM_DE, valid_data(token=token, email="erste@example.com"))
        response = client.post(FORM_DE, valid_data(token=token, email="zweite@example.com"))
    assert response["Location"] == "/beratung/anfrage/erhalten/"
    assert dict(Inquiry.objects.values_list("email", "spam_reasons")) == {
        "erste@example.com": "", "zweite@example.com": "token-reused"}
    assert "zweite@example.com" not in [message.to[0] for message in mail.outbox]


def test_two_visitors_shown_the_form_in_the_same_second_both_get_through(client, settings):
    settings.CONSULTING_MIN_FILL_SECONDS = 0
    with time_machine.travel(timezone.now(), tick=False):  # one and the same second for both
        first, second = (client.get(FORM_DE).context["form"]["token"].value() for _ in range(2))
        assert first != second
        client.post(FORM_DE, valid_data(token=first, email="a@example.com"))
        client.post(FORM_DE, valid_data(token=second, email="b@example.com"))
    assert not Inquiry.objects.filter(is_spam=True).exists()


def test_an_address_gets_only_a_few_confirmations_a_day_from_anywhere(client, settings,
                                                                       django_capture_on_commit_callbacks):
    settings.CONSULTING_CONFIRMATIONS_PER_ADDRESS = (3, 24 * 3600)
    with django_capture_on_commit_callbacks(execute=True):
        for n in range(6):  # six fresh forms, from six addresses, for one victim
            client.post(FORM_DE, valid_data(email="Opfer@Example.com" if n % 2 else "opfer@example.com"),
                        REMOTE_ADDR=f"203.0.113.{n}")
    assert Inquiry.objects.filter(is_spam=False).count() == 6  # every lead is kept and reaches sales
    to = [message.to[0].lower() for message in mail.outbox]
    assert to.count("opfer@example.com") == 3 and to.count("vertrieb@kinews.example") == 6


def test_stored_spam_is_capped_per_window_and_real_leads_still_get_through(client, settings):
    settings.CONSULTING_SPAM_STORE_LIMIT = 3
    for n in range(8):
        response = client.post(FORM_DE, valid_data(website="http://spam.example", email=f"bot{n}@example.com"))
        assert response["Location"] == "/beratung/anfrage/erhalten/"
    assert Inquiry.objects.filter(is_spam=True).count() == 3
    client.post(FORM_DE, valid_data(email="echt@example.com"), REMOTE_ADDR="203.0.113.9")
    assert Inquiry.objects.filter(is_spam=False).get().email == "echt@example.com"


@pytest.mark.parametrize(("form", "text"), [
    (FORM_DE, "Wir haben Deine Anfrage erhalten und prüfen sie"),
    (FORM_EN, "We have received your inquiry and are checking it"),
])
def test_a_flagged_inquiry_is_told_it_arrived_and_will_be_checked(client, form, text):
    response = client.post(form, valid_data(token=aged_token(seconds=0.5)), follow=True)
    html = response.content.decode()
    assert response.status_code == 200 and text in html
    assert "noindex" in html and Inquiry.objects.get().is_spam
