import re
from urllib.parse import urlsplit

import pytest
from django.core import mail

from newsletter.models import Subscriber
from newsletter.services import confirm_token, unsubscribe_url
from tests.e2e.conftest import submit
from tests.factories import ConsentRecordFactory, SubscriberFactory

pytestmark = pytest.mark.django_db(transaction=True)

TAMPERED = ["", "x" * 300, "<script>alert(1)</script>", "日本語のテキスト", "en' OR '1'='1"]


def test_subscriber_manages_the_subscription_from_the_welcome_mail(page, live_server):
    dialogs = []
    page.on("dialog", lambda dialog: (dialogs.append(dialog.message), dialog.dismiss()))
    consent = ConsentRecordFactory(subscriber=SubscriberFactory(status="pending", confirmed_at=None))
    page.goto(f"/newsletter/bestaetigen/{confirm_token(consent)}/")
    submit(page, "form.newsletter-page__action button")
    welcome = mail.outbox[-1]
    assert welcome.subject == "Willkommen beim kinews-Newsletter"
    link = urlsplit(re.search(r"https?://\S+/newsletter/abo/\S+/", welcome.body).group(0)).path
    page.goto(link)
    assert page.locator("h1").inner_text() == "Dein Newsletter-Abo"

    # Whatever a tampered form sends, nothing changes and the reader is told so, in German.
    for value in TAMPERED:
        page.goto(link)
        page.locator("input[name=language][value=en]").evaluate(
            "(radio, value) => { radio.value = value; radio.checked = true; }", value)
        page.get_by_role("button", name="Sprache speichern").click()
        page.locator("[role=alert]").first.wait_for()  # the answer may take a moment on a busy machine
        assert page.locator("[role=alert]").first.is_visible(), value
        assert "Bitte wähle" in page.content()
        page.goto(link)
        page.locator("select[name=pause]").evaluate(
            "(select, value) => { select.options[0].value = value; select.selectedIndex = 0; }", value)
        page.get_by_role("button", name="Pausieren").click()
        page.locator("[role=alert]").first.wait_for()  # the answer may take a moment on a busy machine
        assert page.locator("[role=alert]").first.is_visible(), value
    subscriber = Subscriber.objects.get(pk=consent.subscriber_id)
    assert (subscriber.language, subscriber.paused_at, subscriber.status) == ("de", None, "confirmed")

    page.goto(link)
    page.locator("input[name=language][value=en]").check()
    page.get_by_role("button", name="Sprache speichern").click()
    page.wait_for_url(re.compile(r"/en/newsletter/subscription/"))
    assert "Saved: you will receive the newsletter in the language you chose." in page.content()

    page.locator("select[name=pause]").select_option(label="for a month")
    submit(page, page.get_by_role("button", name="Pause"))
    assert "paused until" in page.locator("article").inner_text()
    submit(page, page.get_by_role("button", name="Resume now"))
    assert "Welcome back" in page.content()

    submit(page, page.get_by_role("button", name="Unsubscribe"))
    assert page.locator("h1").inner_text() == "You are unsubscribed"
    page.goto(page.url.split("?")[0])  # the page opened again later
    assert page.locator("h1").inner_text() == "You are already unsubscribed"
    page.goto(urlsplit(unsubscribe_url(subscriber.pk, "de")).path)
    assert page.locator("h1").inner_text() == "Du bist bereits abgemeldet"
    subscriber.refresh_from_db()
    assert subscriber.status == Subscriber.Status.UNSUBSCRIBED and subscriber.language == "en"
    assert dialogs == []  # no injected script ever ran
