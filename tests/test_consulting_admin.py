import csv
import io
import json
from datetime import timedelta
from zoneinfo import ZoneInfo

import pytest
from django.contrib.auth.models import Group
from django.utils import timezone

from consulting.models import HistoryEntry, Inquiry, Note
from tests.factories import ArticleFactory, InquiryFactory, NoteFactory, UserFactory

pytestmark = pytest.mark.django_db

CHANGELIST = "/admin/consulting/inquiry/"


def change_url(inquiry) -> str:
    return f"{CHANGELIST}{inquiry.pk}/change/"


def management(prefix: str, total: int, initial: int = 0) -> dict:
    return {f"{prefix}-TOTAL_FORMS": str(total), f"{prefix}-INITIAL_FORMS": str(initial),
            f"{prefix}-MIN_NUM_FORMS": "0", f"{prefix}-MAX_NUM_FORMS": "1000"}


def change_data(inquiry, notes: list[str] = (), **overrides) -> dict:
    existing_notes = inquiry.notes.count()
    data = {
        "status": inquiry.status, "owner": str(inquiry.owner_id or ""), "lost_reason": inquiry.lost_reason,
        **({"is_spam": "on"} if inquiry.is_spam else {}),
        **management("notes", existing_notes + len(notes), existing_notes),
        **management("history", inquiry.history.count(), inquiry.history.count()),
    }
    for n, note in enumerate(inquiry.notes.all()):
        data[f"notes-{n}-id"] = str(note.pk)
        data[f"notes-{n}-inquiry"] = str(inquiry.pk)
    for n, entry in enumerate(inquiry.history.all()):
        data[f"history-{n}-id"] = str(entry.pk)
        data[f"history-{n}-inquiry"] = str(inquiry.pk)
    for n, text in enumerate(notes, start=existing_notes):
        data[f"notes-{n}-text"] = text
    return data | overrides


@pytest.fixture
def sales(client):
    user = UserFactory(username="svenja", first_name="Svenja", last_name="Vertrieb", groups=["Sales"])
    client.force_login(user)
    return user


# --- Who may see what


def test_sales_sees_inquiries_and_nothing_else(client, sales):
    InquiryFactory(name="Ada Anfrage")
    index = client.get("/admin/", follow=True).content.decode()
    assert CHANGELIST in index
    for other in ["/admin/articles/", "/admin/auth/", "/admin/pages/", "/admin/taggit/"]:
        assert other not in index
    assert "Ada Anfrage" in client.get(CHANGELIST).content.decode()
    for url in ["/admin/articles/article/", "/admin/auth/user/", "/admin/auth/group/", "/admin/pages/page/",
                "/admin/articles/category/"]:
        assert client.get(url).status_code == 403, url


def test_sales_group_has_exactly_the_inquiry_permissions():
    codenames = set(Group.objects.get(name="Sales").permissions.values_list("content_type__app_label", "codename"))
    assert codenames == {("consulting", c) for c in
                         ["view_inquiry", "change_inquiry", "export_inquiry", "view_note", "add_note",
                          "view_historyentry"]}


@pytest.mark.parametrize("group", ["Authors", "Editors"])
def test_authors_and_editors_cannot_see_inquiries(client, group):
    inquiry = InquiryFactory()
    client.force_login(UserFactory(groups=[group]))
    assert client.get(CHANGELIST).status_code == 403
    assert client.get(change_url(inquiry)).status_code == 403
    assert CHANGELIST not in client.get("/admin/", follow=True).content.decode()
    assert not Group.objects.get(name=group).permissions.filter(content_type__app_label="consulting").exists()


def test_nobody_adds_inquiries_in_the_admin_and_sales_cannot_delete_them(client, sales):
    inquiry = InquiryFactory()
    assert client.get(f"{CHANGELIST}add/").status_code == 403
    assert client.get(f"{CHANGELIST}{inquiry.pk}/delete/").status_code == 403
    assert Inquiry.objects.count() == 1


# --- The changelist


