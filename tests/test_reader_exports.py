"""A feed reader's and a note app's exports: Feedly, Inoreader and FreshRSS JSON (the Google Reader API's shape),
and OPML subscription lists, which hold no article."""

from __future__ import annotations

import json
from datetime import date

import pytest

from newssearch.documents import parse_bytes
from newssearch.errors import UnreadableFile

FEEDLY_ITEM = {
    "id": "tag:google.com,2005:reader/item/00000001", "title": "Ferry sails again",
    "published": 1609416000, "crawled": 1609499000123, "author": "Jane Doe",
    "canonical": [{"href": "https://www.stuff.co.nz/national/ferry-sails", "type": "text/html"}],
    "alternate": [{"href": "https://www.stuff.co.nz/national/ferry-sails?utm_source=feedly", "type": "text/html"}],
    "summary": {"content": "<p>The Interislander sailed again.</p>", "direction": "ltr"},
    "content": {"content": "<p>The <b>Interislander</b> sailed again on Thursday after repairs.</p>"
                           "<p>Passengers cheered as it left Wellington.</p>", "direction": "ltr"},
    "origin": {"streamId": "feed/https://www.stuff.co.nz/rss", "title": "Stuff", "htmlUrl": "https://www.stuff.co.nz"},
}


def test_a_reader_apis_item_gives_its_title_date_author_address_and_publisher() -> None:
    data = json.dumps({"id": "user/1/state/com.google/starred", "items": [FEEDLY_ITEM]}).encode()
    (article,) = parse_bytes(data, "starred.json", ".json").articles
    assert (article.id, article.title, article.date, article.date_source) == (
        "starred.json#tag:google.com,2005:reader/item/00000001", "Ferry sails again", date(2020, 12, 31), "json:published")
    assert (article.authors, article.source, article.url) == (
        ("Jane Doe",), "Stuff", "https://www.stuff.co.nz/national/ferry-sails")
    assert article.body == ("The Interislander sailed again on Thursday after repairs.\n\n"
                            "Passengers cheered as it left Wellington.")


def test_a_reader_item_of_a_summary_alone_its_alternate_address_and_a_teaser_not_in_its_text() -> None:
    item = {key: value for key, value in FEEDLY_ITEM.items() if key not in ("content", "canonical")}
    (article,) = parse_bytes(json.dumps({"items": [item]}).encode(), "a.json", ".json").articles
    assert article.body == "The Interislander sailed again."
    assert article.url == "https://www.stuff.co.nz/national/ferry-sails"  # its utm_source=feedly cut
    teased = {**FEEDLY_ITEM, "summary": {"content": "Repairs took a month."}}
    (article,) = parse_bytes(json.dumps({"items": [teased]}).encode(), "a.json", ".json").articles
    assert article.body.startswith("Repairs took a month.\n\nThe Interislander sailed")


def test_a_reader_item_without_a_link_keeps_its_origin_id_as_its_address_and_its_key() -> None:
    unlinked = {key: value for key, value in FEEDLY_ITEM.items() if key not in ("canonical", "alternate")}
    items = [{**unlinked, "originId": "https://www.stuff.co.nz/national/ferry-sails"},
             {key: value for key, value in unlinked.items() if key != "id"} | {"originId": "tag:stuff.co.nz,2020:77"},
             {**unlinked, "id": "bus", "originId": "77 at https://www.rnz.co.nz"}]
    first, second, third = parse_bytes(json.dumps({"items": items}).encode(), "a.json", ".json").articles
    assert (first.id, first.url) == ("a.json#tag:google.com,2005:reader/item/00000001",
                                     "https://www.stuff.co.nz/national/ferry-sails")
    assert (second.id, second.url) == ("a.json#tag:stuff.co.nz,2020:77", None)  # no reader's id: the feed's
    assert (third.id, third.url) == ("a.json#bus", None)  # an origin id that is no address is no address


OPML = b"""<?xml version="1.0" encoding="UTF-8"?>
<opml version="1.0"><head><title>Feedly subscriptions</title></head><body>
<outline text="News" title="News"><outline type="rss" text="Stuff" xmlUrl="https://www.stuff.co.nz/rss"
 htmlUrl="https://www.stuff.co.nz"/></outline></body></opml>"""


