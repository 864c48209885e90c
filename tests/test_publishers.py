"""One name per publisher, whatever the format names it by: one facet value, one ``source:``."""

from __future__ import annotations

import json

import pytest

from newssearch.documents import parse_bytes
from newssearch.documents.authornames import people_and_publisher
from newssearch.documents.publishers import host_named, is_publisher, publisher_name

BODY = "A lane of the harbour bridge was closed on Monday after a truck broke down near the clip-on section."


def html_page(site_name: str) -> bytes:
    return (f'<html><head><title>Bridge</title><meta property="og:site_name" content="{site_name}"></head>'
            f"<body><article><h1>Bridge</h1><p>{BODY}</p></article></body></html>").encode()


# (file name, the file's bytes for a stated publisher name)
FORMATS = [
    ("a.txt", lambda name: f"Title: Bridge\nSource: {name}\n\n{BODY}\n".encode()),
    ("a.json", lambda name: json.dumps({"title": "Bridge", "source": name, "text": BODY}).encode()),
    ("a.jsonl", lambda name: json.dumps({"id": "1", "title": "Bridge", "publisher": {"name": name},
                                         "text": BODY}).encode() + b"\n"),
    ("a.csv", lambda name: f"title,source,content\nBridge,{name},{BODY}\n".encode()),
    ("a.rss", lambda name: (f"<rss><channel><title>Google News</title><item><title>Bridge</title>"
                            f"<description>{BODY}</description><source>{name}</source></item></channel></rss>").encode()),
    ("a.html", html_page),
]


@pytest.mark.parametrize("rel, make", FORMATS)
@pytest.mark.parametrize("stated, expected", [
    ("New Zealand Herald", "NZ Herald"),
    ("NZHerald", "NZ Herald"),
    ("nzherald.co.nz", "NZ Herald"),
    ("www.nzherald.co.nz", "NZ Herald"),
    ("https://www.nzherald.co.nz/", "NZ Herald"),
    ("Radio New Zealand", "RNZ"),
    ("Otago Daily Times", "Otago Daily Times"),        # a publisher newssearch does not know: as written
    ("www.odt.co.nz", "odt.co.nz"),                    # ... or the host it names
    ("https://www.odt.co.nz/", "odt.co.nz"),
])
def test_every_format_names_a_publisher_by_its_one_name(rel: str, make, stated: str, expected: str) -> None:
    (article,) = parse_bytes(make(stated), rel, "." + rel.rsplit(".", 1)[-1]).articles
    assert article.source == expected


@pytest.mark.parametrize("name, expected", [
    ("https://www.nzherald.co.nz/", "nzherald.co.nz"),
    ("http://rnz.co.nz/news", "rnz.co.nz"),
    ("www.Example.com", "Example.com"),                # a bare host keeps its letter case
    ("Example.com", "Example.com"),
    ("NZ Herald", None),
    ("St. Louis Post-Dispatch", None),                 # a dot in a name of words
    ("", None),
    (None, None),
])
def test_the_host_a_stated_name_gives(name: str | None, expected: str | None) -> None:
    assert host_named(name) == expected


@pytest.mark.parametrize("name, url, expected", [
    ("m.nzherald.co.nz", None, "NZ Herald"),           # a subdomain of a known publisher
    ("https://www.nzherald.co.nz/", "https://example.org/a", "NZ Herald"),
    ("https://www.example.org/", None, "example.org"),  # it had given no publisher at all
    ("www.example.org", None, "example.org"),
    ("http://www.example.com", "https://www.example.de/a", "example.de"),  # an address yields to the page's own
    ("example.com", "https://www.example.de/a", "example.com"),            # a host written as a name does not
    ("tdg.ch/", "https://www.tdg.ch/suisse/a", "tdg.ch"),                  # a host with its slash
    ("{$plugin.tx_news.opengraph.site_name}", "https://mpimet.mpg.de/a", "mpimet.mpg.de"),  # a template's placeholder
    ("{{ site.title }}", "https://example.org/a", "example.org"),
    ("%SITENAME%", None, None),
    ("Ein Blog über alternative Lebensräume, ferne Länder und den dritten Lebensabschnitt", "https://www.anchor.ch/a",
     "anchor.ch"),                                                          # a description, not a name
    ("Ein Blog über alternative Lebensräume, ferne Länder und den dritten Lebensabschnitt", None,
     "Ein Blog über alternative Lebensräume, ferne Länder und den dritten Lebensabschnitt"),  # no address to say better
    ("Macmillan Publishers Limited, part of Springer Nature", "https://www.nature.com/a",
     "Macmillan Publishers Limited, part of Springer Nature"),             # seven words: a name yet
    ("Bundesamt für Sicherheit in der Informationstechnik", "https://www.bsi.bund.de/a",
     "Bundesamt für Sicherheit in der Informationstechnik"),
    # the hosts of HuffPost's News Category Dataset and of MIND's news.tsv
    ("https://www.huffpost.com/entry/cats_n_632de332", None, "HuffPost"),
    ("The Huffington Post", None, "HuffPost"),
    ("https://assets.msn.com/labs/mind/AAGH0ET.html", None, "MSN"),
])
def test_publisher_name_reads_a_stated_host_or_address(name: str, url: str | None, expected: str) -> None:
    assert publisher_name(name, url) == expected