def test_changelist_shows_age_columns_and_hides_spam_by_default(client, sales):
    InquiryFactory(name="Echte Anfrage", company="Acme", source_path="/artikel/ki-im-mittelstand/",
                   source_cta="article-end")
    InquiryFactory(name="Spam Bot", is_spam=True, spam_reasons="honeypot")
    html = client.get(CHANGELIST).content.decode()
    assert "Echte Anfrage" in html and "Spam Bot" not in html
    assert "Echte Anfrage<br><small>Acme</small>" in html and '<td class="field-topic">KI-Strategie</td>' in html
    assert 'href="/artikel/ki-im-mittelstand/"' in html and "Artikelende" in html
    assert "<small>jetzt</small>" in html  # the age
    spam_only = client.get(CHANGELIST, {"spam": "yes"}).content.decode()
    assert "Spam Bot" in spam_only and "Echte Anfrage" not in spam_only
    everything = client.get(CHANGELIST, {"spam": "all"}).content.decode()
    assert "Spam Bot" in everything and "Echte Anfrage" in everything


def test_changelist_counts_new_unassigned_inquiries(client, sales):
    InquiryFactory.create_batch(3)
    InquiryFactory(owner=sales)
    InquiryFactory(status=Inquiry.Status.CONTACTED)
    InquiryFactory(is_spam=True)
    html = client.get(CHANGELIST).content.decode()
    assert "3 neue Anfragen warten auf Zuständige." in html


def test_one_owner_filter_for_mine_unassigned_and_each_colleague(client, sales):
    colleague = UserFactory(groups=["Sales"], first_name="Kai", last_name="Kollege")
    InquiryFactory(name="Meine Anfrage", owner=sales)
    InquiryFactory(name="Offene Anfrage")
    InquiryFactory(name="Fremde Anfrage", owner=colleague)
    html = client.get(CHANGELIST).content.decode()
    assert html.count("Nach Zuständig") == 1 and "Kai Kollege" in html.split("Nach Zuständig")[1]
    mine = client.get(CHANGELIST, {"owner": "mine"}).content.decode()
    assert "Meine Anfrage" in mine and "Offene Anfrage" not in mine and "Fremde Anfrage" not in mine
    open_ = client.get(CHANGELIST, {"owner": "nobody"}).content.decode()
    assert "Offene Anfrage" in open_ and "Meine Anfrage" not in open_
    theirs = client.get(CHANGELIST, {"owner": str(colleague.pk)}).content.decode()
    assert "Fremde Anfrage" in theirs and "Meine Anfrage" not in theirs


def test_status_and_topic_filters_and_search(client, sales):
    InquiryFactory(name="Gewonnen GmbH", status=Inquiry.Status.WON, topic="training")
    InquiryFactory(name="Neu AG", message="Wir suchen Hilfe bei Chatbots", email="chef@neu.example")
    assert "Neu AG" not in client.get(CHANGELIST, {"status__exact": "won"}).content.decode()
    assert "Gewonnen GmbH" not in client.get(CHANGELIST, {"topic__exact": "strategy"}).content.decode()
    for term in ["Chatbots", "chef@neu.example", "Neu AG"]:
        html = client.get(CHANGELIST, {"q": term}).content.decode()
        assert "Neu AG" in html and "Gewonnen GmbH" not in html, term


def test_changelist_query_count_does_not_grow_with_inquiries(client, sales, django_assert_max_num_queries):
    owners = UserFactory.create_batch(3, groups=["Sales"])
    for n in range(40):
        InquiryFactory(owner=owners[n % 3])
    with django_assert_max_num_queries(14):
        response = client.get(CHANGELIST)
    assert response.status_code == 200


def test_malicious_values_are_shown_escaped_in_the_inbox(client, sales):
    evil = '<script>alert("x")</script>'
    inquiry = InquiryFactory(name=f"{evil} 😀 Дмитрий", company=evil, message=evil, role=evil,
                             source_path="/artikel/a/", spam_reasons="")
    for url in [CHANGELIST, change_url(inquiry)]:
        html = client.get(url).content.decode()
        assert evil not in html, url
        assert "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;" in html
        assert "😀 Дмитрий" in html


# --- Pipeline, history, notes


