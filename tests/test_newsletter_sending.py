"""Newsletter issues: content, unsubscribe headers and links, idempotent sending that survives crashes."""

import email.policy
import re
from collections import Counter
from email.parser import BytesParser
from smtplib import SMTPRecipientsRefused

import pytest
import time_machine
from django.core import mail
from django.core.mail.backends.locmem import EmailBackend
from django.test import Client
from django.utils import timezone

from newsletter import sending
from newsletter.models import Delivery, Issue, Subscriber
from newsletter.sending import claim_batch, queue_deliveries, render_issue, send_issue, start_sending
from newsletter.services import unsubscribe_url
from tests.factories import ArticleFactory, IssueFactory, KeyFactFactory, SubscriberFactory

pytestmark = pytest.mark.django_db


class Crash(BaseException):
    """Stands in for the worker process dying (not an Exception, so nothing in the code catches it)."""


@pytest.fixture
def issue():
    first = ArticleFactory(title_de="Chips werden knapp", teaser_de="Warum Rechenleistung teuer bleibt.")
    KeyFactFactory(article=first, label_de="Wer", text_de="Drei Hersteller.")
    second = ArticleFactory(title_de="Roboter im Lager")
    return IssueFactory(subject="Die KI-Woche", articles=[first, second])


def recipients() -> Counter:
    return Counter(message.to[0] for message in mail.outbox)


def test_issue_email_has_intro_articles_key_facts_links_and_both_parts(issue):
    ArticleFactory(draft=True, title_de="Geheimer Entwurf")
    issue.items.create(article=ArticleFactory(draft=True, title_de="Noch nicht live"), position=9)
    rendered = render_issue(issue)
    for part in (rendered.html, rendered.text):
        assert "Das war die Woche." in part
        assert part.index("Chips werden knapp") < part.index("Roboter im Lager")
        assert "Warum Rechenleistung teuer bleibt." in part and "Drei Hersteller." in part
        assert "http://127.0.0.1:8000/artikel/chips-werden-knapp/" in part
        assert "Noch nicht live" not in part
    assert "<script" not in rendered.html


def test_english_issue_uses_english_texts_and_urls():
    article = ArticleFactory(title_de="Chips werden knapp", title_en="Chips run short")
    rendered = render_issue(IssueFactory(language="en", articles=[article]))
    assert "Chips run short" in rendered.text and "/en/article/chips-run-short/" in rendered.text
    assert "Read on" in rendered.text


def test_sending_reaches_every_confirmed_subscriber_of_the_language_once(issue, django_capture_on_commit_callbacks):
    confirmed = SubscriberFactory.create_batch(5)
    SubscriberFactory(status="pending", confirmed_at=None)
    SubscriberFactory(status="unsubscribed")
    SubscriberFactory(language="en")
    with django_capture_on_commit_callbacks(execute=True):
        assert start_sending(issue)
    assert recipients() == Counter({s.email: 1 for s in confirmed})
    issue.refresh_from_db()
    assert issue.status == Issue.Status.SENT and issue.sent_at
    assert not start_sending(issue)  # a second click sends nothing
    send_issue(issue.pk)
    assert len(mail.outbox) == 5


