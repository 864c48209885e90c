"""Safari's web archives (.webarchive): the page its binary property list holds is read as a saved page."""

from __future__ import annotations

import plistlib
from datetime import date
from pathlib import Path

import pytest
from click.testing import CliRunner

from newssearch.cli import cli
from newssearch.documents import is_supported, parse_file_bytes
from newssearch.errors import UnreadableFile

PAGE = ('<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Ferry cancelled – RNZ</title>'
        '<meta property="article:published_time" content="2024-03-12T08:30:00+13:00">'
        '<meta name="author" content="Jane Doe"></head><body><nav>Home | News</nav><article><h1>Ferry cancelled</h1>'
        '<p>Sailings across the strait stopped on Tuesday after a fault was found in the ferry\'s engine.</p>'
        '<p>Passengers were offered refunds, the operator said.</p></article></body></html>')
ADDRESS = "https://www.rnz.co.nz/news/national/511111/ferry-cancelled"


def webarchive(data: bytes = PAGE.encode(), kind: str = "text/html", url: str = ADDRESS) -> bytes:
    """A Safari web archive as Safari writes one: a binary property list, the page and an image beside it."""
    main = {"WebResourceData": data, "WebResourceFrameName": "", "WebResourceMIMEType": kind,
            "WebResourceTextEncodingName": "UTF-8", "WebResourceURL": url}
    image = {"WebResourceData": b"\x89PNG\r\n", "WebResourceMIMEType": "image/png",
             "WebResourceURL": "https://www.rnz.co.nz/logo.png"}
    return plistlib.dumps({"WebMainResource": main, "WebSubresources": [image]}, fmt=plistlib.FMT_BINARY)


def test_a_safari_web_archive_is_read_as_the_page_it_holds() -> None:
    """A .webarchive was no type newssearch read: a page saved from Safari was passed over."""
    assert is_supported("Ferry cancelled.webarchive")
    [article] = parse_file_bytes(webarchive(), "Ferry cancelled.webarchive", "ferry.webarchive").articles
    assert (article.title, article.date, article.authors) == ("Ferry cancelled", date(2024, 3, 12), ("Jane Doe",))
    assert (article.url, article.source, article.lang) == (ADDRESS, "RNZ", "en")
    assert article.body.startswith("Sailings across the strait") and "Home | News" not in article.body


def test_a_web_archive_of_plain_text_is_read_as_text() -> None:
    text = b"Ferry cancelled\n\nSailings across the strait stopped on Tuesday after a fault was found.\n"
    [article] = parse_file_bytes(webarchive(text, "text/plain"), "a.webarchive", "a.webarchive").articles
    assert (article.title, article.body) == ("Ferry cancelled", text.decode().split("\n\n")[1].strip())


@pytest.mark.parametrize(("data", "reason"), [
    (webarchive()[:120], "not a Safari web archive (its property list does not read"),
    (b"<html><body>Saved as text</body></html>", "not a Safari web archive"),
    (b'<?xml version="1.0"?><plist version="1.0"><dict><key>WebMainResource</key>&x;</dict></plist>',
     "not a Safari web archive (its property list does not read: undefined entity"),
    # an XML declaration naming an encoding Python does not know: expat raises LookupError (fuzz seed 2068)
    (b'<?xml version="1.0" encoding="x-mac-roman"?><plist version="1.0"><dict/></plist>',
     "not a Safari web archive (its property list does not read: unknown encoding: x-mac-roman"),
    (plistlib.dumps({"WebSubresources": []}, fmt=plistlib.FMT_BINARY), "not a Safari web archive (no WebMainResource)"),
    (webarchive(b"%PDF-1.4", "application/pdf"), "the Safari web archive holds no web page (application/pdf)"),
])
def test_a_web_archive_that_does_not_read_is_skipped_with_its_reason(data: bytes, reason: str) -> None:
    with pytest.raises(UnreadableFile, match=rf"^{reason.replace('(', '[(]').replace(')', '[)]')}"):
        parse_file_bytes(data, "a.webarchive", "a.webarchive")


def test_a_web_archive_in_a_corpus_is_indexed_and_found(tmp_path: Path) -> None:
    corpus, index = tmp_path / "corpus", tmp_path / "index"
    corpus.mkdir()
    (corpus / "Ferry cancelled.webarchive").write_bytes(webarchive())
    runner = CliRunner()
    built = runner.invoke(cli, ["index", str(corpus), "--index-dir", str(index)], env={})
    assert built.exit_code == 0, built.output
    found = runner.invoke(cli, ["query", "strait", "--index-dir", str(index), "--json"], env={})
    assert found.exit_code == 0 and "Ferry cancelled.webarchive" in found.output, found.output