def test_status_and_owner_changes_are_recorded_with_who_when_from_and_to(client, sales):
    inquiry = InquiryFactory()
    response = client.post(change_url(inquiry), change_data(inquiry, status="contacted", owner=str(sales.pk)))
    assert response.status_code == 302, response.context["adminform"].form.errors
    inquiry.refresh_from_db()
    assert inquiry.status == "contacted" and inquiry.owner == sales
    entries = list(inquiry.history.values_list("field", "old_value", "new_value", "changed_by"))
    assert entries == [("status", "Neu", "Kontaktiert", sales.pk), ("owner", "", "Svenja Vertrieb", sales.pk)]
    assert inquiry.history.first().changed_at <= timezone.now()
    html = client.get(change_url(inquiry)).content.decode()
    assert "Kontaktiert" in html and "Svenja Vertrieb" in html


def test_first_response_time_is_the_first_move_out_of_new(client, sales):
    inquiry = InquiryFactory()
    Inquiry.objects.filter(pk=inquiry.pk).update(received_at=timezone.now() - timedelta(hours=3))
    inquiry.refresh_from_db()
    client.post(change_url(inquiry), change_data(inquiry, status="contacted"))
    inquiry.refresh_from_db()
    assert timedelta(hours=3) <= inquiry.first_response_time < timedelta(hours=3, minutes=1)
    first = inquiry.first_response_at
    client.post(change_url(inquiry), change_data(inquiry, status="qualified"))
    inquiry.refresh_from_db()
    assert inquiry.first_response_at == first
    assert "3\xa0Stunden" in client.get(CHANGELIST).content.decode()


def test_lost_asks_for_a_reason(client, sales):
    inquiry = InquiryFactory(status=Inquiry.Status.PROPOSAL)
    response = client.post(change_url(inquiry), change_data(inquiry, status="lost", lost_reason=""))
    assert response.status_code == 200
    assert "Bitte gib einen Grund an" in response.content.decode()
    inquiry.refresh_from_db()
    assert inquiry.status == "proposal" and not inquiry.history.exists()
    client.post(change_url(inquiry), change_data(inquiry, status="lost", lost_reason="Budget gestrichen"))
    inquiry.refresh_from_db()
    assert inquiry.status == "lost" and inquiry.closed_at and inquiry.lost_reason == "Budget gestrichen"


def test_notes_get_author_and_time_and_cannot_be_edited_afterwards(client, sales):
    inquiry = InquiryFactory()
    client.post(change_url(inquiry), change_data(inquiry, notes=["Erstgespräch am Montag"]))
    note = Note.objects.get()
    assert (note.text, note.author, note.inquiry) == ("Erstgespräch am Montag", sales, inquiry)
    # An attempt to rewrite it through the form changes nothing.
    data = change_data(inquiry) | {"notes-0-text": "Umgeschrieben"}
    client.post(change_url(inquiry), data)
    note.refresh_from_db()
    assert note.text == "Erstgespräch am Montag" and Note.objects.count() == 1
    html = client.get(change_url(inquiry)).content.decode()
    assert "Erstgespräch am Montag" in html and 'name="notes-0-text"' not in html
    assert not sales.has_perm("consulting.change_note") and not sales.has_perm("consulting.delete_note")


def test_owner_choices_are_sales_staff_only(client, sales):
    inquiry = InquiryFactory()
    editor = UserFactory(username="redakteurin", groups=["Editors"])
    html = client.get(change_url(inquiry)).content.decode()
    assert f'<option value="{sales.pk}">' in html and f'<option value="{editor.pk}">' not in html


# --- Bulk actions


def action(client, name: str, inquiries, query: str = "", follow: bool = False):
    data = {"action": name, "_selected_action": [str(i.pk) for i in inquiries]}
    return client.post(CHANGELIST + query, data, follow=follow)


def test_assign_to_me_records_history(client, sales):
    inquiries = InquiryFactory.create_batch(2)
    action(client, "assign_to_me", inquiries)
    assert set(Inquiry.objects.values_list("owner", flat=True)) == {sales.pk}
    assert HistoryEntry.objects.filter(field="owner", changed_by=sales).count() == 2


def test_mark_contacted_moves_only_new_inquiries(client, sales):
    new = InquiryFactory()
    proposal = InquiryFactory(status=Inquiry.Status.PROPOSAL)
    response = action(client, "mark_contacted", [new, proposal], follow=True)
    new.refresh_from_db()
    proposal.refresh_from_db()
    assert new.status == "contacted" and new.first_response_at and proposal.status == "proposal"
    assert "1 Anfrage als kontaktiert markiert." in response.content.decode()  # one, not "1 Anfragen"


