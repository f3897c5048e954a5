"""Newsletter admin: who sees subscribers, export, read-only consent, composing, previewing and sending issues."""

import csv
import io
import json

import pytest
from django.conf import settings
from django.core import mail

from newsletter.models import Delivery, Issue, Promo, Subscriber
from tests.factories import (
    ArticleFactory,
    ConsentRecordFactory,
    IssueFactory,
    KeyFactFactory,
    PromoFactory,
    SubscriberFactory,
    UserFactory,
    image_file,
)

pytestmark = pytest.mark.django_db

SUBSCRIBERS = "/admin/newsletter/subscriber/"


@pytest.fixture
def editor(client):
    user = UserFactory(groups=["Editors"], email="editor@kinews.example")
    client.force_login(user)
    return user


@pytest.mark.parametrize("group", ["Sales", "Authors"])
def test_sales_and_authors_see_no_subscribers_issues_or_promos(client, group):
    subscriber = SubscriberFactory()
    client.force_login(UserFactory(groups=[group]))
    for url in (SUBSCRIBERS, f"{SUBSCRIBERS}{subscriber.pk}/change/", "/admin/newsletter/issue/",
                "/admin/newsletter/promo/"):
        assert client.get(url).status_code == 403, url
    assert "/admin/newsletter/" not in client.get("/admin/", follow=True).content.decode()


def test_editor_sees_subscribers_with_counts_filters_and_search(client, editor):
    SubscriberFactory(email="anna@example.com")
    SubscriberFactory(email="ben@example.com", status="pending", confirmed_at=None)
    SubscriberFactory(email="cleo@example.com", status="unsubscribed", language="en")
    html = client.get(SUBSCRIBERS).content.decode()
    assert "Bestätigt: <strong>1</strong>" in html and "Wartet auf Bestätigung: <strong>1</strong>" in html
    assert "Abgemeldet: <strong>1</strong>" in html
    filtered = client.get(SUBSCRIBERS, {"status__exact": "unsubscribed", "language__exact": "en"}).content.decode()
    assert "cleo@example.com" in filtered and "anna@example.com" not in filtered
    found = client.get(SUBSCRIBERS, {"q": "ben@"}).content.decode()
    assert "ben@example.com" in found and "anna@example.com" not in found


def test_consent_records_are_shown_read_only(client, editor):
    consent = ConsentRecordFactory(consent_text="Der genaue Einwilligungstext.", form_page="/artikel/x/")
    response = client.get(f"{SUBSCRIBERS}{consent.subscriber.pk}/change/")
    html = response.content.decode()
    assert response.status_code == 200
    assert "Der genaue Einwilligungstext." in html and "/artikel/x/" in html
    assert 'name="consents-0-consent_text"' not in html  # shown, not editable
    assert client.post(f"{SUBSCRIBERS}{consent.subscriber.pk}/change/", {}).status_code == 403
    assert client.get(f"{SUBSCRIBERS}add/").status_code == 403


def test_editor_exports_subscribers_as_csv(client, editor):
    SubscriberFactory(email="anna@example.com")
    SubscriberFactory(email="ben@example.com", status="unsubscribed")
    ids = [str(pk) for pk in Subscriber.objects.values_list("pk", flat=True)]
    response = client.post(SUBSCRIBERS, {"action": "export_csv", "_selected_action": ids})
    assert response.status_code == 200 and response["Content-Type"].startswith("text/csv")
    rows = list(csv.reader(io.StringIO(b"".join(response.streaming_content).decode("utf-8-sig"))))
    assert rows[0][:3] == ["email", "status", "language"]
    assert sorted(row[0] for row in rows[1:]) == ["anna@example.com", "ben@example.com"]


def test_editor_exports_all_data_of_an_address_as_json(client, editor):
    consent = ConsentRecordFactory(subscriber=SubscriberFactory(email="anna@example.com"), form_page="/x/")
    response = client.post(SUBSCRIBERS, {"action": "export_json", "_selected_action": [consent.subscriber.pk]})
    [data] = json.loads(response.content)
    assert data["email"] == "anna@example.com" and data["consent_records"][0]["form_page"] == "/x/"


def test_staff_without_the_export_permission_cannot_export(client):
    from django.contrib.auth.models import Permission

    user = UserFactory()
    user.user_permissions.add(Permission.objects.get(codename="view_subscriber"))
    client.force_login(user)
    subscriber = SubscriberFactory()
    response = client.post(SUBSCRIBERS, {"action": "export_csv", "_selected_action": [subscriber.pk]})
    assert not response.get("Content-Type", "").startswith("text/csv")
    assert "export_csv" not in client.get(SUBSCRIBERS).content.decode()


def test_editor_composes_an_issue_with_ordered_articles(client, editor):
    first, second = ArticleFactory(title_de="Erster"), ArticleFactory(title_de="Zweiter")
    data = {
        "subject": "Die Woche", "language": "de", "intro": "Hallo.",
        "items-TOTAL_FORMS": "2", "items-INITIAL_FORMS": "0", "items-MIN_NUM_FORMS": "0", "items-MAX_NUM_FORMS": "1000",
        "items-0-position": "2", "items-0-article": str(first.pk),
        "items-1-position": "1", "items-1-article": str(second.pk),
    }
    response = client.post("/admin/newsletter/issue/add/", data)
    assert response.status_code == 302, response.content.decode()[:2000]
    issue = Issue.objects.get()
    assert [item.article.title_de for item in issue.items.all()] == ["Zweiter", "Erster"]


