"""Common Crawl's WET files (.warc.wet.gz): each conversion record, a page's text, is an article."""

from __future__ import annotations

import gzip

import pytest

from newssearch.documents import is_supported, parse_file_bytes
from newssearch.errors import UnreadableFile

NAME = "CC-MAIN-20240220-00000.warc.wet.gz"


def record(kind: str, text: str, *fields: str) -> bytes:
    """One WARC/1.0 record, gzipped as a member of its own, as Common Crawl writes them."""
    block = text.encode()
    head = ["WARC/1.0", f"WARC-Type: {kind}", "WARC-Date: 2024-02-21T03:00:00Z", *fields, f"Content-Length: {len(block)}"]
    return gzip.compress(("\r\n".join(head) + "\r\n\r\n").encode() + block + b"\r\n\r\n")


INFO = record("warcinfo", "isPartOf: CC-MAIN-2024-10\r\npublisher: Common Crawl\r\n", "Content-Type: application/warc-fields")
FLOOD = record("conversion", "Flood waters rise | Example News\nResidents of the Hutt Valley were evacuated overnight as "
               "the river burst its banks.\nPumps failed.\n", "WARC-Target-URI: https://www.example.com/news/flood",
               "WARC-Identified-Content-Language: eng", "Content-Type: text/plain")
BAKERY = record("conversion", "Boulangerie du coin\nDu pain frais tous les matins.\n",
                "WARC-Target-URI: https://boulangerie.example.fr/", "WARC-Identified-Content-Language: fra,eng",
                "Content-Type: text/plain")


def test_a_wet_file_is_a_page_a_conversion_record_its_first_line_the_title() -> None:
    assert is_supported(NAME)
    flood, bakery = parse_file_bytes(INFO + FLOOD + BAKERY, NAME, NAME).articles
    # The site's name after the page's title goes; the capture time is no date; the crawl's language is the first.
    assert (flood.id, flood.title, flood.title_source, flood.body, flood.date, flood.url, flood.lang, flood.source) == (
        f"{NAME}#https://www.example.com/news/flood", "Flood waters rise", "wet:title",
        "Residents of the Hutt Valley were evacuated overnight as the river burst its banks.\nPumps failed.", None,
        "https://www.example.com/news/flood", "en", "example.com")
    assert (bakery.title, bakery.body, bakery.lang) == ("Boulangerie du coin", "Du pain frais tous les matins.", "fr")


def test_a_wet_file_without_conversion_records_says_so() -> None:
    with pytest.raises(UnreadableFile, match=r"^no conversion records \(a page's text\) among 1 records$"):
        parse_file_bytes(INFO, NAME, NAME)
