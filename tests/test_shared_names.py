"""A name several papers go by ("The Times", "The Telegraph", "The Herald"): the paper whose address it is, else kept
as written, tied to no paper's other names and addresses."""

from __future__ import annotations

import json

import pytest

from newssearch.documents import parse_bytes
from newssearch.documents.publishers import is_publisher, known_names, publisher_name
from newssearch.documents.sitenames import site_in_title


@pytest.mark.parametrize(("name", "url", "expected"), [
    ("The Times", "https://www.thetimes.co.uk/article/ferry-a1", "The Times"),
    ("The Times", "https://www.thetimes.com/uk/article/ferry-a1", "The Times"),
    ("The Times", "https://timesofmalta.com/articles/view/ferry.1", "Times of Malta"),
    ("The Times", "https://timesofindia.indiatimes.com/india/a.cms", "The Times of India"),
    ("The Telegraph", "https://www.telegraph.co.uk/news/2024/05/01/ferry/", "The Telegraph"),
    ("The Telegraph", "https://www.dailytelegraph.com.au/news/nsw/ferry/news-story/1", "The Daily Telegraph (Sydney)"),
    ("Daily Telegraph", "https://www.dailytelegraph.com.au/news/a", "The Daily Telegraph (Sydney)"),
    ("telegraph", "https://www.telegraphindia.com/india/ferry/cid/1", "The Telegraph (India)"),
    ("Telegraph India", None, "The Telegraph (India)"),
    ("The Independent", "https://www.independent.co.uk/news/uk/ferry-a1.html", "The Independent"),
    ("The Independent", "https://www.independent.ie/irish-news/ferry/1.html", "Irish Independent"),
    ("Independent.ie", None, "Irish Independent"),
    ("The Herald", "https://www.heraldscotland.com/news/1/ferry/", "The Herald (Scotland)"),
    ("The Herald", "https://www.heraldsun.com.au/news/victoria/ferry/news-story/1", "Herald Sun"),
    ("The Herald", "https://www.nzherald.co.nz/nz/ferry/ABC/", "NZ Herald"),
    ("The Star", "https://www.thestar.com/news/canada/ferry.html", "Toronto Star"),
    ("The Star", "https://www.thestar.com.my/news/nation/2024/05/01/ferry", "The Star (Malaysia)"),
    ("The Star", "https://www.the-star.co.ke/news/2024-05-01-ferry/", "The Star (Kenya)"),
    ("Express", "https://www.express.co.uk/news/uk/1/ferry", "Express.co.uk"),
    ("Express", "https://indianexpress.com/article/india/ferry-1/", "The Indian Express"),
    ("Mirror", "https://www.mirror.co.uk/news/uk-news/ferry-1", "Daily Mirror"),
    ("Daily Mirror", "https://www.dailymirror.lk/breaking-news/ferry/1", "Daily Mirror (Sri Lanka)"),
    ("The Guardian", "https://guardian.ng/news/ferry/", "The Guardian (Nigeria)"),
    ("The Guardian", "https://www.theguardian.com/world/2024/may/01/ferry", "The Guardian"),
    # London's tabloid, Dhaka's and Beirut's English daily ("The Daily Star" had been kept as written everywhere)
    ("Daily Star", "https://www.dailystar.co.uk/news/latest-news/ferry-1", "Daily Star"),
    ("The Daily Star", "https://www.thedailystar.net/news/bangladesh/news/ferry-1", "The Daily Star (Bangladesh)"),
    ("The Daily Star", "https://www.dailystar.com.lb/News/Lebanon-News/2020/Aug-01/1.ashx", "The Daily Star (Lebanon)"),
    # the other Times, Stars and Telegraphs, each "The Times" ("The Star", "The Telegraph") at its own address only
    ("The Times", "https://www.washingtontimes.com/news/2024/may/1/ferry/", "The Washington Times"),
    ("The Times", "https://www.latimes.com/california/story/2024-05-01/ferry", "Los Angeles Times"),
    ("The Times", "https://www.seattletimes.com/seattle-news/ferry/", "The Seattle Times"),
    ("The Times", "https://www.irishtimes.com/news/ireland/ferry-1.1", "The Irish Times"),
    ("The Times", "https://economictimes.indiatimes.com/news/india/ferry/articleshow/1.cms", "The Economic Times"),
    ("The Times", "https://www.straitstimes.com/singapore/ferry", "The Straits Times"),
    ("The Times", "https://www.hindustantimes.com/india-news/ferry-101.html", "Hindustan Times"),
    ("The Times", "https://www.japantimes.co.jp/news/2024/05/01/national/ferry/", "The Japan Times"),
    ("The Times", "https://www.themoscowtimes.com/2024/05/01/ferry-a1", "The Moscow Times"),
    ("The Times", "https://asiatimes.com/2024/05/ferry/", "Asia Times"),
    ("The Times", "https://www.gulf-times.com/article/1/local/ferry", "Gulf Times"),
    ("The Star", "https://www.kansascity.com/news/local/article1.html", "The Kansas City Star"),
    ("The Star", "https://tucson.com/news/local/ferry/article_1.html", "Arizona Daily Star"),
    ("The Telegraph", "https://www.belfasttelegraph.co.uk/news/northern-ireland/ferry-1.html", "Belfast Telegraph"),
    ("The Telegraph", "https://www.macon.com/news/local/ferry.html", "The Macon Telegraph"),
])
def test_a_shared_name_is_the_paper_whose_address_it_is(name: str, url: str | None, expected: str) -> None:
    assert publisher_name(name, url) == expected


