"""An editor's round in the admin, in German: the start page, pinning related articles, a colleague's newer save,
restoring German without making English stale, deleting and undoing it, and a newsletter that was sent."""

from datetime import timedelta

import pytest
from django.utils import timezone

from articles import services
from articles.models import Article
from newsletter.models import Issue
from recommendations.models import ArticleView, RelatedChoice
from tests.e2e.admin_helpers import assert_german, log_in, screenshots, submit
from tests.factories import ArticleFactory, AuthorFactory, IssueFactory, UserFactory

pytestmark = pytest.mark.django_db(transaction=True)


@pytest.fixture
def newsroom():
    UserFactory(username="jonas", first_name="Jonas", last_name="Keller", password="ein-gutes-passwort",
                groups=["Editors"])
    erika = AuthorFactory(name="Erika Beispiel", user__username="erika", user__first_name="Erika",
                          user__last_name="Beispiel")
    rathaus = ArticleFactory(title_de="KI im Rathaus", title_en="AI at city hall")
    ArticleFactory(title_de="Zweiter Blick auf Sprachmodelle", category=rathaus.category)
    ArticleView.objects.create(article=rathaus, language="de", day=timezone.localdate(), count=128)
    ArticleFactory(title_de="Geplant ohne Bild", title_en="", body_en="", scheduled=True)
    ArticleFactory(title_de="Nur auf Deutsch", title_en="", body_en="")
    draft = ArticleFactory(title_de="Entwurf von Erika", author=erika, draft=True)
    ArticleFactory(title_de="Kann weg")
    IssueFactory(subject="kinews Woche 48", status=Issue.Status.SENT, sent_at=timezone.now() - timedelta(days=2),
                 articles=[rathaus])
    return {"rathaus": rathaus, "draft": draft, "erika": erika}


def test_editor_round_in_german(german_page, newsroom):
    page = german_page
    rathaus, draft = newsroom["rathaus"], newsroom["draft"]
    log_in(page, "jonas", "ein-gutes-passwort")
    page.wait_for_url("**/admin/articles/article/editorial/")
    start = page.locator("#content-main")
    assert "Entwurf von Erika" not in start.locator("#drafts").inner_text()  # my drafts only
    assert "kein Beitragsbild" in start.locator("#scheduled").inner_text()
    assert "128" in start.locator("#recent tr", has_text="KI im Rathaus").inner_text()
    assert "Nur auf Deutsch" in start.locator("#english-missing").inner_text()
    assert_german(page)
    screenshots(page, "editorial-start-page")

    # Pin a related article (autocomplete in the article form).
    start.get_by_role("link", name="KI im Rathaus").first.click()
    page.locator("#related_choices-group .add-row a").click()
    page.locator("#related_choices-group .select2-selection").first.click()
    page.locator(".select2-search__field").fill("Zweiter")
    page.locator(".select2-results__option", has_text="Zweiter Blick").click()
    assert_german(page)
    submit(page, "input[name=_continue]")
    assert "erfolgreich geändert" in page.locator(".messagelist").inner_text()
    assert RelatedChoice.objects.get(article=rathaus).target.title_de == "Zweiter Blick auf Sprachmodelle"

    # Restoring the German texts of that revision leaves the (unchanged) English up to date.
    page.fill("#id_teaser_de", "Eine Stadt testet KI – jetzt mit Bürgerbeteiligung.")
    submit(page, "input[name=_continue]")
    assert "EN: veraltet" in page.locator(".translation-status").inner_text()
    page.get_by_role("link", name="Verlauf").click()
    page.get_by_role("link", name="Wiederherstellen …").first.click()
    page.wait_for_url("**/history/*/")
    assert_german(page)
    submit(page, "input[name=_save]")
    page.goto(f"/admin/articles/article/{rathaus.pk}/change/")
    assert "EN: aktuell" in page.locator(".translation-status").inner_text()

    # Erika saves her draft while Jonas has it open: his autosave stops and says so; saving asks first.
    page.goto(f"/admin/articles/article/{draft.pk}/change/")
    theirs = Article.objects.get(pk=draft.pk)
    theirs.teaser_de, theirs.updated_by = "Erikas neue Fassung.", newsroom["erika"].user
    services.save_article(theirs)
    page.fill("#id_teaser_de", "Jonas' Fassung.")
    page.wait_for_selector("#newer-save")
    assert "Erika Beispiel hat diesen Artikel um" in page.locator("#newer-save").inner_text()
    assert_german(page)
    submit(page, "input[name=_continue]")
    assert "Trotzdem sichern" in page.locator(".form-row.field-overwrite").inner_text()
    assert Article.objects.get(pk=draft.pk).teaser_de == "Erikas neue Fassung."
    page.check("#id_overwrite")
    submit(page, "input[name=_continue]")
    assert Article.objects.get(pk=draft.pk).teaser_de == "Jonas' Fassung."

    # Delete without internals, and undo it.
    doomed = Article.objects.get(title_de="Kann weg")
    page.goto(f"/admin/articles/article/{doomed.pk}/delete/")
    assert page.locator("#deleted-objects li").count() == 1 and "Papierkorb" in page.locator("#content").inner_text()
    assert_german(page)
    submit(page, page.get_by_role("button", name="Ja, löschen"))
    assert not Article.objects.filter(pk=doomed.pk).exists()
    page.get_by_role("link", name="Rückgängig machen: wiederherstellen").click()
    page.wait_for_url("**/recover/*/")
    assert_german(page)
    submit(page, "input[name=_save]")
    assert Article.objects.get(pk=doomed.pk).is_live

    # A sent newsletter cannot be sent again from its send page.
    issue = Issue.objects.get()
    page.goto(f"/admin/newsletter/issue/{issue.pk}/send/")
    assert page.get_by_role("button", name="Ja, jetzt senden").count() == 0
    assert "ist gesendet" in page.locator("#content").inner_text()
    assert_german(page)
