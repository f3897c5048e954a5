"""A small site with every kind of content, and the address of every page type readers see, in both languages.

The HTML check (tests/test_html_valid.py) and the accessibility check (tests/e2e/test_accessibility.py) walk
these pages: a page type missing here is a page type nobody checks.
"""

import time
from dataclasses import dataclass, field
from datetime import timedelta

from django.utils import timezone, translation

from articles import services
from articles.demo import all_articles
from consulting.views import FORM_PURPOSE
from kinews.forms_security import form_token, make_stamp
from newsletter.services import confirm_token, unsubscribe_token
from newsletter.subscription import manage_path
from pages import demo as pages_demo
from tests.factories import (
    ArticleFactory,
    AuthorFactory,
    CategoryFactory,
    ConsentRecordFactory,
    KeyFactFactory,
    PreviewLinkFactory,
    SourceFactory,
    SubscriberFactory,
    image_file,
)

# A form sent as a person's browser sends it (kinews/forms_security.py): same origin, after a human's pause.
SAME_ORIGIN = {"HTTP_SEC_FETCH_SITE": "same-origin"}


@dataclass
class ReaderPage:
    name: str
    path: str
    status: int = 200
    post: dict | None = None  # sent as a form (a page with the form's errors)
    headers: dict = field(default_factory=dict)
    shows: str = ""  # a text that proves the page shows what it is listed for


def build_site() -> dict:
    """Categories, authors (one with a photo), articles with image, key facts, sources and hashtags, the site
    pages, follow-us links, a draft with a preview link, a subscriber and a deleted article."""
    pages_demo.load()
    research = CategoryFactory(name_de="KI-Forschung", name_en="AI Research",
                               description_de="Neue Modelle, erklärt.", description_en="New models, explained.")
    robotics = CategoryFactory(name_de="Robotik", name_en="Robotics")
    anna = AuthorFactory(name="Anna Berger", role_de="Redakteurin", role_en="Editor",
                         photo=image_file("anna.png", size=(384, 384), image_format="PNG"),
                         website="https://example.org/anna", mastodon="https://mastodon.example/@anna")
    jonas = AuthorFactory(name="Jonas Keller")
    demo = all_articles()[0]
    lead = ArticleFactory(
        category=research, author=anna, hashtags=["LLM", "Forschung"], image=image_file(size=(1600, 900)),
        image_alt_de="Ein Netz aus Punkten", image_alt_en="A network of dots", image_caption_de="Symbolbild",
        image_credit="kinews",
        title_de=demo["de"]["title"], title_en=demo["en"]["title"],
        teaser_de=demo["de"]["teaser"], teaser_en=demo["en"]["teaser"],
        body_de=demo["de"]["body"], body_en=demo["en"]["body"],
    )
    for position, ((label_de, text_de), (label_en, text_en)) in enumerate(
        zip(demo["de"]["key_facts"], demo["en"]["key_facts"], strict=True)
    ):
        KeyFactFactory(article=lead, position=position, label_de=label_de, text_de=text_de, label_en=label_en,
                       text_en=text_en)
    SourceFactory(article=lead, title_de="Studie zur Quantisierung", title_en="Quantisation study")
    now = timezone.now()
    for n, title in enumerate(["Roboter lernen greifen", "Roboter im Lager", "Roboter in der Pflege"]):
        ArticleFactory(category=robotics, author=jonas, hashtags=["Robotik"], title_de=title,
                       title_en=f"Robots {n}", published_at=now - timedelta(hours=2 + n))
    for n in range(6):  # enough for a second page of the archive and a full home page
        ArticleFactory(category=research if n % 2 else robotics, author=anna if n % 2 else jonas,
                       published_at=now - timedelta(days=1 + n), hashtags=["KI"])
    draft = PreviewLinkFactory(article__category=research, article__author=anna)
    gone = ArticleFactory(title_de="Wird gelöscht", title_en="Will be deleted", category=research)
    gone_paths = {code: _path(gone, code) for code in ("de", "en")}
    services.delete_article(gone)
    subscriber = SubscriberFactory(email="leserin@example.com")
    pending = ConsentRecordFactory(email="neu@example.com")
    return {"lead": lead, "research": research, "anna": anna, "preview": draft, "gone": gone_paths,
            "subscriber": subscriber, "pending": pending}


def _path(obj, language: str) -> str:
    with translation.override(language):
        return obj.get_absolute_url()


def reader_pages(site: dict, language: str) -> list[ReaderPage]:
    """Every page type of one language, with the status it answers."""
    with translation.override(language):
        return _reader_pages(site, language)


def _reader_pages(site: dict, language: str) -> list[ReaderPage]:
    from django.urls import reverse

    de = language == "de"
    lead, subscriber = site["lead"], site["subscriber"]
    newsletter_form = {"email": "keine-adresse", "language": language, "stamp": make_stamp(time.time() - 30),
                       "website": ""}
    inquiry_form = {"name": "", "email": "falsch", "message": "", "token": form_token(FORM_PURPOSE, time.time() - 30),
                    "website": ""}
    return [
        ReaderPage("home", reverse("articles:home")),
        ReaderPage("article", lead.get_absolute_url()),
        ReaderPage("category", site["research"].get_absolute_url()),
        ReaderPage("hashtag", reverse("articles:hashtag", kwargs={"slug": "robotik"})),
        ReaderPage("author", site["anna"].get_absolute_url()),
        ReaderPage("archive", reverse("articles:archive")),
        ReaderPage("archive-page-2", reverse("articles:archive") + "?page=2"),
        ReaderPage("search-empty", reverse("articles:search")),
        ReaderPage("search-results", reverse("articles:search") + "?q=Roboter",
                   shows="3 Artikel gefunden" if de else "3 articles found"),
        ReaderPage("search-nothing", reverse("articles:search") + "?q=zzqxj", shows="zzqxj"),
        ReaderPage("search-suggestion", reverse("articles:search") + ("?q=Robotr" if de else "?q=Robotz"),
                   shows="Meintest Du" if de else "Did you mean"),
        ReaderPage("newsletter", reverse("newsletter:signup")),
        ReaderPage("newsletter-errors", reverse("newsletter:signup"), 400, post=newsletter_form,
                   headers=SAME_ORIGIN, shows='aria-invalid="true"'),
        ReaderPage("newsletter-thanks", reverse("newsletter:thanks")),
        ReaderPage("newsletter-confirm", reverse("newsletter:confirm",
                                                 kwargs={"token": confirm_token(site["pending"])})),
        ReaderPage("newsletter-subscription", manage_path(subscriber)),
        ReaderPage("newsletter-unsubscribe", reverse("newsletter:unsubscribe",
                                                     kwargs={"token": unsubscribe_token(subscriber.pk)})),
        ReaderPage("inquiry", reverse("consulting:inquiry")),
        ReaderPage("inquiry-errors", reverse("consulting:inquiry"), 200, post=inquiry_form, headers=SAME_ORIGIN,
                   shows='aria-invalid="true"'),
        ReaderPage("inquiry-thanks", reverse("consulting:thanks")),
        ReaderPage("inquiry-received", reverse("consulting:received")),
        ReaderPage("imprint", reverse("pages:imprint")),
        ReaderPage("privacy", reverse("pages:privacy")),
        ReaderPage("about", reverse("pages:about")),
        ReaderPage("consulting", reverse("pages:consulting")),
        ReaderPage("not-found", "/en/nothing-here/" if not de else "/nichts-hier/", 404),
        ReaderPage("gone", site["gone"][language], 410),
        ReaderPage("preview", reverse("articles:preview", kwargs={"token": site["preview"].token})),
    ]
