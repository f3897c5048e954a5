"""Subscriptions people manage themselves: the welcome mail, the personal page (language, pause, unsubscribe)."""

import re
from collections import Counter
from datetime import timedelta

import pytest
from django.core import mail, signing
from django.core.management import call_command
from django.utils import timezone

from kinews.outbox import retry_delay
from newsletter.models import Delivery, Subscriber, SubscriberMail
from newsletter.sending import queue_deliveries, send_issue
from newsletter.services import confirm_token, unsubscribe_url
from newsletter.subscription import deliver_subscriber_mail, manage_token
from tests.factories import ArticleFactory, ConsentRecordFactory, IssueFactory, SubscriberFactory

pytestmark = pytest.mark.django_db

LOCMEM = {"default": {"BACKEND": "django.core.mail.backends.locmem.EmailBackend"}}
# A real SMTP backend pointed at a closed port: the connection is refused, as when the mail server is down.
SMTP_DOWN = {"default": {"BACKEND": "django.core.mail.backends.smtp.EmailBackend",
                         "OPTIONS": {"host": "127.0.0.1", "port": 9, "timeout": 2}}}


def page_path(subscriber, language: str = "de") -> str:
    prefix = "/newsletter/abo/" if language == "de" else "/en/newsletter/subscription/"
    return f"{prefix}{manage_token(subscriber.pk)}/"


@pytest.fixture
def confirm(client, django_capture_on_commit_callbacks):
    """Confirm a pending sign-up through its link, as the subscriber does."""
    def post(language: str = "de") -> Subscriber:
        consent = ConsentRecordFactory(
            subscriber=SubscriberFactory(status="pending", confirmed_at=None, language=language), language=language
        )
        prefix = "/newsletter/bestaetigen/" if language == "de" else "/en/newsletter/confirm/"
        with django_capture_on_commit_callbacks(execute=True):
            client.post(f"{prefix}{confirm_token(consent)}/")
        return Subscriber.objects.get(pk=consent.subscriber_id)
    return post


def link_in(text: str) -> str:
    return re.search(r"http://127\.0\.0\.1:8000(/\S+/)", text).group(1)


def test_confirming_sends_a_welcome_mail_with_the_personal_page(client, confirm):
    subscriber = confirm()
    assert subscriber.status == Subscriber.Status.CONFIRMED
    [welcome] = mail.outbox
    assert welcome.to == [subscriber.email] and welcome.subject == "Willkommen beim kinews-Newsletter"
    link = link_in(welcome.body)
    assert link.startswith("/newsletter/abo/") and link in welcome.alternatives[0].content
    page = client.get(link)
    html = page.content.decode()
    assert page.status_code == 200 and "Dein Newsletter-Abo" in html
    assert subscriber.email in html and "aktiv" in html
    assert page["X-Robots-Tag"] == "noindex" and "no-store" in page["Cache-Control"] and page.cookies == {}
    assert SubscriberMail.objects.get().status == SubscriberMail.Status.SENT


def test_english_subscribers_get_an_english_welcome_and_page(client, confirm):
    subscriber = confirm(language="en")
    [welcome] = mail.outbox
    assert welcome.subject == "Welcome to the kinews newsletter"
    link = link_in(welcome.body)
    assert link.startswith("/en/newsletter/subscription/")
    page = client.get(link).content.decode()
    assert "Your newsletter subscription" in page and f"For {subscriber.email}:" in page


def test_the_welcome_mail_is_stored_before_sending_and_retried_when_the_mail_server_is_down(confirm, settings):
    settings.MAILERS = SMTP_DOWN
    subscriber = confirm()
    assert subscriber.status == Subscriber.Status.CONFIRMED  # confirming never depends on the mail server
    row = SubscriberMail.objects.get(subscriber=subscriber)
    assert row.status == "pending" and row.attempts == 1 and "ConnectionRefused" in row.last_error
    settings.MAILERS = LOCMEM
    call_command("newsletter_send_mail", verbosity=0)
    assert mail.outbox == []  # not due yet
    SubscriberMail.objects.update(next_attempt_at=timezone.now())
    call_command("newsletter_send_mail", verbosity=0)
    call_command("newsletter_send_mail", verbosity=0)
    assert [message.subject for message in mail.outbox] == ["Willkommen beim kinews-Newsletter"]
    row.refresh_from_db()
    assert row.status == "sent" and row.attempts == 2 and row.sent_at
    assert [retry_delay(n) for n in (1, 2, 3, 10)] == [
        timedelta(minutes=1), timedelta(minutes=2), timedelta(minutes=4), timedelta(minutes=60)]


