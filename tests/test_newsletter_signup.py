"""Double opt-in: sign-up form → confirmation e-mail → confirm page → POST → consent record."""

import re
import time
from types import SimpleNamespace

import pytest
from django.core import mail, signing
from django.urls import reverse
from django.utils import translation

from kinews.forms_security import make_stamp
from newsletter.consent import CONSENT_VERSION
from newsletter.models import ConsentRecord, Subscriber
from newsletter.services import confirm_token
from tests.factories import ArticleFactory, ConsentRecordFactory, SubscriberFactory

pytestmark = pytest.mark.django_db

SIGNUP = "/newsletter/"


def form_data(**overrides):
    data = {"email": "anna@example.com", "language": "de", "consent": "on", "page": "/artikel/ki/",
            "stamp": make_stamp(time.time() - 30), "website": ""}
    data.update(overrides)
    return data


@pytest.fixture
def sign_up(client, django_capture_on_commit_callbacks):
    def post(ip="203.0.113.7", **overrides):
        with django_capture_on_commit_callbacks(execute=True):
            return client.post(SIGNUP, form_data(**overrides), REMOTE_ADDR=ip)

    return post


def link_in(message) -> str:
    """The path of the confirmation link in an e-mail's text part."""
    return re.search(r"http://127\.0\.0\.1:8000(/\S+/)", message.body).group(1)


def test_whole_double_opt_in_path_records_complete_consent(client, sign_up):
    response = sign_up(ip="203.0.113.7")
    assert response.status_code == 302 and response["Location"] == "/newsletter/danke/"
    subscriber = Subscriber.objects.get(email="anna@example.com")
    assert subscriber.status == Subscriber.Status.PENDING

    # The e-mail: German, HTML and text, with a link to the confirm page.
    assert len(mail.outbox) == 1
    message = mail.outbox[0]
    assert message.to == ["anna@example.com"] and "Bitte bestätige" in message.subject
    html = message.alternatives[0].content
    link = link_in(message)
    assert link.startswith("/newsletter/bestaetigen/") and link in html

    # Opening the link (as a mail scanner would) confirms nothing; it shows a button.
    page = client.get(link)
    assert page.status_code == 200 and '<form method="post"' in page.content.decode()
    assert "anna@example.com" in page.content.decode()
    subscriber.refresh_from_db()
    assert subscriber.status == Subscriber.Status.PENDING

    # Only the POST of that button confirms.
    done = client.post(link)
    assert "Anmeldung ist bestätigt" in done.content.decode()
    subscriber.refresh_from_db()
    assert subscriber.status == Subscriber.Status.CONFIRMED and subscriber.confirmed_at

    consent = ConsentRecord.objects.get(subscriber=subscriber)
    assert consent.requested_at <= consent.confirmed_at
    assert consent.consent_version == CONSENT_VERSION
    assert consent.consent_text.startswith("Ja, schickt mir den kinews-Newsletter")
    assert f"(http://testserver{reverse('pages:privacy')})" in consent.consent_text
    assert consent.form_page == "/artikel/ki/"
    assert len(consent.ip_hash) == 64 and "203.0.113.7" not in consent.ip_hash
    assert consent.confirm_ip_hash


def test_english_sign_up_gets_an_english_email_and_english_links(client, sign_up):
    sign_up(language="en")
    message = mail.outbox[0]
    assert "Please confirm" in message.subject and "Hello," in message.body
    assert link_in(message).startswith("/en/newsletter/confirm/")


def test_the_same_link_twice_says_already_confirmed(client, sign_up):
    sign_up()
    link = link_in(mail.outbox[0])
    client.post(link)
    again = client.post(link)
    assert "Bereits bestätigt" in again.content.decode()
    assert "Bereits bestätigt" in client.get(link).content.decode()


def test_expired_link_gets_a_clear_page_and_confirms_nothing(client, sign_up, monkeypatch):
    sign_up()
    link = link_in(mail.outbox[0])
    later = time.time() + 49 * 3600
    monkeypatch.setattr(signing, "time", SimpleNamespace(time=lambda: later))
    for response in (client.get(link), client.post(link)):
        assert response.status_code == 410
        assert "abgelaufen" in response.content.decode()
        assert 'id="newsletter-signup"' in response.content.decode()
    assert Subscriber.objects.get().status == Subscriber.Status.PENDING


def test_link_still_works_just_before_48_hours(client, sign_up, monkeypatch):
    sign_up()
    link = link_in(mail.outbox[0])
    later = time.time() + 47 * 3600
    monkeypatch.setattr(signing, "time", SimpleNamespace(time=lambda: later))
    client.post(link)
    assert Subscriber.objects.get().status == Subscriber.Status.CONFIRMED


