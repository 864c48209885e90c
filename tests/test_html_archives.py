"""Pages saved from web archives: the original's address and publisher, never the capture time as the date."""

from __future__ import annotations

from datetime import date

import pytest

from newssearch.documents.archives import article_address, original_address
from newssearch.documents.html import extract, read_html

ORIGINAL = "https://www.stuff.co.nz/national/121843567/flooding-closes-state-highway"
TEXT = "".join(f"<p>{s}</p>" for s in (
    "Heavy rain has closed State Highway 1 south of Ashburton as rivers across Canterbury burst their banks.",
    "Civil Defence declared a state of emergency and hundreds of residents were told to leave their homes.",
    "The Rangitata River peaked at more than 1000 cubic metres a second, Environment Canterbury said."))


@pytest.mark.parametrize("address, expected", [
    (f"https://web.archive.org/web/20210704093012/{ORIGINAL}", ORIGINAL),
    (f"http://web.archive.org/web/20210704093012id_/{ORIGINAL}", ORIGINAL),   # a flag after the time
    (f"/web/20210704093012im_/{ORIGINAL}", ORIGINAL),                          # a link the archive rewrote
    (f"/web/20210704093012*/{ORIGINAL}", ORIGINAL),                            # its list of captures
    ("https://web.archive.org/web/2021/www.stuff.co.nz/national/1", "http://www.stuff.co.nz/national/1"),
    ("https://archive.ph/2021.06.02-084117/https://www.nzherald.co.nz/business/x/", "https://www.nzherald.co.nz/business/x/"),
    ("https://archive.ph/Xy7Qz", None),                                        # a capture's short address
    (ORIGINAL, None),
    ("https://example.com/web/20210704093012/https://other.example/", None),  # /web/ on another site
])
def test_the_original_an_archived_address_wraps(address: str, expected: str | None) -> None:
    assert original_address(address) == expected


@pytest.mark.parametrize("address, expected", [
    (f"https://web.archive.org/web/20210704093012/{ORIGINAL}", ORIGINAL),
    ("https://archive.ph/Xy7Qz", None),   # the archive's own address is not the article's
    ("https://archive.is/", None),
    (ORIGINAL, ORIGINAL),
])
def test_the_article_address(address: str, expected: str | None) -> None:
    assert article_address(address) == expected


WAYBACK_TOOLBAR = (f'<div id="wm-ipp-base" style="display:none"><div id="wm-ipp">'
                   f'<a href="/web/20210704093012*/{ORIGINAL}">3 captures</a>'
                   '<div class="r">04 Jul 2021 - 11 Aug 2021</div></div></div>'
                   f'<div id="wm-ipp-print">The Wayback Machine - https://web.archive.org/web/20210704093012/{ORIGINAL}</div>')
WOMBAT = (f'<script>__wm.init("https://web.archive.org/web");__wm.wombat("{ORIGINAL}","20210704093012",'
          '"https://web.archive.org/","web","/_static/");</script>')
WAYBACK_PAGES = [
    # The archive rewrote the canonical link; the toolbar says the capture's address again.
    (f'<link rel="canonical" href="https://web.archive.org/web/20210704093012/{ORIGINAL}">', WAYBACK_TOOLBAR),
    (WOMBAT, WAYBACK_TOOLBAR),   # no canonical link: the replay script names the original
    ("", WAYBACK_TOOLBAR),       # nor a script: the toolbar's links do
    (f'<meta property="og:url" content="https://web.archive.org/web/20210704093012/{ORIGINAL}">', ""),
]


@pytest.mark.parametrize("head, toolbar", WAYBACK_PAGES)
def test_a_wayback_save_is_the_original_article(head: str, toolbar: str) -> None:
    found = extract(f"<html><head>{head}</head><body>{toolbar}<h1>Flooding closes state highway</h1>{TEXT}</body></html>")
    assert (found.url, found.source) == (ORIGINAL, "Stuff")
    assert found.date is None   # 4 July 2021 is when the archive saved it, not when it was published
    assert "Wayback" not in found.body and found.body.startswith("Heavy rain")


ARCHIVE_TODAY_HEAD = (
    '<meta property="og:url" content="http://archive.ph/Xy7Qz"/><meta property="og:site_name" content="archive.ph"/>'
    '<meta property="article:modified_time" itemprop="dateModified" content="2021-06-02T08:41:17Z"/>'
    '<meta property="article:published_time" itemprop="datePublished" content="2021-06-02T08:41:17Z"/>'
    '<link rel="canonical" href="https://archive.ph/Xy7Qz"/>')
BOOKMARK = '<link rel="bookmark" href="https://archive.ph/2021.06.02-084117/{}"/>'
HERALD = "https://www.nzherald.co.nz/business/budget-2021-government-borrows-20b/XYZ/"
HERALD_DATED = "https://www.nzherald.co.nz/2021/05/19/budget/"


