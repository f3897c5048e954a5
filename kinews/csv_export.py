"""CSV downloads for the admin that open safely in spreadsheet programs.

Every CSV export goes through `csv_download`: all cells quoted (German Excel splits unquoted cells on ";"), and
a text cell that a spreadsheet would run as a formula (starting with = + - @, a tab or a carriage return) gets
a leading apostrophe, as OWASP recommends against CSV injection. Rows are streamed, so a large export needs
no memory.
"""

import csv
from collections.abc import Iterable

from django.http import StreamingHttpResponse

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def spreadsheet_cell(value) -> object:
    """The value as it may go into a cell: dates as ISO 8601, None empty, formula-like text neutralised."""
    if value is None:
        return ""
    if hasattr(value, "isoformat"):
        return value.isoformat()
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        return "'" + value
    return value


class _Echo:
    """A file that returns what is written to it: csv.writer then yields lines to stream."""

    def write(self, value: str) -> str:
        return value


def csv_download(filename: str, header: list[str], rows: Iterable[Iterable]) -> StreamingHttpResponse:
    writer = csv.writer(_Echo(), quoting=csv.QUOTE_ALL)

    def lines():
        yield "\ufeff" + writer.writerow(header)  # byte order mark: spreadsheet programs then read UTF-8
        for row in rows:
            yield writer.writerow([spreadsheet_cell(value) for value in row])

    response = StreamingHttpResponse(lines(), content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    return response