def test_a_welcome_mail_is_sent_once_and_not_after_unsubscribing(confirm, settings):
    settings.MAILERS = SMTP_DOWN
    subscriber = confirm()
    row = SubscriberMail.objects.get()
    settings.MAILERS = LOCMEM
    SubscriberMail.objects.update(next_attempt_at=timezone.now(), claimed_until=timezone.now() + timedelta(minutes=1))
    assert deliver_subscriber_mail(mail_id=row.pk) == "busy"  # another worker holds it
    Subscriber.objects.filter(pk=subscriber.pk).update(status=Subscriber.Status.UNSUBSCRIBED)
    SubscriberMail.objects.update(claimed_until=None)
    assert deliver_subscriber_mail(mail_id=row.pk) == "skipped"
    assert deliver_subscriber_mail(mail_id=row.pk) == "busy"
    assert mail.outbox == []


def test_changing_the_language_moves_the_subscriber_and_the_page_to_it(client):
    subscriber = SubscriberFactory(language="de")
    response = client.post(page_path(subscriber), {"action": "language", "language": "en"})
    assert response.status_code == 302
    assert response["Location"].startswith("/en/newsletter/subscription/") and response["Location"].endswith(
        "/?done=language")
    subscriber.refresh_from_db()
    assert subscriber.language == "en"
    page = client.get(response["Location"]).content.decode()
    assert "Saved: you will receive the newsletter in the language you chose." in page
    assert '<input type="radio" name="language" value="en" checked>' in page


def test_a_pause_stops_issues_until_its_end(client):
    paused, reader = SubscriberFactory(), SubscriberFactory()
    response = client.post(page_path(paused), {"action": "pause", "pause": "30"})
    assert response["Location"].endswith("?done=pause")
    page = client.get(response["Location"]).content.decode()
    paused.refresh_from_db()
    assert paused.is_paused() and timedelta(days=29) < paused.paused_until - timezone.now() <= timedelta(days=30)
    assert "Pausiert: Du bekommst vorerst keine Ausgaben." in page and "pausiert bis" in page
    assert "Jetzt fortsetzen" in page
    send_issue(IssueFactory(articles=[ArticleFactory()]).pk)
    assert [message.to for message in mail.outbox] == [[reader.email]]
    # When the time is up the next issue reaches the subscriber again, without anyone doing anything.
    Subscriber.objects.filter(pk=paused.pk).update(paused_until=timezone.now() - timedelta(minutes=1))
    send_issue(IssueFactory(articles=[ArticleFactory()]).pk)
    assert Counter(message.to[0] for message in mail.outbox) == Counter({reader.email: 2, paused.email: 1})


def test_a_pause_until_resumed_lasts_until_the_subscriber_resumes(client):
    subscriber = SubscriberFactory()
    client.post(page_path(subscriber), {"action": "pause", "pause": "open"})
    subscriber.refresh_from_db()
    assert subscriber.is_paused(timezone.now() + timedelta(days=3650))
    assert "pausiert, bis Du ihn wieder startest" in client.get(page_path(subscriber)).content.decode()
    assert not Subscriber.objects.receiving().exists()
    response = client.post(page_path(subscriber), {"action": "resume"})
    assert "Willkommen zurück" in client.get(response["Location"]).content.decode()
    subscriber.refresh_from_db()
    assert subscriber.is_receiving() and list(Subscriber.objects.receiving()) == [subscriber]


def test_subscribers_who_pause_while_an_issue_is_sent_are_skipped():
    stays, pauses = SubscriberFactory(), SubscriberFactory()
    issue = IssueFactory(articles=[ArticleFactory()])
    queue_deliveries(issue)
    Subscriber.objects.filter(pk=pauses.pk).update(paused_at=timezone.now())
    send_issue(issue.pk)
    assert [message.to for message in mail.outbox] == [[stays.email]]
    assert Delivery.objects.get(subscriber=pauses).status == Delivery.Status.SKIPPED


def test_unsubscribing_on_the_page_and_coming_back_later(client):
    subscriber = SubscriberFactory()
    response = client.post(page_path(subscriber), {"action": "unsubscribe"})
    subscriber.refresh_from_db()
    assert subscriber.status == Subscriber.Status.UNSUBSCRIBED and subscriber.unsubscribed_at
    assert "Du bist abgemeldet" in client.get(response["Location"]).content.decode()
    again = client.get(page_path(subscriber)).content.decode()
    assert "Du bist bereits abgemeldet" in again and 'id="newsletter-signup"' in again
    assert 'value="unsubscribe"' not in again


