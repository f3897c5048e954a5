"""100+ XSS payloads through every place that renders author input: none may become live HTML.

Each page is rendered once with harmless text as a baseline; with a payload in every field it must not
contain a single live tag or attribute more than the baseline (tests/xss.py).
"""

from collections import Counter

import pytest
from django.test import Client

from articles import services
from articles.models import Article, Author, Category, KeyFact, Source
from tests.factories import ArticleFactory, UserFactory
from tests.xss import PAYLOADS, injected_html

pytestmark = pytest.mark.django_db


def fit(model, field: str, text: str) -> str:
    """`text` cut to the column's length: PostgreSQL enforces it, and forms would refuse longer input anyway."""
    max_length = model._meta.get_field(field).max_length
    return text[:max_length] if max_length else text


def fill_article(article: Article, text: str) -> None:
    for code in ("de", "en"):
        for field in ("title", "teaser", "body", "image_alt", "image_caption", "key_facts_heading"):
            setattr(article, f"{field}_{code}", fit(Article, field, text))
    article.image_credit = fit(Article, "image_credit", text)
    article.slug_de = article.slug_en = f"xss-{article.pk}"
    services.save_article(article)
    KeyFact.objects.filter(article=article).update(
        label_de=fit(KeyFact, "label", text), text_de=fit(KeyFact, "text", text),
        label_en=fit(KeyFact, "label", text), text_en=fit(KeyFact, "text", text),
    )
    Source.objects.filter(article=article).update(
        title_de=fit(Source, "title", text), title_en=fit(Source, "title", text),
        publisher=fit(Source, "publisher", text),
        url="javascript:alert(1)" if "javascript" in text else "https://example.org/",
    )
    Category.objects.filter(pk=article.category_id).update(
        name_de=fit(Category, "name", text), name_en=fit(Category, "name", text), description_de=text
    )
    Author.objects.filter(pk=article.author_id).update(
        name=fit(Author, "name", text), bio_de=text, role_de=fit(Author, "role", text)
    )
    article.tags.set([text[:100]])


@pytest.fixture
def article():
    article = ArticleFactory()
    KeyFact.objects.create(article=article, label_de="x", text_de="x")
    Source.objects.create(article=article, title_de="x", url="https://example.org/")
    return article


def pages_of(article: Article, client: Client) -> dict[str, str]:
    article.refresh_from_db()
    return {
        # follow: an article whose payload sanitises to an empty English body redirects to German
        "article": client.get(article.get_absolute_url(), follow=True).content.decode(),
        "home": client.get("/").content.decode(),
        "category": client.get(article.category.get_absolute_url()).content.decode(),
        "author": client.get(article.author.get_absolute_url()).content.decode(),
        "hashtag": client.get(f"/hashtag/{article.tags.get().slug}/").content.decode(),
    }


def test_no_payload_survives_on_reader_pages(client, article):
    fill_article(article, "Harmloser Text")
    baseline = {name: Counter(injected_html(html)) for name, html in pages_of(article, client).items()}
    survivors = []
    for payload in PAYLOADS:
        fill_article(article, payload)
        for name, html in pages_of(article, client).items():
            if extra := Counter(injected_html(html)) - baseline[name]:
                survivors.append((name, payload, extra))
    assert survivors == []


def test_no_payload_survives_in_the_admin(client, article):
    client.force_login(UserFactory(is_superuser=True))
    urls = ["/admin/articles/article/", f"/admin/articles/article/{article.pk}/change/"]
    fill_article(article, "Harmloser Text")
    baseline = {url: Counter(injected_html(client.get(url).content.decode())) for url in urls}
    survivors = []
    for payload in PAYLOADS[::3]:  # the admin is slow to render; every third payload covers each vector
        fill_article(article, payload)
        for url in urls:
            if extra := Counter(injected_html(client.get(url).content.decode())) - baseline[url]:
                survivors.append((url, payload, extra))
    assert survivors == []


def test_no_payload_survives_in_the_sales_inbox_or_the_subscriber_admin(client):
    """Lead form fields and subscriber data, as Sales and Editors see them in the admin."""
    from consulting.models import Inquiry, Note
    from newsletter.models import ConsentRecord, Subscriber
    from tests.factories import ConsentRecordFactory, InquiryFactory, SubscriberFactory

    client.force_login(UserFactory(is_superuser=True))
    inquiry = InquiryFactory()
    note = Note.objects.create(inquiry=inquiry, author=UserFactory(), text="x")
    subscriber = SubscriberFactory()
    consent = ConsentRecordFactory(subscriber=subscriber)
    urls = ["/admin/consulting/inquiry/", f"/admin/consulting/inquiry/{inquiry.pk}/change/",
            "/admin/newsletter/subscriber/", f"/admin/newsletter/subscriber/{subscriber.pk}/change/"]

    def fill(text: str) -> None:
        Inquiry.objects.filter(pk=inquiry.pk).update(**{
            field: fit(Inquiry, field, text) for field in ("name", "email", "company", "role", "phone", "message",
                                                           "source_path", "lost_reason")})
        Note.objects.filter(pk=note.pk).update(text=text)
        Subscriber.objects.filter(pk=subscriber.pk).update(email=fit(Subscriber, "email", text))
        ConsentRecord.objects.filter(pk=consent.pk).update(
            email=fit(ConsentRecord, "email", text), consent_text=text, form_page=fit(ConsentRecord, "form_page", text)
        )

    fill("harmlos@example.org")
    baseline = {url: Counter(injected_html(client.get(url).content.decode())) for url in urls}
    survivors = []
    for payload in PAYLOADS[::2]:
        fill(payload)
        for url in urls:
            response = client.get(url)
            assert response.status_code == 200, (url, payload)
            if extra := Counter(injected_html(response.content.decode())) - baseline[url]:
                survivors.append((url, payload, extra))
    assert survivors == []