@pytest.mark.parametrize(("name", "url"), [
    ("The Times", None), ("the times", None), ("The Times", "https://www.timesunion.com/news/a"),
    ("telegraph", None), ("The Telegraph", "https://www.nashuatelegraph.com/news/a"),  # Nashua's The Telegraph
    ("The Telegraph", "https://www.msn.com/en-gb/news/a"),                    # a paper's story at a portal
    ("independent", None), ("The Herald", "https://www.heraldnet.com/news/a"), ("The Herald", None),
    ("The Star", None), ("The Star", "https://www.thestar.co.uk/news/a"),      # Sheffield's
    ("The Star", "https://www.startribune.com/a/1"), ("The Times", "https://www.washingtonpost.com/a/"),
    ("Express", None), ("express", "https://www.financialexpress.com/a"), ("the mirror", None),
    ("guardian", None), ("The Guardian", "https://www.theguardian.pe.ca/news/a"),
    ("Daily Star", None), ("The Daily Star", "https://www.msn.com/en-gb/news/a"),
])
def test_a_shared_name_no_address_tells_stays_as_written_and_no_papers(name: str, url: str | None) -> None:
    assert publisher_name(name, url) == name
    assert known_names(name, url) == ()
    assert is_publisher(name)


def test_a_shared_name_at_its_papers_address_gives_that_papers_names() -> None:
    assert known_names("telegraph", "https://www.telegraph.co.uk/a")[:2] == ("The Telegraph", "telegraph.co.uk")
    assert known_names("Telegraph", "https://www.dailytelegraph.com.au/a")[:2] == (
        "The Daily Telegraph (Sydney)", "dailytelegraph.com.au")


@pytest.mark.parametrize("site", ["The Telegraph", "The Independent", "The Star"])
def test_a_shared_name_in_a_title_is_a_site_name(site: str) -> None:
    assert site_in_title(f"Ferry sails again | {site}", []) == site


_TEXT = "The ferry sailed again on Thursday after a month of repairs, to cheers from the wharf."


def _page(site_name: str, url: str) -> bytes:
    return (f'<html><head><title>Ferry sails again</title><meta property="og:site_name" content="{site_name}">'
            f'<link rel="canonical" href="{url}"></head><body><article><h1>Ferry sails again</h1>'
            "<p>The ferry sailed again on Thursday after a month of repairs, to cheers from the wharf.</p>"
            "<p>Passengers said the crossing was calm and the ship ran to time.</p></article></body></html>").encode()


@pytest.mark.parametrize(("url", "expected"), [
    ("https://www.dailytelegraph.com.au/news/nsw/ferry/news-story/1", "The Daily Telegraph (Sydney)"),
    ("https://www.telegraph.co.uk/news/2024/05/01/ferry/", "The Telegraph"),
    ("https://www.nashuatelegraph.com/news/local/ferry.html", "The Telegraph"),
    ("https://www.macon.com/news/local/ferry.html", "The Macon Telegraph"),
])
def test_a_page_named_the_telegraph_is_the_paper_its_address_names(url: str, expected: str) -> None:
    (article,) = parse_bytes(_page("The Telegraph", url), "a.html", ".html").articles
    assert article.source == expected


