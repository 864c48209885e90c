"""NITF articles (.xml): the NYT Annotated Corpus shape and plain IPTC NITF."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from newssearch import build_index, open_index
from newssearch.documents import parse_file_bytes
from newssearch.errors import UnreadableFile

NYT = b"""<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE nitf SYSTEM "http://www.nitf.org/IPTC/NITF/3.3/specification/dtd/nitf-3-3.dtd">
<nitf change.date="June 10, 2005" change.time="19:30" version="-//IPTC//DTD NITF 3.3//EN">
  <head>
    <title>Harbor Tunnel Closes for Repairs</title>
    <meta content="2" name="publication_day_of_month"/>
    <meta content="1" name="publication_month"/>
    <meta content="1987" name="publication_year"/>
    <docdata><doc-id id-string="0000001"/><doc.copyright holder="The New York Times" year="1987"/></docdata>
    <pubdata date.publication="19870102T000000" ex-ref="http://query.nytimes.com/gst/fullpage.html?res=1"
             item-length="60" name="The New York Times" unit-of-measure="word"/>
  </head>
  <body>
    <body.head>
      <hedline><hl1>HARBOR TUNNEL CLOSES FOR REPAIRS</hl1></hedline>
      <byline class="print_byline">By JANE ROE and JOHN DOE</byline>
      <byline class="normalized_byline">Roe, Jane</byline>
      <abstract><p>Tunnel shut for a month; drivers use bridge (M)</p></abstract>
    </body.head>
    <body.content>
      <block class="lead_paragraph"><p>The harbor tunnel closed on Friday for a month of repairs.</p></block>
      <block class="full_text">
        <p>The harbor tunnel closed on Friday for a month of repairs.</p>
        <p>Drivers were told to use the bridge &amp; the ferry.</p>
      </block>
    </body.content>
  </body>
