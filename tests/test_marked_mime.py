"""An e-mail, a mailbox and an MHTML page saved with a byte order mark (Notepad's UTF-8, Windows PowerShell's ``>`` in
UTF-16) are read as they are without it: each had been skipped as no message, no mbox or no MHTML archive."""

from __future__ import annotations

import pytest

from newssearch.documents import parse_bytes
from newssearch.documents.encoding import unmarked_bytes

_MESSAGE = ("From: Jane Doe <jane@example.com>\r\nSubject: Ferry sails again\r\nDate: Mon, 3 Jun 2024 09:00:00 +1200\r\n"
            "Content-Type: text/plain; charset=utf-8\r\n\r\nThe ferry sailed again on Monday.\r\n")
_MBOX = f"From jane@example.com Mon Jun  3 09:00:00 2024\r\n{_MESSAGE}"
_PAGE = ("<html><head><title>Ferry sails again</title></head><body><article><h1>Ferry sails again</h1>"
         "<p>The ferry sailed again on Monday, the operator said, after a week of repairs to its engines.</p>"
         "</article></body></html>")
_MHTML = ("From: <Saved by Blink>\r\nSubject: Ferry sails again\r\nMIME-Version: 1.0\r\n"
          'Content-Type: multipart/related; type="text/html"; boundary="b"\r\n\r\n--b\r\nContent-Type: text/html\r\n'
          f"Content-Location: https://news.example/ferry\r\n\r\n{_PAGE}\r\n--b--\r\n")
_MARKS = {"UTF-8": b"\xef\xbb\xbf", "UTF-16LE": b"\xff\xfe", "UTF-16BE": b"\xfe\xff", "UTF-32LE": b"\xff\xfe\x00\x00"}
_CODECS = {"UTF-8": "utf-8", "UTF-16LE": "utf-16-le", "UTF-16BE": "utf-16-be", "UTF-32LE": "utf-32-le"}


@pytest.mark.parametrize("mark", list(_MARKS))
@pytest.mark.parametrize(("suffix", "text"), [(".eml", _MESSAGE), (".mbox", _MBOX), (".mhtml", _MHTML)])
def test_a_mime_file_with_a_byte_order_mark_is_read(mark: str, suffix: str, text: str) -> None:
    data = _MARKS[mark] + text.encode(_CODECS[mark])
    [article] = parse_bytes(data, "a" + suffix, suffix).articles
    assert article.title == "Ferry sails again"
    assert article.body.startswith("The ferry sailed again on Monday")


@pytest.mark.parametrize(("data", "expected"), [
    (b"From: a\r\n\r\nx", b"From: a\r\n\r\nx"),  # no mark: the same bytes
    (b"\xef\xbb\xbfFrom: a", b"From: a"),
    (b"\xff\xfeF\x00:\x00 \x00\xe9\x00", "F: é".encode()),  # UTF-16 written again in UTF-8
])
def test_unmarked_bytes(data: bytes, expected: bytes) -> None:
    assert unmarked_bytes(data) == expected
