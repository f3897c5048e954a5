"""A sales person's round in the inbox, in German: readable columns at 1280 px, one owner filter, the right
grammar, clickable contacts, the loss reason only for lost inquiries, and a CSV a spreadsheet shows in German."""

import csv
import io

import pytest
from playwright.sync_api import expect

from consulting.models import Inquiry
from tests.e2e.admin_helpers import assert_german, log_in, screenshots, submit
from tests.factories import ArticleFactory, InquiryFactory, UserFactory

pytestmark = pytest.mark.django_db(transaction=True)


def test_sales_round_in_german(german_page):
    page = german_page
    UserFactory(username="svenja", first_name="Svenja", last_name="Vertrieb", password="ein-gutes-passwort",
                groups=["Sales"])
    colleague = UserFactory(username="kai", first_name="Kai", last_name="Kollege", groups=["Sales"])
    jana = InquiryFactory(name="Jana Müller", company="Müller Maschinenbau GmbH", email="jana@mueller.example",
                          phone="+49 30 1234567", source_cta="article-end",
                          source_path="/artikel/ki-im-kundenservice-was-wirklich-funktioniert/")
    InquiryFactory(name="Tom Schmidt", company="Schmidt & Partner", source_cta="consulting-page",
                   source_path="/beratung/")
    InquiryFactory(name="Aylin Kaya", company="Kaya Logistik AG", owner=colleague, source_cta="header-banner",
                   source_path="/")
    article = ArticleFactory()

    log_in(page, "svenja", "ein-gutes-passwort")
    page.wait_for_url("**/admin/consulting/inquiry/")
    assert_german(page)
    # Every column fits at 1280 px; the source keeps its words.
    table = page.locator("#result_list").bounding_box()
    assert table["x"] + table["width"] <= page.locator("#changelist-filter").bounding_box()["x"]
    source = page.locator("#result_list tr", has_text="Jana Müller").locator("td.field-source")
    assert source.bounding_box()["width"] > 100 and source.inner_text().startswith("Artikelende")
    assert page.locator("#changelist-filter").inner_text().count("Nach Zuständig") == 1
    screenshots(page, "sales-inbox")

    page.locator("#result_list tr", has_text="Jana Müller").locator("input.action-select").check()
    page.select_option("select[name=action]", "assign_to_me")
    page.get_by_role("button", name="Ausführen").click()
    assert "1 Anfrage Dir zugewiesen." in page.locator(".messagelist").inner_text()
    page.locator("#changelist-filter").get_by_role("link", name="Meine").click()
    expect(page.locator("#result_list tbody tr")).to_have_count(1)
    assert_german(page)

    page.get_by_role("link", name="Jana Müller").click()
    assert page.get_by_role("link", name="jana@mueller.example").get_attribute("href") == "mailto:jana@mueller.example"
    assert page.get_by_role("link", name="+49 30 1234567").get_attribute("href") == "tel:+49301234567"
    # admin.js hides the row once the page is parsed: expect() waits for that, a plain is_visible() could come first.
    expect(page.locator(".field-lost_reason")).to_be_hidden()
    page.select_option("#id_status", "lost")
    expect(page.locator(".field-lost_reason")).to_be_visible()
    page.fill("#id_lost_reason", "Budget erst im nächsten Jahr.")
    assert_german(page)
    submit(page, "input[name=_save]")
    jana.refresh_from_db()
    assert jana.status == Inquiry.Status.LOST and jana.lost_reason == "Budget erst im nächsten Jahr."

    # The CSV: German column names and words, times in Europe/Berlin.
    page.goto("/admin/consulting/inquiry/")
    page.locator("#action-toggle").check()
    page.select_option("select[name=action]", "export_csv")
    with page.expect_download() as download:
        page.get_by_role("button", name="Ausführen").click()
    rows = list(csv.DictReader(io.StringIO(open(download.value.path(), encoding="utf-8-sig").read())))
    mine = next(row for row in rows if row["Name"] == "Jana Müller")
    assert mine["Status"] == "Verloren" and mine["Zuständig"] == "Svenja Vertrieb"
    assert mine["Handlungsaufruf"] == "Artikelende" and mine["Eingegangen"].count(".") == 2

    # The rest of the admin is closed to sales, in German too.
    page.goto(f"/admin/articles/article/{article.pk}/change/")
    assert "Kein Zugriff" in page.locator("#content").inner_text()
    assert_german(page)
