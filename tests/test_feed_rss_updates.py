"""An RSS item dated only by its Atom ``updated`` (.NET's ``<a10:updated>``) takes it, as an Atom entry does."""

from __future__ import annotations

from datetime import date

import pytest

from newssearch.documents.feed import read_feed

A10 = "http://www.w3.org/2005/Atom"


def rss(item: str) -> bytes:
    """An RSS 2.0 feed of one item, with .NET's a10 prefix declared on the root as System.ServiceModel writes it."""
    return (f'<rss xmlns:a10="{A10}" version="2.0"><channel><title>Feed</title>'
            f"<item>{item}<description>B</description></item></channel></rss>").encode()


RSS_UPDATES = [
    # (item's date elements, (date, date_source)): a publication date first; its update only when none reads
    ("<a10:updated>2024-03-25T09:00:00+13:00</a10:updated>", (date(2024, 3, 25), "a10:updated")),
    ("<pubDate>Fri, 01 Mar 2024 09:00:00 GMT</pubDate><a10:updated>2024-03-25T09:00:00Z</a10:updated>",
     (date(2024, 3, 1), "rss:pubDate")),
    ("<a10:updated>2024-03-25T09:00:00Z</a10:updated><dc:date xmlns:dc='http://purl.org/dc/elements/1.1/'>"
     "2024-03-02</dc:date>", (date(2024, 3, 2), "dc:date")),
    ("<pubDate>not a date</pubDate><a10:updated>2024-03-25T09:00:00Z</a10:updated>", (date(2024, 3, 25), "a10:updated")),
    ("<a10:updated>soon</a10:updated>", (None, None)),
    # the item's own stamp before the date in its address, as an Atom entry's
    ("<link>https://x.example/2022/05/06/story</link><a10:updated>2024-03-25T09:00:00Z</a10:updated>",
     (date(2024, 3, 25), "a10:updated")),
]


@pytest.mark.parametrize("elements, expected", RSS_UPDATES)
def test_an_rss_item_without_a_publication_date_is_dated_by_its_atom_update(elements: str, expected: tuple) -> None:
    (a,) = read_feed(rss(elements), "f.rss").articles
    assert (a.date, a.date_source) == expected


def test_the_channels_update_never_dates_an_item() -> None:
    feed = (f'<rss xmlns:a10="{A10}" version="2.0"><channel><title>Feed</title><a10:updated>2024-03-25T09:00:00Z'
            "</a10:updated><lastBuildDate>Mon, 25 Mar 2024 09:00:00 GMT</lastBuildDate>"
            "<item><description>B</description></item></channel></rss>").encode()
    (a,) = read_feed(feed, "f.rss").articles
    assert (a.date, a.date_source) == (None, None)
