from datetime import timedelta

import pytest
import time_machine
from django.urls import reverse
from django.utils import timezone, translation

from articles.models import PreviewLink
from tests.factories import ArticleFactory, AuthorFactory, KeyFactFactory, PreviewLinkFactory, UserFactory

pytestmark = pytest.mark.django_db


def preview_url(link, language="de"):
    with translation.override(language):
        return reverse("articles:preview", kwargs={"token": link.token})


def test_author_creates_a_preview_link_for_a_draft_in_the_admin(client):
    author = AuthorFactory()
    draft = ArticleFactory(draft=True, author=author)
    client.force_login(author.user)
    change_page = client.get(f"/admin/articles/article/{draft.pk}/change/").content.decode()
    create_url = f"/admin/articles/article/{draft.pk}/preview-links/"
    assert f'formaction="{create_url}"' in change_page
    response = client.post(create_url, follow=True)
    link = PreviewLink.objects.get(article=draft)
    assert link.created_by == author.user
    assert timedelta(days=6, hours=23) < link.expires_at - timezone.now() <= timedelta(days=7)
    assert len(link.token) >= 43  # 256 random bits, URL-safe
    html = response.content.decode()
    assert f"http://testserver/vorschau/{link.token}/" in html  # the message and the panel show the address
    assert f"/admin/articles/article/{draft.pk}/preview-links/{link.pk}/revoke/" in html


def test_preview_link_shows_the_draft_like_the_article_page_without_an_account(client):
    draft = ArticleFactory(draft=True, title_de="Noch nicht erschienen", hashtags=["KI"])
    KeyFactFactory(article=draft, label_de="Wer", text_de="Ein Labor.")
    link = PreviewLinkFactory(article=draft)
    response = client.get(preview_url(link))
    html = response.content.decode()
    assert response.status_code == 200
    assert "Noch nicht erschienen</h1>" in html and "<strong>Wer:</strong> Ein Labor." in html
    assert 'class="preview-banner"' in html
    assert '<meta name="robots" content="noindex, nofollow">' in html
    assert response["X-Robots-Tag"] == "noindex, nofollow"
    cache_control = response["Cache-Control"]
    assert "no-store" in cache_control and "no-cache" in cache_control and "private" in cache_control
    assert response.cookies == {}
    assert draft.get_absolute_url() not in html.split("<main", 1)[0]  # no hreflang to the unpublished address


def test_preview_link_works_in_english_too(client):
    link = PreviewLinkFactory(article=ArticleFactory(draft=True, title_en="Not out yet"))
    response = client.get(preview_url(link, "en"))
    assert response.status_code == 200 and "Not out yet</h1>" in response.content.decode()


def test_expired_preview_link_is_gone(client):
    link = PreviewLinkFactory()
    with time_machine.travel(timezone.now() + timedelta(days=7, minutes=1)):
        assert client.get(preview_url(link)).status_code == 404
    with time_machine.travel(timezone.now() + timedelta(days=6, hours=23)):
        assert client.get(preview_url(link)).status_code == 200


def test_revoked_preview_link_is_gone(client):
    author = AuthorFactory()
    link = PreviewLinkFactory(article=ArticleFactory(draft=True, author=author))
    client.force_login(author.user)
    response = client.post(f"/admin/articles/article/{link.article_id}/preview-links/{link.pk}/revoke/")
    assert response.status_code == 302
    link.refresh_from_db()
    assert link.revoked_at is not None
    client.logout()
    assert client.get(preview_url(link)).status_code == 404


def test_unknown_token_is_404(client):
    PreviewLinkFactory()
    assert client.get("/vorschau/not-a-real-token/").status_code == 404


def test_preview_link_of_an_article_that_went_live_leads_to_the_article(client):
    link = PreviewLinkFactory(article=ArticleFactory())
    response = client.get(preview_url(link))
    assert response.status_code == 302 and response["Location"] == link.article.get_absolute_url()


def test_nobody_creates_or_revokes_preview_links_for_articles_they_cannot_change(client):
    link = PreviewLinkFactory()
    client.force_login(AuthorFactory().user)
    # Refused as someone else's article ("Dieser Artikel gehört Dir nicht").
    assert client.post(f"/admin/articles/article/{link.article_id}/preview-links/").status_code == 403
    assert client.post(f"/admin/articles/article/{link.article_id}/preview-links/{link.pk}/revoke/").status_code == 403
    link.refresh_from_db()
    assert link.revoked_at is None and PreviewLink.objects.count() == 1


def test_preview_links_are_created_by_post_only(client):
    client.force_login(UserFactory(is_superuser=True))
    draft = ArticleFactory(draft=True)
    assert client.get(f"/admin/articles/article/{draft.pk}/preview-links/").status_code == 405
    assert not PreviewLink.objects.exists()


def test_the_change_page_lists_preview_links_on_the_host_the_editor_uses(client, settings):
    settings.SITE_URL = "https://kinews.example"  # for e-mails; the admin may run on another address
    author = AuthorFactory()
    link = PreviewLinkFactory(article=ArticleFactory(draft=True, author=author))
    client.force_login(author.user)
    html = client.get(f"/admin/articles/article/{link.article_id}/change/", HTTP_HOST="localhost:8101").content.decode()
    assert f'href="http://localhost:8101/vorschau/{link.token}/"' in html