@pytest.mark.parametrize(("rel", "suffix"), [("feedly.opml", ".opml"), ("subscriptions.xml", ".xml")])
def test_an_opml_subscription_list_is_skipped_with_that_reason(rel: str, suffix: str) -> None:
    with pytest.raises(UnreadableFile, match=r"^an OPML list of feed subscriptions, not an article$"):
        parse_bytes(OPML, rel, suffix)


def _note(title: str, html: str, url: str = "", created: str = "20201231T120000Z", author: str = "",
          subject_date: str = "") -> str:
    """One note of an Evernote export, a clipping of ``url`` when one is given."""
    attributes = ((f"<subject-date>{subject_date}</subject-date>" if subject_date else "")
                  + (f"<author>{author}</author>" if author else "") + (f"<source-url>{url}</source-url>" if url else ""))
    return (f"<note><title>{title}</title><content><![CDATA[<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
            f"<!DOCTYPE en-note SYSTEM \"http://xml.evernote.com/pub/enml2.dtd\"><en-note>{html}</en-note>]]></content>"
            f"<created>{created}</created><note-attributes>{attributes}<source>web.clip7</source></note-attributes>"
            f"<tag>ferries</tag><resource><data encoding=\"base64\">iVBORw0KGgo=</data><mime>image/png</mime></resource>"
            f"</note>")


def _enex(*notes: str) -> bytes:
    return ("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<!DOCTYPE en-export SYSTEM "
            "\"http://xml.evernote.com/pub/evernote-export3.dtd\">\n<en-export application=\"Evernote\">"
            + "".join(notes) + "</en-export>").encode()


CLIP = ("<div><p>The Interislander ferry sailed again on Thursday after a month of repairs in Picton.</p>"
        "<en-media type=\"image/png\" hash=\"0a1b\"/><p>Passengers cheered as it left Wellington.</p>"
        "<div><en-todo checked=\"false\"/>check the timetable</div></div>")


def test_an_evernote_clipping_is_an_article_dated_when_clipped_when_its_page_shows_no_date() -> None:
    data = _enex(_note("Ferry sails again", CLIP, "https://www.stuff.co.nz/national/ferry-sails", author="Jane Doe"),
                 _note("Bus strike", "<p>Buses stopped at noon.</p>", "https://www.rnz.co.nz/news/bus"))
    first, second = parse_bytes(data, "clips.enex", ".enex").articles
    assert (first.id, first.title, first.title_source) == (
        "clips.enex#https://www.stuff.co.nz/national/ferry-sails", "Ferry sails again", "enex:title")
    assert first.body == ("The Interislander ferry sailed again on Thursday after a month of repairs in Picton.\n\n"
                          "Passengers cheered as it left Wellington.\n\ncheck the timetable")
    assert (first.date, first.date_source, first.authors, first.source, first.url) == (
        date(2020, 12, 31), "enex:created", ("Jane Doe",), "Stuff", "https://www.stuff.co.nz/national/ferry-sails")
    assert (second.id, second.source, second.body) == ("clips.enex#https://www.rnz.co.nz/news/bus", "RNZ",
                                                       "Buses stopped at noon.")


def test_a_clippings_date_is_the_one_its_page_shows_and_a_note_without_an_address_keyed_by_place() -> None:
    dated = "<p>Published 30 December 2020</p>" + CLIP
    data = _enex(_note("Ferry sails again", dated, "https://www.stuff.co.nz/national/ferry-sails"),
                 _note("Call list", "<div>Ring the harbourmaster</div>", created="20210102T030000Z"))
    first, second = parse_bytes(data, "clips.enex", ".enex").articles
    assert (first.id, first.date, first.date_source) == ("clips.enex#1", date(2020, 12, 30), "dateline")
    assert (second.id, second.title, second.body, second.date) == (
        "clips.enex#2", "Call list", "Ring the harbourmaster", date(2021, 1, 2))


def test_a_clippings_own_byline_wins_over_the_notes_author_the_account_that_clipped_it() -> None:
    byline = "<p>By Anna Smith</p>" + CLIP
    data = _enex(_note("Ferry sails again", byline, "https://www.stuff.co.nz/national/ferry-sails", author="jdoe1984"),
                 _note("Bus strike", "<p>Buses stopped at noon.</p>", "https://www.rnz.co.nz/news/bus",
                       author="Jane Doe"))
    first, second = parse_bytes(data, "clips.enex", ".enex").articles
    assert (first.authors, first.source) == (("Anna Smith",), "Stuff")
    assert (second.authors, second.source) == (("Jane Doe",), "RNZ")  # the page names none: the note's author