@pytest.mark.parametrize(("name", "url", "expected"), [
    ("Washington Times", None, "The Washington Times"), (None, "https://www.washingtontimes.com/a/", "The Washington Times"),
    ("LA Times", None, "Los Angeles Times"), ("L.A. Times", None, "Los Angeles Times"),
    (None, "https://www.latimes.com/a", "Los Angeles Times"), ("Seattle Times", None, "The Seattle Times"),
    ("Economic Times", None, "The Economic Times"), ("Straits Times", None, "The Straits Times"),
    ("Hindustan Times", None, "Hindustan Times"), ("Japan Times", None, "The Japan Times"),
    ("The Moscow Times", None, "The Moscow Times"), ("Asia Times", None, "Asia Times"), ("Gulf Times", None, "Gulf Times"),
    ("The Star-Ledger", None, "The Star-Ledger"), ("Star Ledger", None, "The Star-Ledger"),
    ("Kansas City Star", None, "The Kansas City Star"), ("Star Tribune", None, "Star Tribune"),
    ("Minneapolis Star Tribune", None, "Star Tribune"), (None, "https://www.startribune.com/a/1", "Star Tribune"),
    ("Arizona Daily Star", None, "Arizona Daily Star"), ("Belfast Telegraph", None, "Belfast Telegraph"),
    ("Macon Telegraph", None, "The Macon Telegraph"),
])
def test_the_other_times_stars_and_telegraphs_by_their_full_names(name: str | None, url: str | None,
                                                                  expected: str) -> None:
    assert publisher_name(name, url) == expected
    assert known_names(name, url)[0] == expected


# A paper's name that is a common word or another outlet's name too ("Time", "Stuff", "Vox", "FT", "Daily Mail"): the
# paper's at its own address and where a record names no address, as written at another's.
@pytest.mark.parametrize(("name", "url"), [
    ("Time", "https://www.timeout.com/london/things-to-do/ferry"),       # Time Out's, a section's "Time"
    ("TIME", "https://www.example-gazette.com/news/a"),
    ("Stuff", "https://www.stuff.tv/features/ferry/"),                  # Stuff, the British gadget magazine
    ("VOX", "https://www.vox.de/cms/ferry.html"),                       # VOX, the German channel
    ("FT", "https://www.ft.dk/da/aktuelt/a"),                           # Folketinget
    ("Daily Mail", "https://www.dailymail.com.pk/ferry/"),
    ("The Daily Mail", "https://www.heraldmailmedia.com/story/news/a"),  # Hagerstown's, the Herald-Mail since
    ("CBC", "https://www.cbc.bb/news/local-news/ferry"),                # the Caribbean Broadcasting Corporation
    ("DW", "https://www.dailywire.com/news/ferry"),                     # The Daily Wire's own short name
    ("Punch", "https://www.punch.co.uk/cartoons/a"),                     # London's Punch magazine
    ("Vanguard", "https://investor.vanguard.com/investor-resources-education/news/a"),  # the fund manager
])
def test_a_common_name_at_another_address_stays_as_written_and_no_papers(name: str, url: str) -> None:
    assert publisher_name(name, url) == name
    assert known_names(name, url) == ()
    assert is_publisher(name)


@pytest.mark.parametrize(("name", "url", "expected"), [
    ("Time", None, "TIME"), ("time", "https://time.com/6971234/ferry/", "TIME"), ("Time Magazine", None, "TIME"),
    ("Stuff", None, "Stuff"), ("stuff", "https://www.stuff.co.nz/nz-news/350000/ferry", "Stuff"),
    ("vox", None, "Vox"), ("Vox", "https://www.vox.com/a", "Vox"), ("ft", None, "Financial Times"),
    ("The Daily Mail", None, "Daily Mail"), ("the daily mail", "https://www.dailymail.co.uk/news/a.html", "Daily Mail"),
    ("Daily Mail", "https://www.dailymail.com/news/a.html", "Daily Mail"), (None, "https://www.dailymail.com/a", "Daily Mail"),
    ("CBC", None, "CBC News"), ("cbc", "https://www.cbc.ca/news/canada/ferry-1.7", "CBC News"),
    ("DW", None, "DW"), ("dw", "https://www.dw.com/en/ferry/a-1", "DW"),
    ("Punch", None, "Punch"), ("punch", "https://punchng.com/ferry/", "Punch"),
    ("Vanguard", None, "Vanguard"), ("Vanguard", "https://www.vanguardngr.com/2024/03/ferry/", "Vanguard"),
])
def test_a_common_name_is_its_papers_at_its_address_or_with_none(name: str | None, url: str | None,
                                                                 expected: str) -> None:
    assert publisher_name(name, url) == expected
    assert known_names(name, url)[0] == expected


