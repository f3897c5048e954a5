from datetime import timedelta

import pytest
from django.core import mail
from django.core.cache import cache
from django.core.management import call_command
from django.db import transaction
from django.tasks import TaskContext
from django.tasks.backends.dummy import DummyBackend
from django.utils import timezone

from consulting import services
from consulting.models import Inquiry, Notification
from kinews.outbox import retry_delay
from tests.consulting_helpers import valid_data, valid_inquiry_fields

pytestmark = pytest.mark.django_db

FORM_DE = "/beratung/anfrage/"
LOCMEM = {"default": {"BACKEND": "django.core.mail.backends.locmem.EmailBackend"}}
# A real SMTP backend pointed at a closed port: the connection is refused, as when the mail server is down.
SMTP_DOWN = {"default": {"BACKEND": "django.core.mail.backends.smtp.EmailBackend",
                         "OPTIONS": {"host": "127.0.0.1", "port": 9, "timeout": 2}}}


@pytest.fixture(autouse=True)
def fresh_rate_limits():
    cache.clear()


@pytest.fixture
def submit(client, django_capture_on_commit_callbacks):
    def post(**overrides):
        with django_capture_on_commit_callbacks(execute=True):
            return client.post(FORM_DE, valid_data(**overrides))
    return post


def test_sales_is_notified_with_admin_link_and_requester_gets_a_confirmation(submit, settings):
    settings.CONSULTING_NOTIFY_EMAIL = ["vertrieb@kinews.example"]
    submit(source="/artikel/x/", cta="article-end")
    inquiry = Inquiry.objects.get()
    sales, confirmation = sorted(mail.outbox, key=lambda m: m.to[0] != "vertrieb@kinews.example")
    assert sales.to == ["vertrieb@kinews.example"] and sales.reply_to == ["jana@example.com"]
    assert sales.subject == "Neue Beratungsanfrage: Muster AG – Schulungen und Workshops"
    assert f"http://127.0.0.1:8000/admin/consulting/inquiry/{inquiry.pk}/change/" in sales.body
    assert "Wir brauchen eine Schulung" in sales.body and "/artikel/x/ (Artikelende)" in sales.body
    assert confirmation.to == ["jana@example.com"] and confirmation.subject == "Deine Anfrage bei kinews"
    assert "Wir brauchen eine Schulung" not in confirmation.body  # nothing the visitor typed is echoed
    assert set(inquiry.notifications.values_list("status", flat=True)) == {"sent"}


def test_confirmation_mail_is_optional(submit, settings):
    settings.CONSULTING_SEND_CONFIRMATION = False
    submit()
    assert [m.to for m in mail.outbox] == [settings.CONSULTING_NOTIFY_EMAIL]