def test_mark_spam_and_not_spam(client, sales):
    inquiry = InquiryFactory()
    action(client, "mark_spam", [inquiry])
    inquiry.refresh_from_db()
    assert inquiry.is_spam and inquiry.name not in client.get(CHANGELIST).content.decode()
    action(client, "mark_not_spam", [inquiry], query="?spam=yes")  # as from the spam-only view
    inquiry.refresh_from_db()
    assert not inquiry.is_spam
    assert list(inquiry.history.values_list("field", "new_value")) == [("spam", "True"), ("spam", "False")]


def test_csv_export_contains_the_selected_inquiries_with_formulas_neutralised(client, sales):
    chosen = InquiryFactory(name="Zoë Ümlaut", company="=HYPERLINK(\"http://evil\")", owner=sales,
                            source_path="/artikel/x/", source_cta="header-banner", message="Zeile 1\nZeile 2")
    InquiryFactory(name="Nicht ausgewählt")
    response = action(client, "export_csv", [chosen])
    assert response["Content-Type"] == "text/csv; charset=utf-8"
    assert "attachment" in response["Content-Disposition"]
    rows = list(csv.DictReader(io.StringIO(b"".join(response.streaming_content).decode("utf-8-sig"))))
    assert len(rows) == 1
    row = rows[0]
    # German column names and words, times in Europe/Berlin.
    assert row["Name"] == "Zoë Ümlaut" and row["E-Mail-Adresse"] == chosen.email
    assert row["Zuständig"] == "Svenja Vertrieb"
    assert row["Unternehmen"] == "'=HYPERLINK(\"http://evil\")"
    assert (row["Herkunftsseite"], row["Handlungsaufruf"], row["Status"]) == ("/artikel/x/", "Banner im Kopf", "Neu")
    assert row["Thema"] == "KI-Strategie" and row["Spam"] == "Nein"
    received = timezone.localtime(chosen.received_at, ZoneInfo("Europe/Berlin")).strftime("%d.%m.%Y %H:%M")
    assert row["Eingegangen"] == received
    assert row["Nachricht"] == "Zeile 1\nZeile 2"


def test_data_access_export_action_returns_json_for_the_selected_addresses(client, sales):
    inquiry = InquiryFactory(email="person@example.com")
    NoteFactory(inquiry=inquiry, text="Rückruf erbeten")
    response = action(client, "export_personal_data", [inquiry])
    data = json.loads(response.content)
    assert data[0]["email"] == "person@example.com"
    assert data[0]["inquiries"][0]["notes"][0]["text"] == "Rückruf erbeten"


def test_article_admin_is_unaffected_for_editors(client):
    client.force_login(UserFactory(groups=["Editors"]))
    ArticleFactory(title_de="Ein Artikel")
    assert "Ein Artikel" in client.get("/admin/articles/article/").content.decode()


def test_assigning_one_inquiry_says_so_in_the_singular(client, sales):
    inquiry = InquiryFactory()
    response = action(client, "assign_to_me", [inquiry], follow=True)
    assert "1 Anfrage Dir zugewiesen." in response.content.decode()


def test_e_mail_and_phone_are_links_and_the_loss_reason_belongs_to_lost(client, sales):
    inquiry = InquiryFactory(email="jana@firma.example", phone="+49 (30) 123 456")
    html = client.get(change_url(inquiry)).content.decode()
    assert '<a href="mailto:jana@firma.example">jana@firma.example</a>' in html
    assert '<a href="tel:+4930123456">+49 (30) 123 456</a>' in html
    textarea = html.split('name="lost_reason"')[1].split(">")[0] + html.split('name="lost_reason"')[0].rsplit("<", 1)[1]
    assert 'data-shown-when="status=lost"' in textarea  # shown only for "Verloren" (static/kinews-admin/admin.js)


def test_the_waiting_count_links_to_the_unassigned_new_inquiries(client, sales):
    InquiryFactory()
    html = client.get(CHANGELIST).content.decode()
    assert '?status__exact=new&amp;owner=nobody"' in html