@pytest.mark.parametrize("name, expected", [
    ("NZ Herald", True), ("New Zealand Herald", True), ("The Guardian", True), ("Reuters", True),
    ("AFP", True), ("The Associated Press", True), ("Bloomberg", True),
    ("Jane Doe", False), ("Otago Daily Times", False), ("Reuters Staff", False),
])
def test_is_publisher(name: str, expected: bool) -> None:
    assert is_publisher(name) is expected


@pytest.mark.parametrize("authors, source, expected", [
    (("Jane Doe", "NZ Herald"), "NZ Herald", (("Jane Doe",), "NZ Herald")),
    (("Jane Doe",), "NZ Herald", (("Jane Doe",), "NZ Herald")),
    (("New Zealand Herald",), "NZ Herald", ((), "NZ Herald")),       # the source by another of its names
    (("BBC News",), None, ((), "BBC News")),                         # alone, a publisher is the source, as in a page
    (("The Associated Press",), None, ((), "Associated Press")),
    (("Reuters",), "NZ Herald", (("Reuters",), "NZ Herald")),        # a wire story the record's source published:
    (("Jane Doe", "Reuters"), "NZ Herald", (("Jane Doe", "Reuters"), "NZ Herald")),  # the agency credited, last
    (("Reuters", "Jane Doe"), "Reuters", (("Jane Doe",), "Reuters")),   # the source's own credit goes
    (("Otago Daily Times",), "Otago Daily Times", ((), "Otago Daily Times")),  # an unknown source, as written
    (("Otago Daily Times",), None, (("Otago Daily Times",), None)),  # ... may be a person's name without it
    (("Reuters Staff",), None, ((), "Reuters")),                    # a publisher's desk: the publisher
    (("BBC News reporters",), None, ((), "BBC News")),
    (("Vox Staff",), "Vox", ((), "Vox")),                            # the record's own source's desk
    (("RNZ News",), "RNZ", ((), "RNZ")),                             # its newsroom, as a Feedly item credits it
    (("RNZ News",), None, ((), "RNZ")),
    (("Stuff News",), "Stuff", ((), "Stuff")),
    (("Jane News",), None, (("Jane News",), None)),                  # a name before "News" no publisher's stays
    (("Vox Staff",), None, (("Vox Staff",), None)),                  # a desk alone stays, as "Staff and agencies"
    (("Jane Smith", "Vox"), "Vox Media", (("Jane Smith",), "Vox Media")),  # the source by its first word alone
    (("Jane Smith", "Herald"), "The Herald Sun", (("Jane Smith",), "The Herald Sun")),
    (("Anderson Cooper",), "Anderson Cooper 360", (("Anderson Cooper",), "Anderson Cooper 360")),  # a host stays
    (("Media",), "Vox Media", (("Media",), "Vox Media")),                 # a word of it, not its first, is no name of it
    ((), None, ((), None)),
])
def test_people_and_publisher(authors: tuple[str, ...], source: str | None, expected: tuple) -> None:
    assert people_and_publisher(authors, source) == expected


# (file name, the file's bytes for a stated byline)
BYLINES = [
    ("a.txt", lambda byline: f"Title: Bridge\nAuthor: {byline}\n\n{BODY}\n".encode()),
    ("a.json", lambda byline: json.dumps({"title": "Bridge", "author": byline, "text": BODY}).encode()),
    ("a.rss", lambda byline: (f"<rss><channel><title>Feed</title><item><title>Bridge</title><author>{byline}</author>"
                              f"<description>{BODY}</description></item></channel></rss>").encode()),
]


@pytest.mark.parametrize("rel, make", BYLINES)
@pytest.mark.parametrize("byline", ["Jane Doe, NZ Herald", "Jane Doe, New Zealand Herald",
                                    "Jane Doe, The Guardian", "By Jane Doe, BBC News, New York",  # a place after it
                                    "Jane Doe, AP Photo", "Jane Doe; Photo: Getty Images"])  # a picture's credit
def test_a_publisher_beside_a_person_in_a_byline_is_no_author(rel: str, make, byline: str) -> None:
    (article,) = parse_bytes(make(byline), rel, "." + rel.rsplit(".", 1)[-1]).articles
    assert article.authors == ("Jane Doe",)


@pytest.mark.parametrize("rel, make", BYLINES[:2])   # (a feed's own title is its items' source)
@pytest.mark.parametrize("byline", ["Reuters", "Reuters Staff", "By Reuters Staff"])
def test_a_publisher_alone_in_a_byline_is_the_source(rel: str, make, byline: str) -> None:
    (article,) = parse_bytes(make(byline), rel, "." + rel.rsplit(".", 1)[-1]).articles
    assert (article.authors, article.source) == ((), "Reuters")


@pytest.mark.parametrize("rel, make", BYLINES)
@pytest.mark.parametrize("byline", ["Photo: Getty Images", "Updated 3 June 2020", "Published 2020-06-03"])
def test_a_credit_or_a_date_in_a_byline_names_no_one(rel: str, make, byline: str) -> None:
    (article,) = parse_bytes(make(byline), rel, "." + rel.rsplit(".", 1)[-1]).articles
    assert article.authors == ()
