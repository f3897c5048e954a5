"""The one cache rule, walked through: with the page cache and the shared fragments on, as in production, every kind
of change reaches the article page, the home page and the feeds – edits at once, and what nobody announces (a
scheduled time reached, a promo starting or ending, a bare UPDATE) within PUBLIC_CACHE_SECONDS."""

from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
import time_machine
from django.utils import timezone
from taggit.models import Tag

from articles import services
from articles.hashtags import merge_hashtags
from articles.models import Article
from pages.models import Page, SocialLink
from recommendations.models import RelatedChoice
from recommendations.rebuild import rebuild_all
from tests.factories import (
    ArticleFactory,
    AuthorFactory,
    CategoryFactory,
    KeyFactFactory,
    PageFactory,
    PromoFactory,
    SourceFactory,
    image_file,
)

pytestmark = pytest.mark.django_db

START = datetime(2026, 12, 1, 9, 0, tzinfo=ZoneInfo("Europe/Berlin"))


@pytest.fixture(autouse=True)
def caches_on(settings):
    settings.PAGE_CACHE_SECONDS = settings.FRAGMENT_CACHE_SECONDS = settings.PUBLIC_CACHE_SECONDS


def test_every_change_reaches_article_page_home_and_feeds_within_the_cache_rule(
    client, django_capture_on_commit_callbacks
):
    def committed(change):
        # Invalidation runs when the transaction commits, as in production.
        with django_capture_on_commit_callbacks(execute=True):
            change()

    def page(url: str) -> tuple[str, str]:
        response = client.get(url)
        assert response.status_code == 200, url
        return response.content.decode(), response.get("X-Page-Cache", "")

    def cached(*urls: str) -> None:
        """Each page read twice: the second answer must come from the page cache, or this test proves nothing."""
        for url in urls:
            page(url)
            assert page(url)[1] == "hit", f"{url} is not served from the cache"

    def shows(url: str, *present: str, absent: tuple[str, ...] = ()) -> None:
        html, _hit = page(url)
        for text in present:
            assert text in html, f"{text!r} missing on {url}"
        for text in absent:
            assert text not in html, f"{text!r} still on {url}"

    with time_machine.travel(START, tick=False) as clock:
        category = CategoryFactory(name_de="Forschung")
        author = AuthorFactory(name="Mara Mertens", photo=image_file("mara.png", image_format="PNG"))
        article = ArticleFactory(title_de="Qubits im Labor", category=category, author=author,
                                 body_de="<p>Qubits und Quantencomputer im Labor.</p>", hashtags=["Quanten"],
                                 image=image_file("labor.jpg"), published_at=START - timedelta(days=1))
        KeyFactFactory(article=article, label_de="Wer", text_de="Ein Forschungsteam aus Jena.")
        SourceFactory(article=article, title_de="Fachartikel über Qubits")
        neighbour = ArticleFactory(title_de="Qubits in der Industrie", category=category, hashtags=["Fabrik"],
                                   body_de="<p>Qubits und Quantencomputer in Fabriken.</p>",
                                   published_at=START - timedelta(days=2))
        committed(rebuild_all)
        url, neighbour_url, home, feed = article.get_absolute_url(), neighbour.get_absolute_url(), "/", "/feed/"
        everywhere = (url, home, feed)

        # Article text: its page, home, feed, and the related box on another article's page (also where that page was
        # made from the cached box: another address of it).
        neighbour_shared = neighbour_url + "?from=newsletter"
        cached(url, neighbour_url, neighbour_shared, home)
        article.title_de = "Qubits im Reinraum"
        committed(lambda: services.save_article(article))
        for where in (*everywhere, neighbour_url, neighbour_shared):
            shows(where, "Qubits im Reinraum", absent=("Qubits im Labor",))

        # Key facts and sources.
        cached(url)
        fact = article.key_facts.get()
        fact.text_de = "Ein Forschungsteam aus Dresden."
        fact.save()
        source = article.sources.get()
        source.title_de = "Preprint zu Qubits"
        source.save()
        committed(lambda: services.after_save(article, before=services.state_of(article)))
        shows(url, "Ein Forschungsteam aus Dresden.", "Preprint zu Qubits", absent=("Fachartikel über Qubits",))

        # Hashtags renamed, merged and deleted.
        cached(url)
        quanten = Tag.objects.get(name="Quanten")
        quanten.name = "Quantenphysik"
        committed(quanten.save)
        shows(url, "#Quantenphysik")
        shows(feed, "#Quantenphysik")
        cached(url)
        committed(lambda: merge_hashtags(target=Tag.objects.create(name="Qubits", slug="qubits"), others=[quanten]))
        shows(url, "#Qubits", absent=("#Quantenphysik",))
        cached(url)
        committed(Tag.objects.get(name="Qubits").delete)
        shows(url, absent=("#Qubits",))

        # Category, author name and photo.
        cached(*everywhere)
        category.name_de = "Grundlagenforschung"
        committed(category.save)
        for where in everywhere:
            shows(where, "Grundlagenforschung")
        cached(url, home)
        old_photo = author.picture.src
        author.name = "Mara Mertens-Kühn"
        committed(author.save)
        author.photo = image_file("mara-neu.png", image_format="PNG", colour="orange")
        committed(author.save)
        shows(url, "Mara Mertens-Kühn", absent=(old_photo,))
        shows(feed, "Mara Mertens-Kühn")

        # Article image replaced (renditions are made by the task worker, immediate here).
        cached(url, home)
        old_image = Article.objects.get(pk=article.pk).picture.src
        article.image = image_file("reinraum.jpg", colour="navy")
        committed(lambda: services.save_article(article))
        new_image = Article.objects.get(pk=article.pk).picture.src
        assert new_image != old_image
        for where in (url, home):
            shows(where, new_image, absent=(old_image,))

        # Site page and follow-us link.
        imprint = PageFactory(key=Page.Key.IMPRINT, title_de="Impressum")
        cached(imprint.get_absolute_url(), url)
        imprint.title_de = "Impressum und Kontakt"
        committed(imprint.save)
        shows(imprint.get_absolute_url(), "Impressum und Kontakt")
        committed(lambda: SocialLink.objects.create(name="Bluesky", url="https://bsky.example/kinews", order=9))
        shows(url, "https://bsky.example/kinews")
        shows(home, "https://bsky.example/kinews")

        # Related list recomputed: an editor pins another article.
        pinned = ArticleFactory(title_de="Kochen mit Kindern", body_de="<p>Apfelkuchen backen.</p>",
                                published_at=START - timedelta(days=300))
        cached(url)
        committed(lambda: RelatedChoice.objects.create(article=article, target=pinned, action="pin"))
        shows(url, "Kochen mit Kindern")

        # Not announced by any save: within a minute.
        cached(*everywhere)
        scheduled = ArticleFactory(title_de="Qubits ab neun Uhr fünf", category=category, hashtags=["Quanten"],
                                   published_at=timezone.now() + timedelta(seconds=30))
        promo = PromoFactory(title="Quanten-Akademie", placement="sidebar",
                             starts_at=timezone.now() + timedelta(seconds=20))
        Article.objects.filter(pk=article.pk).update(title_de="Qubits im Keller")  # a bare UPDATE
        cached(url, home)
        clock.shift(30 + 60)  # the scheduled time, plus the most any cache may add
        for where in everywhere:
            shows(where, "Qubits ab neun Uhr fünf", "Qubits im Keller")
        shows(url, "Quanten-Akademie")
        promo.ends_at = timezone.now() + timedelta(seconds=10)
        promo.save()
        cached(url)
        clock.shift(10 + 60)
        shows(url, absent=("Quanten-Akademie",))
        assert scheduled.is_live

        # A page made late from an older cached fragment is kept only for what is left of that fragment's minute.
        cached(url)  # the footer fragment (follow-us links) is stored now
        clock.shift(50)
        cached("/artikel/")  # a page first rendered now, from the 50 s old footer
        SocialLink.objects.filter(name="Bluesky").update(url="https://bsky.example/kinews-neu")  # bare UPDATE
        clock.shift(11)
        shows("/artikel/", "https://bsky.example/kinews-neu")
