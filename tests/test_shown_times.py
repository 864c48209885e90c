"""A page dated by a day alone (a meta tag's, its address's) takes the time a date box or <time> shows on that same
day ("11.09.2011, 16:20", "Published 10:02 AM EST Nov 19, 2019"); a time shown on another day is none of its."""

from __future__ import annotations

from datetime import date, datetime, timezone

import pytest

from newssearch.documents.daytimes import moment_of
from newssearch.documents.html import extract

UTC = timezone.utc
BODY = ("<p>The harbour crossing was closed by wind on Friday night, police said, and ferries were held in port until "
        "the morning.</p><p>Drivers were told to take the long way round the bay.</p>")


def _page(head: str, box: str) -> str:
    return (f"<html><head>{head}</head><body><article><h1>Harbour closed</h1>{box}{BODY}</article></body></html>")


META_DAY = '<meta property="article:published_time" content="2019-11-19">'


@pytest.mark.parametrize(("head", "box", "moment"), [
    (META_DAY, '<p class="date">Published 10:02 AM EST Nov 19, 2019</p>', datetime(2019, 11, 19, 15, 2, tzinfo=UTC)),
    (META_DAY, '<p class="date">19.11.2019, 16:20 von Stefan</p>', datetime(2019, 11, 19, 16, 20)),
    (META_DAY, '<time datetime="2019-11-19T11:43:53+02:00">19 Nov</time>', datetime(2019, 11, 19, 9, 43, 53, tzinfo=UTC)),
    ('<link rel="canonical" href="https://example.org/2019/11/19/harbour-closed/">',
     '<p class="date">19.11.2019, 16:20</p>', datetime(2019, 11, 19, 16, 20)),
    # a generic date meta tag's time is the last change's (NZZ's): JSON-LD's publication time
    (META_DAY + '<meta name="date" content="2019-11-19T21:46:53Z"><script type="application/ld+json">{"@type": '
     '"NewsArticle", "headline": "Harbour closed", "datePublished": "2019-11-19T21:38:00Z"}</script>', "",
     datetime(2019, 11, 19, 21, 38, tzinfo=UTC)),
])
def test_a_day_alone_takes_the_time_the_page_shows_on_that_day(head: str, box: str, moment: datetime) -> None:
    found = extract(_page(head, box)).date
    assert (found, moment_of(found)) == (date(2019, 11, 19), moment)


@pytest.mark.parametrize("box", [
    '<p class="date">20.11.2019, 16:20</p>',  # another day's time
    '<p class="date">19.11.2019</p>',  # a day alone shown
])
def test_a_day_alone_takes_no_time_the_page_shows_on_no_other_day(box: str) -> None:
    found = extract(_page(META_DAY, box)).date
    assert (found, moment_of(found)) == (date(2019, 11, 19), None)