_TIMEOUT = "https://www.timeout.com/london/things-to-do/ferry"


def _item(fields: str) -> bytes:
    return (f'<rss version="2.0"><channel><title>Feed</title><item><title>Ferry</title>{fields}'
            f"<description>{_TEXT}</description></item></channel></rss>").encode()


def _entry(fields: str) -> bytes:
    return (f'<feed xmlns="http://www.w3.org/2005/Atom"><title>Feed</title><entry><title>Ferry</title>{fields}'
            f"<content>{_TEXT}</content></entry></feed>").encode()


def _nitf(pubdata: str) -> bytes:
    return (f"<nitf><head>{pubdata}</head><body><body.head><hedline><hl1>Ferry</hl1></hedline></body.head>"
            f"<body.content><p>{_TEXT}</p></body.content></body></nitf>").encode()


@pytest.mark.parametrize(("rel", "data", "expected"), [
    ("a.html", _page("Time", _TIMEOUT), "Time"),
    ("a.html", _page("Time", "https://time.com/6971234/ferry/"), "TIME"),
    ("a.json", json.dumps({"title": "Ferry", "source": "Time", "url": _TIMEOUT, "text": _TEXT}).encode(), "Time"),
    ("a.json", json.dumps({"title": "Ferry", "source": "Time", "text": _TEXT}).encode(), "TIME"),
    ("a.json", json.dumps({"title": "Ferry", "source": "The Telegraph", "text": _TEXT,
                           "url": "https://www.dailytelegraph.com.au/news/a"}).encode(), "The Daily Telegraph (Sydney)"),
    ("a.txt", f"Title: Ferry\nSource: Time\nURL: {_TIMEOUT}\n\n{_TEXT}\n".encode(), "Time"),
    ("a.rss", _item(f"<link>{_TIMEOUT}</link><source>Time</source>"), "Time"),
    ("a.rss", _item("<link>https://time.com/6971234/ferry/</link><source>Time</source>"), "TIME"),
    ("a.rss", _item(f'<link>{_TIMEOUT}</link><source url="https://time.com/">Time</source>'), "TIME"),
    # Google News: the link is the aggregator's, the source's url attribute the publisher's address.
    ("a.rss", _item('<link>https://news.google.com/rss/articles/CBMi1?oc=5</link>'
                    '<source url="https://www.dailytelegraph.com.au">The Telegraph</source>'), "The Daily Telegraph (Sydney)"),
    ("a.atom", _entry(f'<link href="{_TIMEOUT}"/><source><title>Time</title></source>'), "Time"),
    ("a.atom", _entry('<link href="https://news.google.com/a"/><source><title>The Telegraph</title>'
                      '<link href="https://www.dailytelegraph.com.au/"/></source>'), "The Daily Telegraph (Sydney)"),
    ("a.xml", _nitf(f'<pubdata name="Time" ex-ref="{_TIMEOUT}"/>'), "Time"),
    ("a.xml", _nitf('<pubdata name="The Telegraph" ex-ref="https://www.dailytelegraph.com.au/news/a"/>'),
     "The Daily Telegraph (Sydney)"),
    ("a.xml", _nitf('<pubdata name="Time"/>'), "TIME"),
    # a byline naming the publisher, the record naming none
    ("a.json", json.dumps({"title": "Ferry", "author": "Time", "url": _TIMEOUT, "text": _TEXT}).encode(), "Time"),
    ("a.json", json.dumps({"title": "Ferry", "author": "Time", "text": _TEXT}).encode(), "TIME"),
    ("a.txt", f"Title: Ferry\nAuthor: Time\nURL: {_TIMEOUT}\n\n{_TEXT}\n".encode(), "Time"),
])
def test_every_format_reads_a_name_by_its_records_address(rel: str, data: bytes, expected: str) -> None:
    (article,) = parse_bytes(data, rel, "." + rel.rsplit(".", 1)[-1]).articles
    assert article.source == expected
