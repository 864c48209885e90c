"""A feed item dated only by its ``updated`` stamp, that stamp a day before the date in its address
(``/2024/05/06/…``), is dated by its address: an update cannot come before the story was published. An RSS item's
``a10:updated`` and an Atom entry's ``updated`` alike; a later update stays the item's date."""

from __future__ import annotations

from datetime import date

import pytest

from newssearch.documents.feed import read_feed

ADDRESS = "https://x.example/2024/05/06/bridge-closes"


def rss(stamp: str) -> bytes:
    return ('<rss xmlns:a10="http://www.w3.org/2005/Atom" version="2.0"><channel><title>Feed</title><item>'
            f"<link>{ADDRESS}</link><a10:updated>{stamp}</a10:updated><description>B</description></item>"
            "</channel></rss>").encode()


def atom(stamp: str) -> bytes:
    return ('<feed xmlns="http://www.w3.org/2005/Atom"><title>Feed</title><entry><title>T</title><id>e1</id>'
            f'<link href="{ADDRESS}"/><updated>{stamp}</updated><summary>B</summary></entry></feed>').encode()


@pytest.mark.parametrize(("feed", "name"), [(rss, "f.rss"), (atom, "f.atom")])
def test_an_update_before_the_addresss_day_gives_way_to_it(feed, name: str) -> None:
    (a,) = read_feed(feed("2024-05-01T00:00:00Z"), name).articles
    assert (a.date, a.date_source) == (date(2024, 5, 6), "url")


@pytest.mark.parametrize(("feed", "name", "source"), [(rss, "f.rss", "a10:updated"), (atom, "f.atom", "atom:updated")])
def test_an_update_on_or_after_the_addresss_day_stays_the_items_date(feed, name: str, source: str) -> None:
    for stamp, day in (("2024-05-06T09:00:00Z", date(2024, 5, 6)), ("2024-05-09T09:00:00Z", date(2024, 5, 9))):
        (a,) = read_feed(feed(stamp), name).articles
        assert (a.date, a.date_source) == (day, source)