def test_english_requester_gets_an_english_confirmation(client, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        client.post("/en/consulting/inquiry/", valid_data())
    confirmation = next(m for m in mail.outbox if m.to == ["jana@example.com"])
    assert confirmation.subject == "Your inquiry at kinews"
    assert "thank you for your consulting inquiry" in confirmation.body


def test_spam_is_stored_but_sends_no_mail_at_all(submit):
    submit(website="spam")
    assert Inquiry.objects.get().is_spam
    assert mail.outbox == [] and not Notification.objects.exists()


def test_mail_is_queued_only_after_the_inquiry_is_committed(client, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=False) as callbacks:
        client.post(FORM_DE, valid_data())
    assert Inquiry.objects.count() == 1 and len(callbacks) == 2 and mail.outbox == []


@pytest.mark.django_db(transaction=True)
def test_inquiry_submit_insists_on_its_own_transaction():
    # durable=True: nobody may wrap the inquiry in a transaction that could roll it back after mail went out.
    with pytest.raises(RuntimeError, match="durable"), transaction.atomic():
        services.inquiry_submit(data=valid_inquiry_fields(), language="de")
    assert not Inquiry.objects.exists()
    services.inquiry_submit(data=valid_inquiry_fields(), language="de")
    assert Inquiry.objects.count() == 1


def test_smtp_failure_keeps_the_inquiry_and_the_notification_pending_then_retries(submit, settings):
    settings.MAILERS = SMTP_DOWN
    response = submit()
    assert response.status_code == 302  # the visitor still gets the thank-you page
    inquiry = Inquiry.objects.get()
    sales = inquiry.notifications.get(kind="sales")
    assert sales.status == "pending" and sales.attempts == 1 and "ConnectionRefused" in sales.last_error
    assert sales.next_attempt_at > timezone.now()
    # Not due yet: the command leaves it alone.
    settings.MAILERS = LOCMEM
    call_command("send_pending_notifications", verbosity=0)
    assert mail.outbox == []
    # The mail server is back and the retry is due: sent, exactly once.
    Notification.objects.update(next_attempt_at=timezone.now())
    call_command("send_pending_notifications", verbosity=0)
    call_command("send_pending_notifications", verbosity=0)
    assert sorted(m.to[0] for m in mail.outbox) == sorted(["jana@example.com", *settings.CONSULTING_NOTIFY_EMAIL])
    sales.refresh_from_db()
    assert sales.status == "sent" and sales.attempts == 2 and sales.last_error == "" and sales.sent_at


def test_retries_back_off_and_give_up_after_the_configured_attempts(settings, submit):
    settings.MAILERS = SMTP_DOWN
    settings.CONSULTING_NOTIFY_MAX_ATTEMPTS = 3
    settings.CONSULTING_SEND_CONFIRMATION = False
    submit()
    notification = Notification.objects.get()
    for _attempt in range(2):
        Notification.objects.update(next_attempt_at=timezone.now())
        services.deliver_notification(notification_id=notification.pk)
    notification.refresh_from_db()
    assert notification.status == "failed" and notification.attempts == 3
    assert Inquiry.objects.count() == 1  # the lead itself is never lost
    assert [retry_delay(n) for n in (1, 2, 3, 10)] == [
        timedelta(minutes=1), timedelta(minutes=2), timedelta(minutes=4), timedelta(minutes=60)]


def test_a_claimed_notification_is_not_sent_twice(submit, settings):
    settings.MAILERS = SMTP_DOWN
    settings.CONSULTING_SEND_CONFIRMATION = False
    submit()
    notification = Notification.objects.get()
    # Another worker holds the claim right now.
    Notification.objects.update(next_attempt_at=timezone.now(), claimed_until=timezone.now() + timedelta(minutes=1))
    settings.MAILERS = LOCMEM
    assert services.deliver_notification(notification_id=notification.pk) == "skipped"
    assert mail.outbox == []
    # A claim that expired (worker died) may be taken over.
    Notification.objects.update(claimed_until=timezone.now() - timedelta(seconds=1))
    assert services.deliver_notification(notification_id=notification.pk) == "sent"
    assert services.deliver_notification(notification_id=notification.pk) == "skipped"
    assert len(mail.outbox) == 1


def test_the_task_queues_its_own_retry_when_the_backend_can_defer(submit, settings):
    from django.tasks import default_task_backend

    from consulting.tasks import send_notification

    settings.TASKS = {"default": {"BACKEND": "django.tasks.backends.dummy.DummyBackend"}}
    settings.MAILERS = SMTP_DOWN
    settings.CONSULTING_SEND_CONFIRMATION = False
    submit()  # the dummy queue stores the task without running it
    notification = Notification.objects.get()
    assert [r.args for r in default_task_backend.results] == [[notification.pk]]
    queued = default_task_backend.results[0]
    assert send_notification.call(TaskContext(task_result=queued), notification.pk) == "failed"  # as a worker runs it
    notification.refresh_from_db()
    retry = default_task_backend.results[-1]
    assert retry.args == [notification.pk] and retry.task.run_after == notification.next_attempt_at


class QueueDownBackend(DummyBackend):
    def enqueue(self, task, args, kwargs):
        raise ConnectionError("queue down")


def test_an_unavailable_queue_does_not_cost_the_visitor_the_thank_you_page(submit, settings):
    settings.TASKS = {"default": {"BACKEND": f"{__name__}.QueueDownBackend"}}
    response = submit()
    assert response.status_code == 302
    assert Notification.objects.filter(status="pending").count() == 2  # the cron command sends them later
    settings.MAILERS = LOCMEM
    call_command("send_pending_notifications", verbosity=0)
    assert len(mail.outbox) == 2


def test_a_name_with_line_breaks_cannot_add_mail_headers(submit):
    submit(name="Jana\r\nBcc: opfer@example.com", company="Muster\nAG\r\nX-Evil: 1")
    assert len(mail.outbox) == 2
    for message in mail.outbox:
        head = message.message().as_bytes().split(b"\n\n", 1)[0]
        assert b"\nBcc:" not in head and b"\nX-Evil:" not in head
        assert "opfer@example.com" not in message.recipients()


def test_a_lead_survives_the_server_dying_right_after_it_was_stored(client, django_capture_on_commit_callbacks):
    # SIGKILL between the commit and the queueing of the mail: the callbacks never run.
    with django_capture_on_commit_callbacks(execute=False):
        response = client.post(FORM_DE, valid_data())
    assert response.status_code == 302 and Inquiry.objects.count() == 1 and mail.outbox == []
    call_command("send_pending_notifications", verbosity=0)  # the cron job, minutes later
    assert sorted(m.to[0] for m in mail.outbox) == ["jana@example.com", "vertrieb@kinews.example"]