@pytest.mark.parametrize("mangle", [
    lambda token: token[:-2] + ("AA" if not token.endswith("AA") else "BB"),  # signature altered
    lambda token: signing.dumps(999999, salt="newsletter.confirm")[:-1] + "x",
    lambda token: signing.dumps(1, salt="another.purpose"),  # signed, but not a confirmation token
    lambda token: "not-a-token",
])
def test_tampered_links_get_a_clear_page_and_confirm_nothing(client, sign_up, mangle):
    sign_up()
    token = link_in(mail.outbox[0]).rstrip("/").rsplit("/", 1)[1]
    url = reverse("newsletter:confirm", kwargs={"token": mangle(token)})
    for response in (client.get(url), client.post(url)):
        assert response.status_code == 400
        assert "ungültig" in response.content.decode()
    assert Subscriber.objects.get().status == Subscriber.Status.PENDING


def test_a_token_for_another_consent_cannot_be_forged_by_changing_the_number(client):
    consent = ConsentRecordFactory()
    other = ConsentRecordFactory()
    token = confirm_token(consent)
    payload, rest = token.split(":", 1)
    forged = signing.b64_encode(str(other.pk).encode()).decode() + ":" + rest
    response = client.post(reverse("newsletter:confirm", kwargs={"token": forged}))
    assert response.status_code == 400
    other.refresh_from_db()
    assert other.confirmed_at is None


def test_the_answer_never_reveals_whether_an_address_is_subscribed(client, sign_up):
    SubscriberFactory(email="known@example.com")
    SubscriberFactory(email="gone@example.com", status="unsubscribed")
    answers = []
    for email in ["known@example.com", "new@example.com", "gone@example.com"]:
        response = sign_up(email=email)
        followed = client.get(response["Location"])
        # Forms on the page carry a signed timestamp that changes every second; it says nothing about the address.
        page = re.sub(rb'name="(stamp|token)" value="[^"]*"', b"", followed.content)
        answers.append((response.status_code, response["Location"], page))
    assert len(set(answers)) == 1
    # The confirmed address got nothing; the others got a confirmation e-mail.
    assert sorted(m.to[0] for m in mail.outbox) == ["gone@example.com", "new@example.com"]


def test_a_confirmed_subscriber_is_left_untouched_by_a_new_request(sign_up):
    subscriber = SubscriberFactory(email="known@example.com", language="de")
    sign_up(email="Known@Example.com", language="en")
    subscriber.refresh_from_db()
    assert subscriber.status == "confirmed" and subscriber.language == "de"
    assert not ConsentRecord.objects.exists()


def test_fifty_requests_for_one_address_send_a_handful_of_emails(sign_up):
    for n in range(50):
        sign_up(email="victim@example.com", ip=f"198.51.100.{n}")
    assert 1 <= len(mail.outbox) <= 3
    assert ConsentRecord.objects.count() == len(mail.outbox)


def test_a_thousand_requests_from_one_ip_send_a_handful_of_emails(sign_up):
    statuses = {sign_up(email=f"target{n}@example.com", ip="198.51.100.66").status_code for n in range(1000)}
    assert len(mail.outbox) <= 10
    assert Subscriber.objects.count() <= 10
    assert statuses == {302, 429}


def test_rate_limit_keys_contain_no_addresses(sign_up):
    from django.core.cache import cache

    sign_up(email="private@example.com", ip="192.0.2.99")
    keys = " ".join(str(key) for key in cache._cache)  # locmem internals, good enough for a look
    assert "private@example.com" not in keys and "192.0.2.99" not in keys


def test_resubscribing_after_unsubscribing_needs_and_records_new_consent(client, sign_up):
    sign_up()
    client.post(link_in(mail.outbox[0]))
    subscriber = Subscriber.objects.get()
    subscriber.status, subscriber.unsubscribed_at = "unsubscribed", subscriber.confirmed_at
    subscriber.save()

    sign_up(language="en")
    subscriber.refresh_from_db()
    assert subscriber.status == "unsubscribed"  # not before the new confirmation
    client.post(link_in(mail.outbox[1]))
    subscriber.refresh_from_db()
    assert subscriber.status == "confirmed" and subscriber.language == "en" and subscriber.unsubscribed_at is None
    assert subscriber.consents.filter(confirmed_at__isnull=False).count() == 2


@pytest.mark.parametrize("overrides, message", [
    ({"email": ""}, "Dieses Feld ist zwingend erforderlich."),
    ({"email": "keine-adresse"}, "gültige E-Mail-Adresse"),
    ({"email": "<script>alert(1)</script>@example.com"}, "gültige E-Mail-Adresse"),
    ({"email": "a" * 250 + "@example.com"}, "höchstens 254 Zeichen"),
    ({"consent": ""}, "Bitte setze das Häkchen"),
    ({"language": "xx"}, "gültige Auswahl"),
])
def test_bad_input_shows_the_form_again_with_a_message(sign_up, overrides, message):
    response = sign_up(**overrides)
    html = response.content.decode()
    assert response.status_code == 400
    assert message in html and 'id="newsletter-signup"' in html
    assert "<script>alert(1)</script>" not in html
    assert not Subscriber.objects.exists() and not mail.outbox


