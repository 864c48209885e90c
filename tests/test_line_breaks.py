"""A text's page breaks, vertical tabs and Unicode line separators read as the line breaks they are
(``linebreaks.plain_lines``), so a text reader finds the headline, header, byline and date line under them."""

from __future__ import annotations

import json
from datetime import date

import pytest

from newssearch.documents import parse_bytes
from newssearch.documents.linebreaks import plain_lines

# (name, text, what plain_lines returns)
PLAIN_LINES = [
    ("newlines alone", "a\n\nb\n", "a\n\nb\n"),
    ("CRLF and CR", "a\r\n\r\nb\rc", "a\n\nb\nc"),
    ("a page break alone on its line: a blank line", "a.\n\f\nB", "a.\n\nB"),
    ("CRLF around a page break", "a.\r\n\f\r\nB", "a.\n\nB"),
    ("a page's next line opening with it", "tax\n\freceipts", "tax\nreceipts"),
    ("a page's last line ending with it", "Headline\f\nText", "Headline\nText"),
    ("two page breaks, an empty page", "a.\n\f\f\nB", "a.\n\nB"),
    ("a page break inside a line", "a.\fB", "a.\nB"),
    ("vertical tabs", "Headline\v\vBy Jane Doe\vand John Roe", "Headline\n\nBy Jane Doe\nand John Roe"),
    ("Unicode's line separator", "Headline\u2028\u2028Text", "Headline\n\nText"),
    ("Unicode's paragraph separator", "Headline\u2029Text", "Headline\n\nText"),
    ("NEL stays: a Latin-1 reading of an ellipsis", "Wait\x85 what", "Wait\x85 what"),
]


@pytest.mark.parametrize(("name", "text", "expected"), PLAIN_LINES, ids=[case[0] for case in PLAIN_LINES])
def test_plain_lines(name: str, text: str, expected: str) -> None:
    assert plain_lines(text) == expected


_TEXT = "The Treasury forecast a small surplus next year, the first in five years, on stronger tax receipts."


def _read(data: bytes, rel: str = "a.txt"):
    """The first article of ``data`` as the indexer stores it."""
    return parse_bytes(data, rel, "." + rel.rsplit(".", 1)[1]).articles[0]


def test_a_page_break_between_a_headline_and_its_header_leaves_the_date_read() -> None:
    article = _read(f"Budget surplus forecast\r\n\f\r\nDate: 2024-05-20\r\n\r\n{_TEXT}\r\n".encode())
    assert (article.title, article.date, article.date_source) == ("Budget surplus forecast", date(2024, 5, 20),
                                                                  "header:Date")
    assert article.body == _TEXT


@pytest.mark.parametrize("breaks", ["\v\v", "\u2028\u2028", "\u2029", "\n\f\n"])
def test_a_byline_under_any_line_break_is_read(breaks: str) -> None:
    article = _read(f"Budget surplus forecast{breaks}By Jane Doe{breaks}{_TEXT}\n".encode())
    assert (article.title, article.authors, article.body) == ("Budget surplus forecast", ("Jane Doe",), _TEXT)


def test_a_page_break_between_paragraphs_is_a_paragraph_break_in_the_text() -> None:
    article = _read(f"Budget surplus forecast\r\n\r\n{_TEXT}\r\n\f\r\nThe minister welcomed it.\r\n".encode())
    assert article.body == f"{_TEXT}\n\nThe minister welcomed it."


def test_a_records_and_a_mails_text_have_no_page_break_left() -> None:
    text = f"{_TEXT}\n\f\nThe minister welcomed it."
    record = _read(json.dumps({"title": "Budget surplus", "text": text, "date": "2024-05-01"}).encode(), "r.json")
    mail = _read(("From: Jane Doe <jane@example.com>\nSubject: Budget surplus\nDate: Mon, 3 Jun 2024 09:00:00 +1200\n"
                  f"Content-Type: text/plain\n\n{text}\n").encode(), "m.eml")
    assert record.body == mail.body == f"{_TEXT}\n\nThe minister welcomed it."
