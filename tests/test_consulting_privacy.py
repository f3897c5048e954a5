import json
from datetime import timedelta
from io import StringIO

import pytest
from django.core.management import call_command
from django.utils import timezone

from consulting import services
from consulting.models import HistoryEntry, Inquiry, Note, Notification
from kinews.privacy import inventory
from tests.factories import InquiryFactory, NoteFactory

pytestmark = pytest.mark.django_db


def aged(inquiry, **times):
    Inquiry.objects.filter(pk=inquiry.pk).update(**times)
    inquiry.refresh_from_db()
    return inquiry


def test_retention_anonymises_old_closed_inquiries_and_keeps_the_rest(settings):
    settings.CONSULTING_RETENTION_MONTHS = 24
    now = timezone.now()
    old_won = aged(InquiryFactory(status=Inquiry.Status.WON, company="Alt AG", phone="0301234"),
                   closed_at=now - timedelta(days=800))
    NoteFactory(inquiry=old_won, text="Sehr persönliche Notiz")
    Notification.objects.create(inquiry=old_won, kind="sales", status="sent")
    recent_lost = aged(InquiryFactory(status=Inquiry.Status.LOST, lost_reason="zu teuer"),
                       closed_at=now - timedelta(days=100))
    old_open = aged(InquiryFactory(status=Inquiry.Status.PROPOSAL), received_at=now - timedelta(days=900))
    out = StringIO()
    call_command("inquiry_retention", stdout=out)
    assert out.getvalue().strip() == "anonymised 1, spam deleted 0, expired form tokens deleted 0"
    old_won.refresh_from_db()
    assert (old_won.name, old_won.email, old_won.phone, old_won.message) == ("—", "", "", "")
    assert old_won.anonymised_at and old_won.company == "Alt AG" and old_won.status == "won"
    assert not Note.objects.filter(inquiry=old_won).exists() and not old_won.notifications.exists()
    recent_lost.refresh_from_db()
    old_open.refresh_from_db()
    assert recent_lost.lost_reason == "zu teuer" and recent_lost.email and old_open.email
    # Running it again changes nothing.
    assert services.apply_retention() == {"anonymised": 0, "spam_deleted": 0, "used_tokens_deleted": 0}


def test_retention_deletes_spam_after_a_few_weeks(settings):
    settings.CONSULTING_SPAM_RETENTION_DAYS = 30
    old_spam = aged(InquiryFactory(is_spam=True), received_at=timezone.now() - timedelta(days=31))
    fresh_spam = InquiryFactory(is_spam=True)
    real = aged(InquiryFactory(), received_at=timezone.now() - timedelta(days=31))
    assert services.apply_retention() == {"anonymised": 0, "spam_deleted": 1, "used_tokens_deleted": 0}
    assert set(Inquiry.objects.values_list("pk", flat=True)) == {fresh_spam.pk, real.pk}
    assert not Inquiry.objects.filter(pk=old_spam.pk).exists()


def test_data_access_export_lists_everything_about_one_address():
    first = InquiryFactory(email="Person@Example.com", name="Paula Person", message="Erste Anfrage")
    InquiryFactory(email="person@example.com", message="Zweite Anfrage", is_spam=True)
    InquiryFactory(email="jemand.anders@example.com", message="Fremd")
    NoteFactory(inquiry=first, text="Rückruf am Dienstag", author__first_name="Svenja", author__last_name="V")
    HistoryEntry.objects.create(inquiry=first, field="status", old_value="Neu", new_value="Kontaktiert")
    Notification.objects.create(inquiry=first, kind="sales", status="sent", sent_at=timezone.now())
    out = StringIO()
    call_command("export_inquiry_data", "person@example.com", stdout=out)
    data = json.loads(out.getvalue())
    assert data["email"] == "person@example.com"
    assert [i["message"] for i in data["inquiries"]] == ["Erste Anfrage", "Zweite Anfrage"]
    one = data["inquiries"][0]
    assert one["name"] == "Paula Person" and one["consent_at"]
    assert one["notes"] == [{"written_at": one["notes"][0]["written_at"], "author": "Svenja V",
                             "text": "Rückruf am Dienstag"}]
    assert one["history"][0]["to"] == "Kontaktiert" and one["emails"][0]["status"] == "sent"
    assert "Fremd" not in out.getvalue()


def test_personal_data_inventory_lists_inquiries_notes_and_email_state():
    models = {entry.model for entry in inventory()}
    assert {"consulting.inquiry", "consulting.note", "consulting.notification", "consulting.historyentry"} <= models


def test_privacy_page_tells_readers_about_inquiries(client):
    from django.urls import reverse

    from pages.models import Page

    Page.objects.update_or_create(key="privacy", defaults={"title": "Datenschutz", "is_published": True})
    html = client.get(reverse("pages:privacy")).content.decode()
    assert 'data-model="consulting.inquiry"' in html and "Beratungsanfragen" in html
    assert "Spamverdacht wird nach 30 Tagen gelöscht" in html


def test_retention_forgets_used_form_tokens_once_they_expired(client):
    from consulting.models import UsedFormToken
    from tests.consulting_helpers import valid_data

    client.post("/beratung/anfrage/", valid_data())
    used = UsedFormToken.objects.get()
    assert used.inquiry == Inquiry.objects.get() and len(used.digest) == 64  # a digest, not the token
    assert services.apply_retention()["used_tokens_deleted"] == 0
    UsedFormToken.objects.update(expires_at=timezone.now() - timedelta(seconds=1))
    assert services.apply_retention()["used_tokens_deleted"] == 1