@pytest.mark.parametrize("url", ["file:///C:/Users/jdoe/Documents/ferry.html", "evernote:///view/123/s1/abc-def/abc-def/"])
def test_a_notes_source_url_that_is_no_web_address_is_no_address(url: str) -> None:
    data = _enex(_note("Ferry sails again", CLIP, url), _note("Bus strike", "<p>Buses stopped.</p>", "https://a.example/b"))
    first, second = parse_bytes(data, "clips.enex", ".enex").articles
    assert (first.id, first.url, first.source) == ("clips.enex#1", None, None)  # keyed by place, as a note of none
    assert (second.id, second.url) == ("clips.enex#2", "https://a.example/b")


def test_a_notes_subject_date_dates_it_when_its_page_shows_none_before_its_created_time() -> None:
    dated = "<p>Published 30 December 2020</p>" + CLIP
    data = _enex(_note("Ferry sails again", CLIP, "https://a.example/ferry", subject_date="20190305T081500Z"),
                 _note("Ferry again", dated, "https://a.example/again", subject_date="20190305T081500Z"),
                 _note("Bus", "<p>Buses ran.</p>", "https://a.example/bus", subject_date="2019-03-05"))  # unreadable
    first, second, third = parse_bytes(data, "clips.enex", ".enex").articles
    assert (first.date, first.date_source) == (date(2019, 3, 5), "enex:subject-date")
    assert (second.date, second.date_source) == (date(2020, 12, 30), "dateline")
    assert (third.date, third.date_source) == (date(2020, 12, 31), "enex:created")


@pytest.mark.parametrize(("author", "authors"), [("jdoe1984", ()), ("j.doe_84", ()), ("Jane Doe", ("Jane Doe",)),
                                                 ("Madonna", ("Madonna",))])  # a one-word name without digits stays
def test_a_notes_author_that_is_an_account_handle_is_no_author(author: str, authors: tuple[str, ...]) -> None:
    data = _enex(_note("Bus strike", "<p>Buses stopped at noon.</p>", "https://www.rnz.co.nz/news/bus", author=author))
    (article,) = parse_bytes(data, "clips.enex", ".enex").articles
    assert article.authors == authors


def test_an_evernote_notes_encrypted_text_is_no_text() -> None:
    secret = '<en-crypt cipher="AES" length="128">RU5DMI1mnQ7fKjBk9f0a57gSc9Nfbuw3uuwMKs32Y+wJGLZa0N8P</en-crypt>'
    data = _enex(_note("Ferry", f"<div>The ferry sailed.</div>{secret}", "https://a.example/ferry"))
    (article,) = parse_bytes(data, "clips.enex", ".enex").articles
    assert article.body == "The ferry sailed."


def test_an_evernote_export_cut_short_keeps_its_whole_notes_and_says_where_it_ends() -> None:
    data = _enex(_note("Ferry sails again", CLIP, "https://a.example/ferry"), _note("Bus", "<p>Buses ran.</p>"))
    result = parse_bytes(data[: data.index(b"<note><title>Bus") + 60], "clips.enex", ".enex")
    assert [article.id for article in result.articles] == ["clips.enex#https://a.example/ferry"]
    (skip,) = result.skipped
    assert skip.reason.startswith("after note 1: the export is cut short or broken here (")


def test_an_evernote_export_neither_expands_nor_fetches_entities() -> None:
    bomb = "".join(f'<!ENTITY e{n} "{f"&e{n - 1};" * 10 if n else "ha"}">' for n in range(9))
    data = (f'<?xml version="1.0"?><!DOCTYPE en-export [{bomb}<!ENTITY x SYSTEM "file:///etc/passwd">]>'
            "<en-export>" + _note("&e8; &x;", "<p>Buses ran late.</p>") + "</en-export>").encode()
    with pytest.raises(UnreadableFile, match="entity expansion bomb"):
        parse_bytes(data, "bomb.enex", ".enex")
    local = _enex(_note("Bus", "<p>Buses ran late.</p>")).replace(b"<title>Bus", b"<title>Bus &x;")
    (article,) = parse_bytes(local, "x.enex", ".enex").articles
    assert "root:" not in article.title