</nitf>
"""

IPTC = b"""<nitf><head><docdata><date.issue norm="20020315T120000Z"/></docdata></head>
<body><body.head><hedline><hl1>Flood waters recede</hl1></hedline>
<byline>By <person>Ana Lima</person>, Staff Writer</byline>
<dateline><location>RECIFE</location><story.date norm="20020314T000000">March 14</story.date></dateline></body.head>
<body.content><p>Flood waters receded on Thursday.</p><p>Schools will reopen.</p></body.content></body></nitf>"""


def read(data: bytes, name: str = "story.xml"):
    return parse_file_bytes(data, name, name)


def test_an_nyt_archive_article() -> None:
    (article,) = read(NYT, "1987/01/02/0000001.xml").articles
    assert (article.id, article.title, article.title_source) == (
        "1987/01/02/0000001.xml", "HARBOR TUNNEL CLOSES FOR REPAIRS", "nitf:hedline")
    # The abstract (without the NYT's length mark), then the full-text block only: the lead block repeats its first
    # paragraph.
    assert article.body == ("Tunnel shut for a month; drivers use bridge\n\n"
                            "The harbor tunnel closed on Friday for a month of repairs.\n\n"
                            "Drivers were told to use the bridge & the ferry.")
    assert (article.date, article.date_source) == (date(1987, 1, 2), "nitf:pubdata")
    assert (article.source, article.authors) == ("The New York Times", ("Jane Roe", "John Doe"))
    assert article.url == "http://query.nytimes.com/gst/fullpage.html?res=1"


def test_an_abstract_the_text_holds_is_read_once() -> None:
    """The index has no abstract field: "shut", only in the NYT's abstract, had been unfindable; an abstract that is
    the lead paragraph (as a wire's often is) is not read twice."""
    data = NYT.replace(b"Tunnel shut for a month; drivers use bridge (M)",
                       b"The harbor tunnel closed on Friday for a month of repairs.")
    assert read(data).articles[0].body == ("The harbor tunnel closed on Friday for a month of repairs.\n\n"
                                           "Drivers were told to use the bridge & the ferry.")


def test_a_plain_iptc_article() -> None:
    (article,) = read(IPTC).articles
    assert (article.title, article.authors) == ("Flood waters recede", ("Ana Lima",))
    assert article.body == "Flood waters receded on Thursday.\n\nSchools will reopen."
    assert (article.date, article.date_source) == (date(2002, 3, 15), "nitf:date.issue")


def test_the_date_falls_back_to_the_publication_metas() -> None:
    data = NYT.replace(b'date.publication="19870102T000000"', b"")
    assert read(data).articles[0].date == date(1987, 1, 2)
    assert read(data).articles[0].date_source == "nitf:meta"


def test_an_empty_nitf_document_is_unreadable() -> None:
    with pytest.raises(UnreadableFile, match="NITF document has no headline or body text"):
        read(b"<nitf><head/><body/></nitf>")


def test_nitf_files_are_indexed_and_found(tmp_path: Path) -> None:
    (tmp_path / "archive").mkdir()
    (tmp_path / "archive" / "0000001.xml").write_bytes(NYT)
    (tmp_path / "archive" / "flood.nitf").write_bytes(IPTC)
    build_index(tmp_path / "archive", tmp_path / "ix")
    with open_index(tmp_path / "ix") as idx:
        assert [hit.id for hit in idx.search("tunnel ferry").hits] == ["0000001.xml"]
        assert [hit.id for hit in idx.search("author:lima").hits] == ["flood.nitf"]


def nitf(head: str = "<hedline><hl1>H</hl1></hedline>", content: str = "<p>P.</p>") -> bytes:
    """A minimal NITF document with this ``body.head`` and ``body.content``."""
    return f"<nitf><body><body.head>{head}</body.head><body.content>{content}</body.content></body></nitf>".encode()


BODIES = [
    # (body.content, body): every block of the story is text, each a paragraph, not only <p> and <hl2>
    ("<p>Key points:</p><ul><li>Tax cuts delayed</li><li>Health spending up</li></ul>",
     "Key points:\n\nTax cuts delayed\n\nHealth spending up"),
    ("<p>Results:</p><table><tr><th>Year</th><th>Surplus</th></tr><tr><td>2004</td><td>$7.4b</td></tr></table>",
     "Results:\n\nYear | Surplus\n\n2004 | $7.4b"),
    ("<p>The code:</p><pre>x = 1</pre>", "The code:\n\nx = 1"),
    ("<p>He said:</p><bq><block><p>We are prudent.</p></block><credit>Finance Minister</credit></bq>",
     "He said:\n\nWe are prudent.\n\nFinance Minister"),
    (('<media media-type="image"><media-reference source="m.jpg"/><media-caption>The minister.</media-caption>'
      "<media-producer>Photo: NZPA</media-producer></media><p>Text.</p>"), "The minister.\n\nText."),
    ("<hl2>Subhead</hl2><p>One.</p><p>Two <em>words</em>.</p>", "Subhead\n\nOne.\n\nTwo words."),
]


@pytest.mark.parametrize("content, body", BODIES)
def test_the_body_keeps_lists_tables_quotes_and_captions(content: str, body: str) -> None:
    assert read(nitf(content=content)).articles[0].body == body


HEADS = [
    # (body.head, (title, title_source, authors))
    ("<hedline><hl1>Budget surplus</hl1></hedline><byline>By Sam Houston <byttl>Political Editor</byttl></byline>",
     ("Budget surplus", "nitf:hedline", ("Sam Houston",))),  # the byttl is the person's title, not the name
    ("<hedline>Towers fall; city in mourning</hedline>", ("Towers fall; city in mourning", "nitf:hedline", ())),
    ("<hedline>Towers fall<hl2>Rescue goes on</hl2></hedline>", ("Towers fall", "nitf:hedline", ())),
    ("<hedline><hl1>Flood</hl1><hl2>Waters recede</hl2></hedline>", ("Flood", "nitf:hedline", ())),
]


@pytest.mark.parametrize("head, expected", HEADS)
def test_the_headline_and_byline_as_producers_write_them(head: str, expected: tuple) -> None:
    (article,) = read(nitf(head=head)).articles
    assert (article.title, article.title_source, article.authors) == expected