def test_opening_the_unsubscribe_link_again_says_already_unsubscribed(client):
    subscriber = SubscriberFactory()
    path = unsubscribe_url(subscriber.pk, "de").removeprefix("http://127.0.0.1:8000")
    client.post(path)
    for response in (client.get(path), client.post(path)):
        html = response.content.decode()
        assert response.status_code == 200 and "Du bist bereits abgemeldet" in html
        assert '<form method="post" class="newsletter-page__action">' not in html  # nothing left to ask
    english = unsubscribe_url(subscriber.pk, "en").removeprefix("http://127.0.0.1:8000")
    assert "You are already unsubscribed" in client.get(english).content.decode()


def test_the_unsubscribe_page_offers_the_subscription_page_instead(client):
    subscriber = SubscriberFactory()
    path = unsubscribe_url(subscriber.pk, "de").removeprefix("http://127.0.0.1:8000")
    html = client.get(path).content.decode()
    link = re.search(r'<a href="(/newsletter/abo/[^"]+/)">Dein Abo verwalten</a>', html).group(1)
    assert subscriber.email in client.get(link).content.decode()


@pytest.mark.parametrize("token", ["", "1", "MQ:forged", "x" * 5000, "<script>alert(1)</script>", "%00",
                                   signing.dumps(1, salt="newsletter.unsubscribe")])
def test_forged_or_guessed_links_show_nothing_and_change_nothing(client, token):
    subscriber = SubscriberFactory(pk=1)
    response = client.post(f"/newsletter/abo/{token}/", {"action": "unsubscribe"})
    assert response.status_code in (400, 404)
    assert subscriber.email not in response.content.decode()
    subscriber.refresh_from_db()
    assert subscriber.status == Subscriber.Status.CONFIRMED


@pytest.mark.parametrize("data", [
    {},
    {"action": ""},
    {"action": "language"},
    {"action": "language", "language": "fr"},
    {"action": "language", "language": "<script>alert(1)</script>"},
    {"action": "pause", "pause": "x" * 10_000},
    {"action": "pause", "pause": "3650"},
    {"action": "pause", "pause": "日本語"},
    {"action": "delete_everything"},
])
def test_bad_input_changes_nothing_and_says_so_in_the_readers_language(client, data):
    subscriber = SubscriberFactory(language="de")
    response = client.post(page_path(subscriber), data)
    html = response.content.decode()
    assert response.status_code == 400 and 'role="alert"' in html
    assert "Bitte wähle" in html or "Es wurde nichts geändert" in html
    assert "<script>alert" not in html and "x" * 100 not in html
    subscriber.refresh_from_db()
    assert (subscriber.language, subscriber.status, subscriber.paused_at) == ("de", "confirmed", None)


def test_a_foreign_page_cannot_change_a_subscription(client):
    subscriber = SubscriberFactory()
    response = client.post(page_path(subscriber), {"action": "unsubscribe"}, HTTP_SEC_FETCH_SITE="cross-site",
                           HTTP_ORIGIN="https://evil.example")
    assert response.status_code == 403
    subscriber.refresh_from_db()
    assert subscriber.status == Subscriber.Status.CONFIRMED


def test_signing_up_again_after_a_pause_starts_fresh(confirm):
    subscriber = confirm()
    Subscriber.objects.filter(pk=subscriber.pk).update(status="unsubscribed", paused_at=timezone.now())
    ConsentRecordFactory(subscriber=subscriber)
    from newsletter.services import confirm_subscription

    confirm_subscription(consent=subscriber.consents.filter(confirmed_at__isnull=True).get(), ip="")
    subscriber.refresh_from_db()
    assert subscriber.is_receiving()


def test_the_subscription_page_has_a_fixed_query_budget(client, django_assert_max_num_queries):
    subscriber = SubscriberFactory()
    with django_assert_max_num_queries(4):
        assert client.get(page_path(subscriber)).status_code == 200


def test_a_link_cannot_be_turned_into_another_subscribers_by_changing_the_number():
    from newsletter.subscription import subscriber_for_manage_token

    first, second = SubscriberFactory(), SubscriberFactory()
    _number, signature = manage_token(first.pk).split(":", 1)
    forged = f"{signing.b64_encode(str(second.pk).encode()).decode()}:{signature}"
    assert subscriber_for_manage_token(forged) is None
    assert subscriber_for_manage_token(manage_token(second.pk)) == second