def test_every_newsletter_has_personal_one_click_unsubscribe_headers_and_link(issue):
    anna, ben = SubscriberFactory(email="anna@example.com"), SubscriberFactory(email="ben@example.com")
    send_issue(issue.pk)
    by_address = {message.to[0]: message for message in mail.outbox}
    links = {}
    for subscriber in (anna, ben):
        message = by_address[subscriber.email]
        headers = message.message()
        assert headers["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"
        url = re.fullmatch(r"<(https?://\S+)>", headers["List-Unsubscribe"]).group(1)
        assert url in message.body and url in message.alternatives[0].content
        assert "/newsletter/abmelden/" in url
        assert headers["Message-ID"].startswith(f"<issue-{issue.pk}.subscriber-{subscriber.pk}@")
        links[subscriber.email] = url.removeprefix("http://127.0.0.1:8000")
    assert links["anna@example.com"] != links["ben@example.com"]


def test_one_click_unsubscribe_works_without_cookies_origin_or_csrf(issue):
    subscriber = SubscriberFactory()
    send_issue(issue.pk)
    url = mail.outbox[0].message()["List-Unsubscribe"].strip("<>").removeprefix("http://127.0.0.1:8000")
    # What a mail provider's server sends (RFC 8058): a bare POST, no cookies, no Origin, CSRF checks on.
    provider = Client(enforce_csrf_checks=True)
    response = provider.post(url, "List-Unsubscribe=One-Click", content_type="application/x-www-form-urlencoded")
    assert response.status_code == 200 and response.cookies == {}
    subscriber.refresh_from_db()
    assert subscriber.status == Subscriber.Status.UNSUBSCRIBED and subscriber.unsubscribed_at


def test_unsubscribe_link_get_only_asks_and_keeps_the_consent_record(client, issue):
    from tests.factories import ConsentRecordFactory

    subscriber = SubscriberFactory()
    ConsentRecordFactory(subscriber=subscriber, confirmed_at=subscriber.confirmed_at)
    send_issue(issue.pk)
    url = mail.outbox[0].message()["List-Unsubscribe"].strip("<>").removeprefix("http://127.0.0.1:8000")
    page = client.get(url)
    assert page.status_code == 200 and "Vom Newsletter abmelden?" in page.content.decode()
    assert '<form method="post"' in page.content.decode() and subscriber.email in page.content.decode()
    subscriber.refresh_from_db()
    assert subscriber.status == Subscriber.Status.CONFIRMED
    done = client.post(url)
    assert "Du bist abgemeldet" in done.content.decode()
    subscriber.refresh_from_db()
    assert subscriber.status == Subscriber.Status.UNSUBSCRIBED
    assert subscriber.consents.get().confirmed_at  # kept as proof after unsubscribing


def test_a_forged_unsubscribe_link_changes_nothing(client):
    subscriber = SubscriberFactory()
    response = client.post("/newsletter/abmelden/MQ:forged/")
    assert response.status_code == 400
    subscriber.refresh_from_db()
    assert subscriber.status == Subscriber.Status.CONFIRMED


def test_subscribers_who_unsubscribe_during_sending_are_skipped(issue):
    stays, leaves = SubscriberFactory(), SubscriberFactory()
    queue_deliveries(issue)
    Subscriber.objects.filter(pk=leaves.pk).update(status=Subscriber.Status.UNSUBSCRIBED)
    send_issue(issue.pk)
    assert recipients() == Counter({stays.email: 1})
    assert Delivery.objects.get(subscriber=leaves).status == Delivery.Status.SKIPPED


def test_queueing_twice_creates_each_delivery_once(issue):
    SubscriberFactory.create_batch(3)
    queue_deliveries(issue)
    queue_deliveries(issue)
    assert Delivery.objects.filter(issue=issue).count() == 3


def test_two_workers_never_claim_the_same_delivery(issue):
    SubscriberFactory.create_batch(7)
    queue_deliveries(issue)
    first, second, third = claim_batch(issue, 4), claim_batch(issue, 4), claim_batch(issue, 4)
    assert len(first) == 4 and len(second) == 3 and third == []
    assert not {d.pk for d in first} & {d.pk for d in second}


def _crash_then_restart(issue, settings, monkeypatch):
    with pytest.raises(Crash):
        send_issue(issue.pk)
    assert len(mail.outbox) == 5
    monkeypatch.undo()  # the restarted worker is healthy
    # The restart comes after the dead worker's claims count as stale.
    settings.NEWSLETTER_STALE_CLAIM_SECONDS = 0
    send_issue(issue.pk)
    send_issue(issue.pk)  # and a duplicate retry of the whole task changes nothing
    issue.refresh_from_db()
    assert issue.status == Issue.Status.SENT


def test_a_crash_before_the_hand_over_and_a_restart_send_everyone_the_issue_exactly_once(
    issue, settings, monkeypatch
):
    settings.NEWSLETTER_BATCH_SIZE = 4
    subscribers = SubscriberFactory.create_batch(10)
    original = sending.delivery_message

    def dying(rendered, delivery):
        if len(mail.outbox) == 5 and not getattr(dying, "done", False):
            dying.done = True
            raise Crash  # the worker dies while building the sixth message
        return original(rendered, delivery)

    monkeypatch.setattr(sending, "delivery_message", dying)
    _crash_then_restart(issue, settings, monkeypatch)

    assert recipients() == Counter({s.email: 1 for s in subscribers})
    assert Delivery.objects.filter(status=Delivery.Status.SENT).count() == 10
    assert not Delivery.objects.exclude(status=Delivery.Status.SENT).exists()


@pytest.mark.parametrize("server_took_it", [True, False])
def test_a_crash_during_the_hand_over_is_recorded_and_never_sent_twice(
    issue, settings, monkeypatch, server_took_it
):
    settings.NEWSLETTER_BATCH_SIZE = 4
    subscribers = SubscriberFactory.create_batch(10)
    original = EmailBackend.send_messages

    def dying(self, messages):
        if not server_took_it and len(mail.outbox) == 5:
            raise Crash  # the connection died before the server accepted the message
        count = original(self, messages)
        if server_took_it and len(mail.outbox) == 5:
            raise Crash  # the message left, but the worker died before recording it
        return count

    monkeypatch.setattr(EmailBackend, "send_messages", dying)
    _crash_then_restart(issue, settings, monkeypatch)

    counts = recipients()
    assert max(counts.values()) == 1
    interrupted = Delivery.objects.get(status=Delivery.Status.FAILED)
    assert "interrupted" in interrupted.last_error
    assert Delivery.objects.filter(status=Delivery.Status.SENT).count() == 9
    expected = {s.email for s in subscribers} - ({interrupted.subscriber.email} if not server_took_it else set())
    assert set(counts) == expected


def test_a_restart_while_the_old_claim_is_fresh_leaves_it_alone(issue):
    SubscriberFactory.create_batch(3)
    queue_deliveries(issue)
    claimed = claim_batch(issue, 1)  # held by a worker that may still be alive
    send_issue(issue.pk)
    assert len(mail.outbox) == 2
    assert Delivery.objects.get(pk=claimed[0].pk).status == Delivery.Status.SENDING
    issue.refresh_from_db()
    assert issue.status != Issue.Status.SENT  # not finished while a delivery is still in flight


def test_failures_are_recorded_and_retried_a_bounded_number_of_times(issue, settings, monkeypatch):
    settings.NEWSLETTER_MAX_ATTEMPTS = 3
    SubscriberFactory(email="ok@example.com")
    SubscriberFactory(email="flaky@example.com")
    SubscriberFactory(email="broken@example.com")
    original = EmailBackend.send_messages
    tries = Counter()

    def refusing(self, messages):
        address = messages[0].to[0]
        tries[address] += 1
        if address == "broken@example.com" or (address == "flaky@example.com" and tries[address] == 1):
            raise SMTPRecipientsRefused({address: (550, b"no")})
        return original(self, messages)

    monkeypatch.setattr(EmailBackend, "send_messages", refusing)
    result = send_issue(issue.pk)
    assert recipients() == Counter({"ok@example.com": 1, "flaky@example.com": 1})
    assert tries["broken@example.com"] == 3
    broken = Delivery.objects.get(subscriber__email="broken@example.com")
    assert broken.status == Delivery.Status.FAILED and broken.attempts == 3
    assert "SMTPRecipientsRefused" in broken.last_error
    flaky = Delivery.objects.get(subscriber__email="flaky@example.com")
    assert flaky.status == Delivery.Status.SENT and flaky.attempts == 1
    assert result == {"queued": 0, "sending": 0, "handover": 0, "sent": 2, "failed": 1, "skipped": 0}


def test_sending_queries_do_not_grow_per_batch(issue, settings, django_assert_max_num_queries):
    settings.NEWSLETTER_BATCH_SIZE = 50
    SubscriberFactory.create_batch(50)
    # Per message: one UPDATE before the hand-over, one marking it sent. Plus a fixed amount per run and batch.
    with django_assert_max_num_queries(2 * 50 + 20):
        send_issue(issue.pk)
    assert len(mail.outbox) == 50


def test_resume_command_continues_issues_left_in_sending(issue, settings, monkeypatch):
    from django.core.management import call_command

    settings.NEWSLETTER_BATCH_SIZE = 2
    SubscriberFactory.create_batch(4)
    Issue.objects.filter(pk=issue.pk).update(status=Issue.Status.SENDING)
    original = EmailBackend.send_messages

    def dying(self, messages):
        if len(mail.outbox) == 2:
            raise Crash
        return original(self, messages)

    monkeypatch.setattr(EmailBackend, "send_messages", dying)
    with pytest.raises(Crash):
        send_issue(issue.pk)
    monkeypatch.setattr(EmailBackend, "send_messages", original)
    IssueFactory(status=Issue.Status.SENT)  # finished issues are left alone
    settings.NEWSLETTER_STALE_CLAIM_SECONDS = 0
    call_command("newsletter_resume", verbosity=0)
    assert max(recipients().values()) == 1 and len(mail.outbox) == 3  # one was interrupted during its hand-over
    issue.refresh_from_db()
    assert issue.status == Issue.Status.SENT


def test_unsubscribe_headers_are_sent_as_plain_rfc_2369_and_8058_header_bytes(issue):
    subscriber = SubscriberFactory()
    send_issue(issue.pk)
    url = unsubscribe_url(subscriber.pk, "de")
    assert len(url) > 78  # longer than a folded header line: the case that used to be RFC 2047-encoded
    # The bytes Django's SMTP backend hands to the server.
    raw = mail.outbox[0].message(policy=email.policy.SMTP).as_bytes()
    head = raw.split(b"\r\n\r\n", 1)[0]
    assert all(len(line) <= 998 for line in head.split(b"\r\n"))
    unfolded = re.sub(rb"\r\n[ \t]+", b" ", head).split(b"\r\n")
    assert f"List-Unsubscribe: <{url}>".encode() in unfolded
    assert b"List-Unsubscribe-Post: List-Unsubscribe=One-Click" in unfolded
    assert not [line for line in unfolded if line.lower().startswith(b"list-unsubscribe") and b"=?" in line]
    parsed = BytesParser(policy=email.policy.default).parsebytes(raw)
    assert parsed["List-Unsubscribe"] == f"<{url}>"
    assert parsed["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"


# --- A slow mail server: a worker that is alive but slow must never be taken for dead.


class SlowMailServer(EmailBackend):
    """The locmem backend behind a mail server that takes `seconds[n]` for the n-th message of the first worker.

    Nothing really waits: the (frozen) clock moves on by that much. After `meanwhile_after` messages, while the
    first worker is still busy, a second worker (the resume cron or a retried task) runs the whole issue.
    """

    clock = None
    seconds: list[float] = []
    meanwhile_after = 0
    meanwhile = None
    fail_the_slow_one = False
    handed_over = 0

    def send_messages(self, messages):
        cls = type(self)
        if cls.meanwhile is None:  # the second worker's own messages go out at once
            return super().send_messages(messages)
        cls.handed_over += 1
        cls.clock.shift(cls.seconds[cls.handed_over - 1])
        if cls.handed_over == cls.meanwhile_after:
            second_worker, cls.meanwhile = cls.meanwhile, None
            second_worker()
            cls.meanwhile = second_worker
            if cls.fail_the_slow_one:
                raise TimeoutError("the slow server gave up at last")
        return super().send_messages(messages)


@pytest.fixture
def slow_server(settings, issue):
    settings.NEWSLETTER_STALE_CLAIM_SECONDS = 2
    settings.NEWSLETTER_BATCH_SIZE = 6
    settings.MAILERS = {"default": {"BACKEND": f"{__name__}.SlowMailServer"}}
    with time_machine.travel(timezone.now(), tick=False) as clock:
        SlowMailServer.clock, SlowMailServer.handed_over = clock, 0
        SlowMailServer.meanwhile = lambda: send_issue(issue.pk)
        SlowMailServer.fail_the_slow_one = False
        yield SlowMailServer
    SlowMailServer.meanwhile = None


def test_a_worker_slower_than_the_stale_limit_per_batch_keeps_its_claim_alive(issue, slow_server):
    subscribers = SubscriberFactory.create_batch(6)
    slow_server.seconds = [1.5] * 6  # 9 s for the batch, each message well within the 2 s stale limit
    slow_server.meanwhile_after = 3
    send_issue(issue.pk)
    assert recipients() == Counter({s.email: 1 for s in subscribers})
    assert Delivery.objects.filter(status=Delivery.Status.SENT).count() == 6


@pytest.mark.parametrize("slow_message_fails", [False, True])
def test_a_batch_taken_over_from_a_stalled_worker_is_never_sent_twice(issue, slow_server, slow_message_fails):
    subscribers = SubscriberFactory.create_batch(6)
    slow_server.seconds = [0.5, 5, 0.5, 0.5, 0.5, 0.5]  # the second message hangs longer than the stale limit
    slow_server.meanwhile_after = 2  # meanwhile the cron finds the claim stale and takes the batch over
    slow_server.fail_the_slow_one = slow_message_fails
    send_issue(issue.pk)
    counts = recipients()
    assert max(counts.values()) == 1
    stalled = Delivery.objects.get(status=Delivery.Status.FAILED)  # its fate is uncertain: recorded, not resent
    assert "interrupted" in stalled.last_error
    assert set(counts) == {s.email for s in subscribers} - ({stalled.subscriber.email} if slow_message_fails else set())
    assert Delivery.objects.filter(status=Delivery.Status.SENT).count() == 5
    issue.refresh_from_db()
    assert issue.status == Issue.Status.SENT
