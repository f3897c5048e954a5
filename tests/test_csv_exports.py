"""Every CSV export of the admin opens safely in a spreadsheet: all cells quoted, no cell a formula.

German Excel splits unquoted cells on ";" and runs any cell that starts with = + - @ (or a tab or carriage
return before them) as a formula (OWASP "CSV injection"). Exports are tried through the admin, as staff do.
"""

import csv
import io

import pytest

from tests.factories import InquiryFactory, SubscriberFactory, UserFactory

pytestmark = pytest.mark.django_db

FORMULAS = ["=2+3", "+49 30 1234", "-1+1", "@SUM(A1)", "\t=1+1", "\r=1+1"]


def download(response) -> str:
    assert response.status_code == 200 and response["Content-Type"] == "text/csv; charset=utf-8"
    assert response["Content-Disposition"].startswith("attachment;")
    body = b"".join(response.streaming_content) if response.streaming else response.content
    return body.decode("utf-8-sig")  # with a byte order mark, so spreadsheet programs read UTF-8


def assert_safe_in_a_spreadsheet(text: str) -> list[list[str]]:
    """Every cell quoted (a ";" inside stays in its cell), no cell starting like a formula; returns the rows."""
    rows = list(csv.reader(io.StringIO(text, newline="")))
    for row in rows:
        assert all(cell[:1] not in ("=", "+", "-", "@", "\t", "\r") for cell in row), row
    fully_quoted = io.StringIO(newline="")
    csv.writer(fully_quoted, quoting=csv.QUOTE_ALL).writerows(rows)
    assert text == fully_quoted.getvalue()
    return rows


def test_inquiry_export_quotes_every_cell_and_neutralises_formulas(client):
    client.force_login(UserFactory(groups=["Sales"]))
    inquiries = [InquiryFactory(message=f"Hallo;{formula}", name=formula, company=formula, role=formula)
                 for formula in FORMULAS]
    inquiries.append(InquiryFactory(message="Hallo;=2+3"))
    response = client.post("/admin/consulting/inquiry/", {"action": "export_csv",
                                                          "_selected_action": [i.pk for i in inquiries]})
    header, *rows = assert_safe_in_a_spreadsheet(download(response))
    by_message = {row[header.index("Nachricht")]: row for row in rows}  # German column names
    assert "Hallo;=2+3" in by_message  # the whole message in one cell, shown as typed
    assert {row[header.index("Name")] for row in rows} >= {f"'{formula}" for formula in FORMULAS}


def test_subscriber_export_quotes_every_cell_and_neutralises_formulas(client):
    client.force_login(UserFactory(groups=["Editors"]))
    subscribers = [SubscriberFactory(email="=1+1@csv.example"), SubscriberFactory(email="-2@csv.example"),
                   SubscriberFactory(email="anna@example.com")]
    response = client.post("/admin/newsletter/subscriber/", {"action": "export_csv",
                                                             "_selected_action": [s.pk for s in subscribers]})
    _header, *rows = assert_safe_in_a_spreadsheet(download(response))
    assert sorted(row[0] for row in rows) == ["'-2@csv.example", "'=1+1@csv.example", "anna@example.com"]
