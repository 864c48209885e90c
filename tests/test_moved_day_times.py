"""A page's UTC stamp moved to the day the page shows its readers (htmldates: a dateline's time, a <time> of the
same moment) keeps the stamp's moment in UTC: the day moves, the moment stays the one stamped."""

from __future__ import annotations

from datetime import date, datetime, timezone

import pytest

from newssearch.documents.daytimes import moment_of
from newssearch.documents.html import extract

UTC = timezone.utc
BODY = ("<p>The harbour crossing was closed by wind on Friday night, police said, and ferries were held in port until "
        "the morning.</p><p>Drivers were told to take the long way round the bay.</p>")


def _page(meta: str, box: str) -> str:
    return (f'<html><head><meta property="article:published_time" content="{meta}"></head><body><article>'
            f"<h1>Harbour closed</h1>{box}{BODY}</article></body></html>")


@pytest.mark.parametrize(("meta", "box", "day", "moment"), [
    # the dateline's day, at UTC-4: the stamp's moment, not the dateline's 23:37 of no zone
    ("2022-05-04T03:37:41+00:00", '<p class="date">3 May, 2022, 11:37 pm</p>', date(2022, 5, 3),
     datetime(2022, 5, 4, 3, 37, 41, tzinfo=UTC)),
    # the dateline shows the stamp's own day: still the stamp's moment
    ("2022-05-03T21:37:41+00:00", '<p class="date">3 May, 2022, 9:37 pm</p>', date(2022, 5, 3),
     datetime(2022, 5, 3, 21, 37, 41, tzinfo=UTC)),
    # a <time> of the next day, a day alone: the moment had been dropped
    ("2020-06-19T23:30:00Z", '<time datetime="2020-06-20">20 June 2020</time>', date(2020, 6, 20),
     datetime(2020, 6, 19, 23, 30, tzinfo=UTC)),
    # a <time> of the same moment in local time, no zone written
    ("2020-06-19T23:30:00Z", '<time datetime="2020-06-20T11:30:00">20 June 2020</time>', date(2020, 6, 20),
     datetime(2020, 6, 19, 23, 30, tzinfo=UTC)),
])
def test_a_utc_stamp_moved_to_the_day_shown_keeps_its_moment(meta: str, box: str, day: date,
                                                            moment: datetime) -> None:
    found = extract(_page(meta, box)).date
    assert (found, moment_of(found)) == (day, moment)


def test_a_central_european_midnight_in_utc_is_a_day_without_a_time() -> None:
    html = _page("2022-11-06T23:00:00.000Z", "").replace("<html>", '<html lang="de">')
    found = extract(html).date
    assert (found, moment_of(found)) == (date(2022, 11, 7), None)


def test_a_stamp_is_no_moment_of_a_day_it_is_read_another_way_on() -> None:
    from newssearch.documents.daytimes import on_day

    moment = datetime(2023, 1, 11, 12, 43, 42, tzinfo=UTC)  # "11/01/2023 12:43:42 GMT" read month first
    assert moment_of(on_day(date(2023, 11, 1), moment)) is None  # the day read as the page shows it: 1 November
    assert moment_of(on_day(date(2023, 1, 12), moment)) == moment  # at UTC+12 the next day


def test_a_meta_stamp_of_no_zone_that_json_ld_writes_in_utc_keeps_the_utc_moment() -> None:
    html = _page("2019-11-20T01:50:59", '<script type="application/ld+json">{"@type": "NewsArticle", "headline": '
                 '"Harbour closed", "datePublished": "2019-11-20T01:50:59Z"}</script>')
    found = extract(html).date
    assert (found, moment_of(found)) == (date(2019, 11, 20), datetime(2019, 11, 20, 1, 50, 59, tzinfo=UTC))


def test_a_datelines_time_with_its_own_zone_stays_over_the_stamps() -> None:
    html = _page("2019-04-30T15:10:10+0000", '<p class="date">30 April 2019 <span>13:10 GMT</span></p>')
    found = extract(html).date
    assert (found, moment_of(found)) == (date(2019, 4, 30), datetime(2019, 4, 30, 13, 10, tzinfo=UTC))


@pytest.mark.parametrize("dateline", ["18 Nov 2019 <span>18:54 GMT</span>", "Mon 18 Nov 2019 18.54 GMT"])
def test_a_datelines_time_of_the_stamps_minute_keeps_the_stamps_seconds(dateline: str) -> None:
    html = _page("2019-11-18T18:54:53Z", f'<p class="date">{dateline}</p>')  # the Guardian's
    found = extract(html).date
    assert (found, moment_of(found)) == (date(2019, 11, 18), datetime(2019, 11, 18, 18, 54, 53, tzinfo=UTC))
