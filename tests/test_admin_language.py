"""The admin speaks German in the Du form everywhere: Django's strings, third-party widgets and change messages."""

import json
import re

import pytest
from django.contrib.admin.models import LogEntry
from django.utils.html import strip_tags
from reversion.models import Version

from tests.factories import ArticleFactory, InquiryFactory, UserFactory

pytestmark = pytest.mark.django_db

# The English words the admin used to show among the German ones (issue 15).
ENGLISH_UI = re.compile(r"\b(Search|Select|Run|Filter|Delete|History|Owner|Are you sure|Edit Link|Update|Save)\b")
FORMAL_YOU = re.compile(r"\b(Sie|Ihr|Ihre|Ihren|Ihrem|Ihnen)\b")


def visible_text(html: str) -> str:
    html = re.sub(r"<(script|style)\b.*?</\1>", " ", html, flags=re.S)
    attributes = " ".join(re.findall(r'(?:placeholder|title|alt|aria-label|value)="([^"]*)"', html))
    return strip_tags(html) + " " + attributes


@pytest.fixture
def editor(client):
    user = UserFactory(groups=["Editors"])
    client.force_login(user)
    return user


def test_article_pages_of_the_admin_show_no_english_and_no_formal_you(client, editor):
    article = ArticleFactory()
    for url in ["/admin/articles/article/", "/admin/articles/article/?q=KI", "/admin/articles/article/add/",
                f"/admin/articles/article/{article.pk}/change/", f"/admin/articles/article/{article.pk}/delete/",
                "/admin/articles/article/editorial/", "/admin/taggit/tag/"]:
        text = visible_text(client.get(url).content.decode())
        assert not ENGLISH_UI.findall(text), (url, ENGLISH_UI.findall(text))
        assert not FORMAL_YOU.findall(text), (url, FORMAL_YOU.findall(text))


def test_changelist_actions_and_empty_choice_are_german(client, editor):
    ArticleFactory()
    html = client.get("/admin/articles/article/").content.decode()
    assert ">Ausführen<" in html and "– Bitte auswählen –" in html and "Artikel durchsuchen" in html


def test_taggit_section_is_called_hashtags(client, editor):
    html = client.get("/admin/taggit/tag/").content.decode()
    assert "Hashtags" in html and "Taggit" not in html


def test_javascript_strings_of_widgets_and_the_body_editor_are_german_in_the_du_form(client, editor):
    script = client.get("/admin/jsi18n/").content.decode()
    catalogue = json.loads(re.search(r"const newcatalog = (\{.*?\});", script, re.S).group(1))
    assert catalogue["Edit Link"] == "Link bearbeiten" and catalogue["Update"] == "Aktualisieren"
    assert catalogue["Open in new window"] == "In neuem Fenster öffnen"
    assert catalogue["Today (%(date)s)"] == "Heute (%(date)s)"
    behind = "Note: Enter times in the %(timezone)s timezone. (You are %(offset)s hour behind.)"
    assert "Deine Uhr geht %(offset)s Stunde nach." in catalogue[behind][0]
    unsaved = ("You have unsaved changes on individual editable fields. If you run an action, your unsaved changes "
               "will be lost.")
    assert catalogue[unsaved].startswith("Du hast")


def test_admin_pages_have_a_favicon(client, editor):
    assert 'rel="icon"' in client.get("/admin/articles/article/").content.decode()


def test_change_messages_name_the_changed_fields_in_german(client, editor):
    inquiry = InquiryFactory()
    sales = UserFactory(groups=["Sales"])
    client.force_login(sales)
    data = {"status": "new", "owner": str(sales.pk), "lost_reason": "",
            **{f"{prefix}-{key}": value for prefix in ("notes", "history")
               for key, value in {"TOTAL_FORMS": "0", "INITIAL_FORMS": "0", "MIN_NUM_FORMS": "0",
                                  "MAX_NUM_FORMS": "1000"}.items()}}
    assert client.post(f"/admin/consulting/inquiry/{inquiry.pk}/change/", data).status_code == 302
    assert LogEntry.objects.get().get_change_message() == "Zuständig geändert."
    history = client.get(f"/admin/consulting/inquiry/{inquiry.pk}/history/").content.decode()
    assert "Zuständig geändert." in history and "Owner" not in history


def test_article_history_lines_are_german(client, editor):
    from tests.test_admin import article_form_data

    article = ArticleFactory(teaser_de="Alt.", body_de="<p>Alt.</p>")
    data = article_form_data(article.category, teaser_de="Neu.", body_de="<p>Neu.</p>", title_de=article.title_de,
                             author=str(article.author_id), tags="")
    data |= {"key_facts-TOTAL_FORMS": "0", "sources-TOTAL_FORMS": "0"}
    response = client.post(f"/admin/articles/article/{article.pk}/change/", data)
    assert response.status_code == 302, response.context["adminform"].form.errors
    comment = Version.objects.get_for_object(article).first().revision.get_comment()
    assert "Teaser [de]" in comment and "Text [de]" in comment and "Body" not in comment


def test_breadcrumbs_name_the_section_and_then_the_list_without_repeating_a_word(client, editor):
    article = ArticleFactory(title_de="KI im Rathaus")
    for url in ["/admin/articles/article/", f"/admin/articles/article/{article.pk}/change/"]:
        trail = re.search(r'<ol class="breadcrumbs">(.*?)</ol>', client.get(url).content.decode(), re.S).group(1)
        crumbs = [" ".join(strip_tags(item).split()) for item in re.findall(r"<li\b.*?</li>", trail, re.S)]
        assert crumbs[:3] == ["Start", "Inhalte", "Artikel"], (url, crumbs)


def test_the_sidebar_lists_the_newsroom_sections_content_first(client, editor):
    html = client.get("/admin/articles/article/").content.decode()
    sidebar = re.search(r'<nav class="sticky" id="nav-sidebar".*?</nav>', html, re.S).group(0)
    captions = [" ".join(strip_tags(caption).split()) for caption in re.findall(r"<caption>(.*?)</caption>", sidebar,
                                                                              re.S)]
    assert captions[:2] == ["Inhalte", "Hashtags"], captions