def archive_today(head: str, original: str, shown_date: str = "") -> str:
    """An archive.today capture of ``original``: its "Saved from" header, then the page, with ``shown_date``."""
    header = (f'<center><div id="HEADER"><table><tr><td><a href="https://archive.ph/">archive.today webpage capture'
              f'</a></td><td>Saved from</td><td><input type="text" name="q" value="{original}"/></td></tr><tr><td>'
              '</td><td><span>2 Jun 2021 08:41:17 UTC</span></td></tr></table></div></center>')
    dated = f'<div style="font-size:13px;color:#666">{shown_date}</div>' if shown_date else ""
    return (f"<html><head>{ARCHIVE_TODAY_HEAD}{head}</head><body>{header}<div id='CONTENT'>"
            f"<h1>Budget 2021: Government borrows $20b</h1>{dated}<div>{TEXT}</div></div></body></html>")


@pytest.mark.parametrize("html, expected", [
    (archive_today(BOOKMARK.format(HERALD), HERALD, "20 May, 2021 02:03 PM"), (HERALD, date(2021, 5, 20))),
    (archive_today("", HERALD, "20 May, 2021 02:03 PM"), (HERALD, date(2021, 5, 20))),  # only "Saved from" names it
    (archive_today(BOOKMARK.format(HERALD), HERALD), (HERALD, None)),   # no date on the page: none, not the capture's
    (archive_today(BOOKMARK.format(HERALD_DATED), HERALD_DATED), (HERALD_DATED, date(2021, 5, 19))),  # the URL's
])
def test_an_archive_today_save_is_the_original_article(html: str, expected: tuple[str, date | None]) -> None:
    found = extract(html)
    assert (found.url, found.date) == expected
    assert found.source == "NZ Herald"
    assert "Saved from" not in found.body and "webpage capture" not in found.body


def single_file(url: str) -> bytes:
    """A page as SingleFile saves it: its mark after the <html> tag, no canonical link of its own."""
    return (f'<!DOCTYPE html> <html lang="en"><!--\n Page saved with SingleFile \n url: {url} \n saved date: '
            f'Mon Jun 07 2021 10:12:33 GMT+1200 (New Zealand Standard Time)\n--><head><title>Flooding closes state '
            f'highway</title></head><body>{TEXT * 2}</body></html>').encode()


@pytest.mark.parametrize("data, expected", [
    (single_file("https://www.rnz.co.nz/news/national/443862/flooding"),
     ("https://www.rnz.co.nz/news/national/443862/flooding", "RNZ")),
    # A browser's "saved from url" mark of a Wayback capture: the original's address.
    (f"<!-- saved from url=(0099)https://web.archive.org/web/20210704093012/{ORIGINAL} -->\n<html><body>{TEXT * 2}"
     "</body></html>".encode(), (ORIGINAL, "Stuff")),
])
def test_the_address_a_page_was_saved_from(data: bytes, expected: tuple[str, str]) -> None:
    article = read_html(data, "saved.html").articles[0]
    assert (article.url, article.source) == expected
    assert article.date is None   # the saved date is not the publication date


def reader_view(url: str) -> bytes:
    """A page saved from Firefox's Reader View: the story's address only in its domain link, the byline in its credits."""
    return ('<!DOCTYPE html><html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8">'
            '<link rel="stylesheet" href="chrome://global/skin/aboutReader.css" type="text/css">'
            "<title>Flooding closes state highway</title></head><body><div class=\"container\">"
            f'<div class="header reader-header reader-show-element"><a class="domain reader-domain" href="{url}">'
            'www.rnz.co.nz</a><div class="domain-border"></div><h1 class="reader-title">Flooding closes state highway</h1>'
            '<div class="credits reader-credits">Lucy Xia</div><div class="meta-data"><div class="reader-estimated-time">'
            '3–4 minutes</div></div></div><hr><div class="content"><div class="moz-reader-content reader-show-element">'
            f'<div id="readability-page-1" class="page">{TEXT * 2}</div></div></div></div></body></html>').encode()


def test_a_page_saved_from_reader_view_keeps_its_address_and_byline() -> None:
    article = read_html(reader_view("https://www.rnz.co.nz/news/national/443862/flooding"), "saved.html").articles[0]
    assert (article.url, article.source, article.authors, article.title) == (
        "https://www.rnz.co.nz/news/national/443862/flooding", "RNZ", ("Lucy Xia",), "Flooding closes state highway")
    assert "minutes" not in article.body and "www.rnz.co.nz" not in article.body


GOOGLE_CACHE = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"><base href="{url}">'
                '<div style="position:relative;"><div class="google-cache-hdr"><span>This is Google\'s cache of <a href='
                '"{url}">{url}</a>.</span> <span>It is a snapshot of the page as it appeared on 24 Jul 2022 03:11:45 GMT.'
                '</span> <a href="http://support.google.com/websearch/bin/answer.py?p=cached">Learn more</a></div></div>'
                "<title>Flooding closes state highway</title></head><body>" + TEXT * 2 + "</body></html>")


def test_a_google_cache_copy_is_the_original_article() -> None:
    found = extract(GOOGLE_CACHE.format(url="https://www.odt.co.nz/news/dunedin/flooding"))
    assert (found.url, found.date) == ("https://www.odt.co.nz/news/dunedin/flooding", None)  # no snapshot's day
    assert "Google" not in found.body and "snapshot" not in found.body