def test_non_latin_and_emoji_addresses_are_handled(sign_up):
    assert sign_up(email="😀@example.com").status_code == 400
    assert sign_up(email="jürgen@example.com").status_code == 400  # non-ASCII local parts: too rarely deliverable
    response = sign_up(email="Anna@Bücher.example")
    assert response.status_code == 302
    assert Subscriber.objects.get().email == "anna@bücher.example"


def test_a_foreign_page_cannot_post_the_form(client):
    for headers in ({"Sec-Fetch-Site": "cross-site"}, {"Origin": "https://evil.example"}, {"Origin": "null"}):
        response = client.post(SIGNUP, form_data(), headers=headers)
        assert response.status_code == 403
    assert not Subscriber.objects.exists()


def test_our_own_page_may_post_the_form(client, sign_up):
    response = client.post(SIGNUP, form_data(), headers={"Sec-Fetch-Site": "same-origin"})
    assert response.status_code == 302
    response = client.post(SIGNUP, form_data(email="b@example.com"), headers={"Origin": "http://testserver"})
    assert response.status_code == 302


@pytest.mark.parametrize("overrides", [
    lambda: {"stamp": make_stamp()},  # sent the moment the form was loaded: a bot
    lambda: {"stamp": make_stamp(time.time() - 8 * 24 * 3600)},  # a week-old page
    lambda: {"stamp": "12345:forged"},
    lambda: {"stamp": ""},
    lambda: {"website": "https://spam.example"},  # the honeypot field
])
def test_bots_and_stale_forms_are_refused(sign_up, overrides):
    response = sign_up(**overrides())
    assert response.status_code == 400
    assert not Subscriber.objects.exists()
    # The form comes back with a fresh stamp so a human can simply send it again.
    assert 'name="stamp"' in response.content.decode()


def test_form_is_in_footer_at_article_end_and_on_its_own_page(client):
    article = ArticleFactory()
    html = client.get(article.get_absolute_url()).content.decode()
    assert html.count('<form id="newsletter-signup') == 2  # end of article + footer
    assert 'id="newsletter-signup"' in html and 'id="newsletter-signup-2"' in html
    assert html.index('id="newsletter-signup"') < html.index('id="author-box"')
    assert f'href="{reverse("pages:privacy")}"' in html
    home = client.get("/").content.decode()
    assert 'id="newsletter-signup"' in home
    page = client.get(SIGNUP)
    assert page.status_code == 200 and 'id="newsletter-signup"' in page.content.decode()
    with translation.override("en"):
        english = client.get(reverse("newsletter:signup")).content.decode()
    assert 'href="/en/privacy/"' in english and "Subscribe" in english


def test_the_newsletter_page_headline_reads_well_in_both_languages(client):
    english = client.get("/en/newsletter/").content.decode()
    assert "AI news that matters, once a week" in english
    assert "AI news that matter," not in english
    assert "KI-Nachrichten, die zählen – einmal pro Woche" in client.get(SIGNUP).content.decode()


def test_newsletter_pages_set_no_cookies(client, sign_up):
    response = sign_up()
    assert response.cookies == {}
    link = link_in(mail.outbox[0])
    for response in (client.get(SIGNUP), client.get("/newsletter/danke/"), client.get(link), client.post(link),
                     client.post(SIGNUP, form_data(email=""))):
        assert response.cookies == {}, response.request["PATH_INFO"]
    assert client.cookies == {}


def test_cleanup_command_deletes_old_unconfirmed_requests_only(client):
    from datetime import timedelta

    from django.core.management import call_command
    from django.utils import timezone

    old = timezone.now() - timedelta(days=8)
    stale = ConsentRecordFactory(requested_at=old)
    Subscriber.objects.filter(pk=stale.subscriber_id).update(created_at=old)
    fresh = ConsentRecordFactory()
    former = SubscriberFactory(status="unsubscribed", unsubscribed_at=old)
    proof = ConsentRecordFactory(requested_at=old, confirmed_at=old, subscriber=former)
    call_command("newsletter_cleanup", verbosity=0)
    assert not Subscriber.objects.filter(pk=stale.subscriber_id).exists()
    assert ConsentRecord.objects.filter(pk__in=[fresh.pk, proof.pk]).count() == 2


def test_export_lists_everything_stored_about_an_address(client, sign_up):
    import json
    from io import StringIO

    from django.core.management import call_command

    sign_up(email="anna@example.com")
    client.post(link_in(mail.outbox[0]))
    out = StringIO()
    call_command("newsletter_export", "ANNA@example.com", stdout=out)
    data = json.loads(out.getvalue())
    assert data["status"] == "confirmed"
    [consent] = data["consent_records"]
    assert consent["confirmed_at"] and consent["consent_text"] and consent["form_page"] == "/artikel/ki/"


def test_privacy_inventory_lists_every_newsletter_model_with_personal_data():
    from kinews.privacy import inventory

    listed = {entry.model for entry in inventory()}
    assert {"newsletter.subscriber", "newsletter.consentrecord", "newsletter.delivery"} <= listed