def test_editor_previews_html_and_text_and_sends_a_test_to_herself(client, editor):
    article = ArticleFactory(title_de="Chips werden knapp")
    KeyFactFactory(article=article, label_de="Wer", text_de="Drei Hersteller.")
    issue = IssueFactory(articles=[article])
    html = client.get(f"/admin/newsletter/issue/{issue.pk}/preview.html").content.decode()
    text = client.get(f"/admin/newsletter/issue/{issue.pk}/preview.txt").content.decode()
    assert "Chips werden knapp" in html and "Drei Hersteller." in html and "<html" in html
    assert "Chips werden knapp" in text and "<" not in text.replace("<issue", "")
    change = client.get(f"/admin/newsletter/issue/{issue.pk}/change/").content.decode()
    assert "Vorschau (HTML)" in change and "Test an mich senden" in change
    client.post(f"/admin/newsletter/issue/{issue.pk}/send-test/")
    assert [m.to for m in mail.outbox] == [["editor@kinews.example"]]
    assert mail.outbox[0].subject.startswith("[Test]")
    assert not client.get(f"/admin/newsletter/issue/{issue.pk}/send/").status_code == 302  # GET only asks
    assert not Delivery.objects.exists()
    assert client.get(f"/admin/newsletter/issue/{issue.pk}/send-test/").status_code == 405


def test_editor_sends_an_issue_and_sees_progress(client, editor, django_capture_on_commit_callbacks):
    issue = IssueFactory(articles=[ArticleFactory()])
    SubscriberFactory.create_batch(3)
    confirm_page = client.get(f"/admin/newsletter/issue/{issue.pk}/send/").content.decode()
    assert "an 3 bestätigte Abonnenten senden?" in confirm_page
    assert not mail.outbox
    with django_capture_on_commit_callbacks(execute=True):
        client.post(f"/admin/newsletter/issue/{issue.pk}/send/")
    assert len(mail.outbox) == 3
    changelist = client.get("/admin/newsletter/issue/").content.decode()
    assert '<td class="field-sent">3</td>' in changelist and '<td class="field-failed">0</td>' in changelist
    page = client.get(f"/admin/newsletter/issue/{issue.pk}/change/").content.decode()
    assert "gesendet: 3" in page
    # A sent issue is a record: it can no longer be changed, and its send page offers no second sending.
    assert client.post(f"/admin/newsletter/issue/{issue.pk}/change/", {"subject": "Neu"}).status_code == 403
    again = client.get(f"/admin/newsletter/issue/{issue.pk}/send/").content.decode()
    assert "Ja, jetzt senden" not in again and "ist gesendet" in again and "Zurück zur Ausgabe" in again


def test_issue_mails_show_the_article_images(client, editor, django_capture_on_commit_callbacks):
    from newsletter.sending import render_issue

    with django_capture_on_commit_callbacks(execute=True):  # the renditions are made after commit
        article = ArticleFactory(image=image_file(size=(1600, 900)), image_alt_de="Ein Rathaus")
    article.refresh_from_db()
    html = render_issue(IssueFactory(articles=[article, ArticleFactory()])).html
    rendition = article.image_for(1104)
    assert f'<img src="{settings.SITE_URL}{rendition.url}" alt="Ein Rathaus" width="552" height="310"' in html
    assert html.count("<img ") == 1  # the article without an image gets none


def test_an_issue_without_articles_is_not_sent(client, editor):
    issue = IssueFactory()
    SubscriberFactory()
    client.post(f"/admin/newsletter/issue/{issue.pk}/send/")
    issue.refresh_from_db()
    assert issue.status == Issue.Status.DRAFT and not mail.outbox


def test_editor_manages_promos(client, editor):
    promo = PromoFactory()
    assert client.get("/admin/newsletter/promo/").status_code == 200
    assert client.get(f"/admin/newsletter/promo/{promo.pk}/change/").status_code == 200
    assert client.get("/admin/newsletter/promo/add/").status_code == 200


def test_promo_image_is_checked_like_article_images(client, editor):
    from tests.factories import image_file

    data = {"kind": "academy", "placement": "sidebar", "language": "de", "title": "Kurs", "text": "",
            "cta_label": "Los", "cta_url": "/beratung/", "image_alt": "Ein Bild", "is_active": "on", "priority": "0",
            "starts_at_0": "", "starts_at_1": "", "ends_at_0": "", "ends_at_1": ""}
    bad = io.BytesIO(b"not an image at all")
    bad.name = "evil.jpg"
    response = client.post("/admin/newsletter/promo/add/", {**data, "image": bad})
    assert response.status_code == 200 and not Promo.objects.exists()
    assert "kein lesbares Bild" in str(response.context["adminform"].form.errors["image"])
    png = image_file("kurs.png", image_format="PNG")
    response = client.post("/admin/newsletter/promo/add/", {**data, "image": png})
    assert response.status_code == 302
    assert Promo.objects.get().image_width == 800
