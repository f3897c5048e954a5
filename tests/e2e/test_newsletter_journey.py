import re
from urllib.parse import urlsplit

import pytest
from django.core import mail

from newsletter.models import Subscriber
from newsletter.services import unsubscribe_url
from tests.e2e.conftest import submit
from tests.factories import ArticleFactory

pytestmark = pytest.mark.django_db(transaction=True)


def test_reader_signs_up_confirms_from_the_email_and_unsubscribes(page, settings, live_server):
    settings.FORM_STAMP_MIN_AGE = 0  # a robot fills the form faster than the time trap allows
    article = ArticleFactory()
    page.goto(article.get_absolute_url())
    form = page.locator("footer form.signup")
    form.locator("input[type=email]").fill("leserin@example.org")
    form.locator("input[type=checkbox]").check()
    submit(page, form.locator("button[type=submit]"))
    assert "/newsletter/danke/" in page.url
    assert Subscriber.objects.get(email="leserin@example.org").status == Subscriber.Status.PENDING

    message = mail.outbox[-1]  # the confirmation e-mail, as the reader gets it
    assert message.to == ["leserin@example.org"]
    link = re.search(r"https?://\S+/newsletter/\S+", message.body).group(0)
    page.goto(live_server.url + urlsplit(link).path)  # the e-mail links to SITE_URL; we open it here
    assert Subscriber.objects.get(email="leserin@example.org").status == Subscriber.Status.PENDING  # GET: nothing
    submit(page, "form.newsletter-page__action button")
    subscriber = Subscriber.objects.get(email="leserin@example.org")
    assert subscriber.status == Subscriber.Status.CONFIRMED

    page.goto(live_server.url + urlsplit(unsubscribe_url(subscriber.pk, "de")).path)  # the link in every issue
    submit(page, "form.newsletter-page__action button")
    subscriber.refresh_from_db()
    assert subscriber.status == Subscriber.Status.UNSUBSCRIBED
