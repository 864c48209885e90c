"""Date strings as news sites, wires, feeds, JSON exports and plain-text saves write them, each read where it occurs:
a ``<meta>`` value, a ``<time>``'s text, a date box under a byline, a JSON record's date, an RSS pubDate or dc:date, a
text's date line under its headline or its closing "Published:" line. Each must give its day as written (never a day
shifted by its time zone), an ambiguous numeric date in the order the code's evidence rules give (a weekday written
before it among them), and nothing rather than a wrong day."""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import date

import pytest

from newssearch.documents.csvfile import read_csv
from newssearch.documents.dates import parse_date
from newssearch.documents.feed import read_feed
from newssearch.documents.html import read_html
from newssearch.documents.jsonfile import read_json
from newssearch.documents.text import read_text

BODY = "The council voted on the new harbour plan after a long debate in the town hall. " * 3


def _page(head: str = "", box: str = "", lang: str = "en") -> date | None:
    page = (f'<html lang="{lang}"><head><title>Harbour plan</title>{head}</head><body><article><h1>Harbour plan</h1>'
            f"{box}<p>{BODY}</p><p>{BODY}</p></article></body></html>")
    return read_html(page, "p.html").articles[0].date


def _feed(element: str) -> date | None:
    feed = (f'<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/"><channel><title>F</title><item>'
            f"<title>T</title><description>{BODY}</description>{element}</item></channel></rss>")
    return read_feed(feed.encode(), "f.rss").articles[0].date


def _text(text: str) -> date | None:
    return read_text(text.encode(), "t.txt").articles[0].date


def _csv(value: str) -> date | None:
    return read_csv(f'title,date,text\nHarbour plan,"{value}",{BODY}\n'.encode(), "r.csv").articles[0].date


PLACES: dict[str, Callable[[object], date | None]] = {
    "meta": lambda s: _page(f'<meta property="article:published_time" content="{s}">'),
    "time": lambda s: _page(box=f"<time>{s}</time>"),
    "box": lambda s: _page(box=f'<div class="byline">By Jane Doe</div><div class="date">{s}</div>'),
    "json": lambda s: read_json(json.dumps([{"title": "Harbour plan", "text": BODY, "date": s}]).encode(),
                                "r.json").articles[0].date,
    "pubDate": lambda s: _feed(f"<pubDate>{s}</pubDate>"),
    "dc:date": lambda s: _feed(f"<dc:date>{s}</dc:date>"),
    "dateline": lambda s: _text(f"Harbour plan\n\n{s}\n\n{BODY}\n\n{BODY}\n"),
    "trailer": lambda s: _text(f"Harbour plan\n\n{BODY}\n\n{BODY}\n\n{s}\n"),
    "wire": lambda s: _text(f"Harbour plan\n\n{s} The council voted on the harbour plan.\n\n{BODY}\n"),
    "csv": _csv,
    "header": lambda s: _text(f"Title: Harbour plan\nDate: {s}\n\n{BODY}\n"),
    "parse": parse_date,
}
SUNDAY = date(2024, 3, 3)
TUESDAY, FRIDAY = date(2024, 3, 5), date(2024, 5, 3)  # 05/03/2024 day first, and month first
STAMPED = "meta json pubDate dc:date dateline trailer"
SHOWN = "time box json dateline parse"


def _rows(places: str, texts: list[object], day: date | None = SUNDAY) -> list[tuple[str, object, date | None]]:
    return [(place, text, day) for place in places.split() for text in texts]


# The stamps a CMS, a feed or an API writes, in every place a stamp stands: the day as written, in its own zone.
STAMPS = [(place, f"Published: {text}" if place == "trailer" else text, day) for place, text, day in _rows(STAMPED, [
    "2024-03-03", "2024-03-03T10:22:00+13:00", "2024-03-03T23:30:00-08:00", "2024-03-03T10:22:00Z",
    "2024-03-03T10:22:00.000Z", "2024-03-03T10:22:00.123456+13:00", "2024-03-03T10:22:00+1300",
    "2024-03-03 10:22:00", "2024-03-03T10:22Z", "Sun, 03 Mar 2024 10:22:00 +1300", "Sun, 3 Mar 2024 23:10:00 -0800",
    "Sun, 03 Mar 2024 10:22:00 NZDT", "Sun, 03 Mar 2024 10:22 +0000",
])]  # a trailer's date is labelled
# Each source's own variants: RFC 822's spacing, case, zones and two-digit years in a feed; ISO's offsets and fractions in
# dc:date; a JavaScript date, an ASP.NET date or a compact stamp in a meta tag or a JSON export.
VARIANTS = _rows("pubDate", [
    "Sun, 03 Mar 24 10:22:00 +1300", "sun, 03 mar 2024 10:22:00 +1300", "Sun, 03 Mar 2024 10:22:00 Z",
    "Sun, 03 Mar 2024 10:22:00 UT", "Sun, 03 Mar 2024 10:22 EST", "Sun, 3 Mar 2024 10:22:00 PDT", "03 Mar 2024 10:22:00 GMT",
    "Sun, 03 Mar 2024 10:22:00 +13:00", "Sun, 03 March 2024 10:22:00 +0000", "Sunday, 03 Mar 2024 10:22:00 GMT",
    "Sun, 03-Mar-2024 10:22:00 GMT", "Sun, 03 Mar 2024 10:22:00", "Sun 03 Mar 2024 10:22:00 GMT",
    "Sun, 03 Mar 2024 10:22:00 GMT+13", "Sun, 03 Mar 2024 10:22 PM EST", "\n   Sun, 03 Mar 2024 10:22:00 +1300\n  ",
    "Sun, 3 Mar 2024 10:22:00 +1300 (NZDT)", "Sun, 3 Mar 2024 10:22:00 GMT+1300", "  Sun,  03  Mar  2024  10:22:00  +1300 ",
]) + _rows("dc:date", [
    "2024-03-03T10:22+13:00", "2024-03-03T10:22:00.000+13:00", "2024-03-03T10:22:00.1234567+13:00",
    "2024-03-03 10:22:00 UTC", "2024-03-03T10:22:00 +13:00", "2024-03-03T10:22:00+13", "2024-03-03T10:22:00-00:00",
]) + _rows("meta json", [
    "2024-03-03T10:22:00+13:00[Pacific/Auckland]", "Sun Mar 03 2024 10:22:00 GMT+1300 (New Zealand Daylight Time)",
    "Sunday, March 3, 2024 - 10:22", "03/03/2024 10:22:00", "20240303", "20240303102200", "2024-03-03T10:22:00.000+1300",
    "3/3/2024 10:22:00 PM", "03/03/2024 10:22 AM", "2024-03-03 10:22:00.000000", "March 3rd 2024, 10:22:00 am",
    "2024-03-03 10:22 +1300",
]) + _rows("json", ["1709461320.123", "1709461320000000", 1709461320000000])
# A spreadsheet's column and a saved text's "Date:" header, as exports write them (a serial day of Excel's is no date
# to them: none is read as one).
EXPORTS = _rows("csv header", [
    "3/3/2024 10:22", "03-03-2024", "3-Mar-24", "2024/03/03 10:22", "03/03/2024 22:22", "2024-03-03 22:22:00+13",
    "Sunday 03 March 2024", "3 Mar 2024", "03 MAR 2024", "3-MAR-2024", "Sun, 03/03/2024", "03.03.2024",
    "Sun, 3 Mar 2024 10:22:00 +1300", "2024-03-03T10:22:00+13:00",
]) + _rows("csv header", ["Tue, 05/03/2024"], TUESDAY) + _rows("csv header", ["05/03/2024"], FRIDAY) \
    + _rows("csv", ["45354", "45354.43"], None)
# More ways pages write a day: capitals, ordinals with "the", a month's short name with its dot in other languages.
MORE = _rows(SHOWN, [
    "3. Mär. 2024", "3 MARS 2024", "DIMANCHE 3 MARS 2024", "3 mar. 2024", "03 de Março de 2024", "Sun, 3rd March 2024",
    "Sunday, the 3rd of March, 2024", "3rd Mar, 2024", "Mar 03, 2024", "March 03, 2024 10:22:31 AM",
    "Sun 3 March 2024 22.22 GMT", "3 Mar 2024, 22:22", "3 March 2024 at 22:22", "SUN, 3 MAR 2024",
])
# A wire's dateline opening the story's first paragraph, its agency before or after the day.
WIRES = _rows("wire", [
    "WELLINGTON, March 3, 2024 —", "WELLINGTON, Mar. 3, 2024 (AP) —", "WELLINGTON (Reuters), March 3, 2024 -",
    "LONDON, 3 March 2024 (Reuters) -", "AUCKLAND, New Zealand (AP) — March 3, 2024 —",
])
# The weekday before a numeric date, as Drupal, an ASP.NET site or a wire's export writes it: parse_date had read none.
WEEKDAY_NUMBERS = _rows("meta json pubDate dc:date box parse dateline", [
    "Sun, 03/03/2024", "Sun, 03/03/2024 - 10:22", "Sunday, 03/03/2024", "Sun 03/03/2024 10:22", "Sun, 3/3/2024 10:22 PM",
    "So., 03.03.2024", "Sun 2024-03-03", "Sunday, 2024-03-03 10:22", "Sun 03-03-2024",
]) + _rows("json box parse dateline", ["domingo, 03/03/2024", "dimanche 03/03/2024", "domenica 03/03/2024",
                                       "zondag 03/03/2024", "So 03.03.2024 10:22", "Sonntag, 03.03.24"])
# The weekday tells an ambiguous date's order where nothing else does: Tuesday 5 March, Friday 3 May; a weekday
# neither reading falls on (a slip) leaves the order the page's evidence gives (month first, as US English).
WEEKDAY_ORDER = (_rows("meta json pubDate parse dateline", ["Tue, 05/03/2024", "Tuesday 05/03/2024 10:22",
                                                            "mar. 05/03/2024", "Di., 05/03/2024"], TUESDAY)
                 + _rows("meta json pubDate parse dateline", ["Fri, 05/03/2024", "Fri 05/03/2024 - 10:22"], FRIDAY)
                 + _rows("meta json parse", ["Mon, 05/03/2024", "05/03/2024"], FRIDAY)
                 + _rows("box trailer", ["Published: Tue, 05/03/2024"], TUESDAY))
# Dates as pages show them: weekdays, ordinals, short months with and without their dot, times, zones.
WRITTEN = _rows(SHOWN, [
    "Sunday 3 March 2024", "Sun 3rd Mar 2024 10:22", "Sunday, March 3, 2024", "Sun, Mar 3, 2024", "Sun. Mar. 3, 2024",
    "March 3rd, 2024", "3rd of March 2024", "3rd March 2024", "Sunday 3rd of March 2024", "Mar. 3, 2024", "3 Mar. 2024",
    "March 3, 2024 10:22 a.m.", "March 3, 2024 at 10:22 pm", "March 3, 2024, 12 noon", "Sunday, March 3, 2024, noon",
    "3 March 2024 10:22 NZDT", "3 March 2024 10:22am AEST", "Sun 3 Mar 2024 10.00 GMT", "Sun 3 Mar 2024 10.00 BST",
    "3 March 2024, 10:22 CET", "March 3, 2024 10:22 +1300", "March 3, 2024 10:22 GMT+13", "March 3, 2024 10:22 UTC",
    "10:22 AM, March 3, 2024", "10:22pm Sunday March 3, 2024", "10:22 AM EST, Sun March 3, 2024",
    "March 3, 2024 10:22 PM EST", "MARCH 3, 2024", "SUNDAY, MARCH 3, 2024", "Sunday, 3 March, 2024", "3 March, 2024",
    "March 3 2024", "Mar 3rd 2024", "Mar 3rd, 2024 10:22AM", "3-Mar-2024", "03-Mar-24", "March 3, 2024 @ 10:22 am",
    "3 March 2024 • 10:22am", "3 March 2024 - 10:22 AM NZDT", "March 3, 2024 10:22 p.m. EST", "3/3/2024, 10:22:00 AM",
    "Mar 3, 2024, 10:22:00 AM", "2024-03-03 10:22", "2024-03-03 23:59:00 -0500", "2024/03/03", "2024.03.03",
    "03.03.2024", "03.03.2024 10:22", "3.3.2024", "3.3.2024, 10:22:00", "Sun,  3 Mar 2024 10:22:00 GMT",
    "Sun,03 Mar 2024 10:22:00 GMT", "3 Mar 2024 10:22:00 +0000",
]) + _rows(SHOWN, ["Sept. 3, 2024", "3 Sept 2024", "3 Sept. 2024"], date(2024, 9, 3))
# The languages of Western Europe's papers.
EUROPEAN = _rows(SHOWN, [
    "3 mars 2024", "dimanche 3 mars 2024", "dimanche 3 mars 2024 à 10h22", "le 3 mars 2024", "3 mars 2024 à 10:22",
    "3. März 2024", "03. März 2024", "3.März 2024", "Sonntag, 3. März 2024", "So., 3. März 2024, 10:22 Uhr",
    "3. März 2024 um 10:22 Uhr", "03.03.2024, 10:22 Uhr", "3. Mrz. 2024", "3 de marzo de 2024", "3 de marzo del 2024",
    "sábado, 3 de marzo de 2024 10:22", "domingo, 3 de marzo de 2024 10:22", "03/03/2024 10:22 h", "3 marzo 2024",
    "domenica 3 marzo 2024", "domenica, 3 marzo 2024 alle 10:22", "03/03/2024 ore 10:22", "3 de março de 2024",
    "domingo, 3 de março de 2024", "3 de março de 2024 às 10:22", "03/03/2024 10h22", "3.mar.2024 às 10h22",
    "3 maart 2024", "zondag 3 maart 2024", "zondag 3 maart 2024 om 10:22", "3 mrt 2024", "3 mrt. 2024",
]) + _rows("time box json parse", ["1er mars 2024"], date(2024, 3, 1))
# A date line labelled in its language, a time and a weekday after it.
LABELLED = _rows("box dateline trailer", [
    "Published: 3 March 2024", "First published on Sun 3 Mar 2024 10.22 GMT", "Veröffentlicht am 3. März 2024",
    "Publié le dimanche 3 mars 2024 à 10h22", "Publicado el domingo, 3 de marzo de 2024",
    "Pubblicato il 3 marzo 2024 alle 10:22", "Gepubliceerd op zondag 3 maart 2024",
    "Publicado em 3 de março de 2024 às 10h22", "Published: March 3, 2024 10:22 +1300", "Published: 2024-03-03T10:22:00",
])
# Two dates on one line: the publication's, never the update's.
TWO_DATES = _rows("box dateline", [
    "Published: 3 March 2024 | Updated: 5 March 2024", "Updated 5 March 2024 | Published 3 March 2024",
    "Published 3 March 2024, updated 5 March 2024", "Publié le 03 mars 2024 à 10h22, modifié le 05 mars 2024 à 11h00",
]) + _rows("trailer", ["Published: 3 March 2024 | Updated: 5 March 2024"])
# Unix time and .NET's JSON dates in a JSON record; the day at the writer's offset where one is given.
EPOCHS = _rows("json", [1709461320, 1709461320000, "1709461320", "1709461320000", 1709461320.5,
                        "/Date(1709461320000)/", "Sun Mar 03 10:22:00 NZDT 2024", "Sun Mar 03 10:22:00 +1300 2024",
                        "2024-W09-7"]) \
    + _rows("json", ["/Date(1709495000000+1300)/"], date(2024, 3, 4)) + _rows("meta", ["1709461320"])
# Other days: every month's names, a year's turn, a leap day, each at its zone's own day.
OTHER_DAYS = [row for text, day in [
    ("Jan. 5, 2024", date(2024, 1, 5)), ("Feb 29, 2024", date(2024, 2, 29)), ("Aug. 14, 2023", date(2023, 8, 14)),
    ("Dec 31, 2023 11:59 PM", date(2023, 12, 31)), ("July 4th, 2023", date(2023, 7, 4)), ("4 July 2023", date(2023, 7, 4)),
    ("1 October 2023 09:00 BST", date(2023, 10, 1)), ("Oct 1, 2023 9:00 AM EDT", date(2023, 10, 1)),
    ("Thursday, 30 November 2023", date(2023, 11, 30)), ("June 1, 2024 - 12:01am AEST", date(2024, 6, 1)),
    ("15 janvier 2024", date(2024, 1, 15)), ("1er février 2024", date(2024, 2, 1)), ("15 août 2023", date(2023, 8, 15)),
    ("mardi 2 juillet 2024", date(2024, 7, 2)), ("31. Dezember 2023", date(2023, 12, 31)),
    ("5. Jänner 2024", date(2024, 1, 5)), ("Mittwoch, 12. Juni 2024", date(2024, 6, 12)),
    ("3. Okt. 2023", date(2023, 10, 3)), ("14 de febrero de 2024", date(2024, 2, 14)),
    ("1 de setiembre de 2023", date(2023, 9, 1)), ("jueves, 25 de julio de 2024", date(2024, 7, 25)),
    ("25 dicembre 2023", date(2023, 12, 25)), ("30 giugno 2024", date(2024, 6, 30)),
    ("1º de maio de 2024", date(2024, 5, 1)), ("7 de julho de 2024", date(2024, 7, 7)),
    ("12 oktober 2023", date(2023, 10, 12)), ("5 mei 2024", date(2024, 5, 5)), ("dinsdag 12 juni 2024", date(2024, 6, 12)),
] for row in _rows(SHOWN, [text], day)]
TURNS = [row for text, day in [
    ("2023-12-31T23:30:00-05:00", date(2023, 12, 31)), ("2024-01-01T00:30:00+13:00", date(2024, 1, 1)),
    ("Mon, 01 Jan 2024 00:30:00 +1300", date(2024, 1, 1)), ("Sun, 31 Dec 2023 23:59:59 -1000", date(2023, 12, 31)),
    ("2024-02-29T12:00:00Z", date(2024, 2, 29)), ("2023-02-29", None), ("0001-01-01T00:00:00", None),
    ("1970-01-01T00:00:00Z", None),
] for row in _rows("meta json pubDate dc:date", [text], day)]
# No day rather than a wrong one: relative times, a day without its year, an update's day on a text's line, an
# ordinal day of the year (a number too), a week past the year's last, words that only start as weekdays do.
NONE = _rows("time box dateline", ["3 hours ago", "Mar 3", "Sunday"], None) \
    + _rows("dateline trailer", ["Last updated 5 March 2024", "Updated: Tue, 05/03/2024"], None) \
    + _rows("parse", ["2024-063", "2024-W54-1", "Mon 3.5", "Do 3 things", "Sunday 3"], None) \
    + _rows("json", [0, "0", "/Date(0)/", "/Date(abc)/"], None)
# A month's name between dashes or slashes, as logs, Apache's access log and Excel-minded exports write it.
DELIMITED_MONTHS = _rows("meta json pubDate box dateline parse", [
    "Mar-03-2024", "2024-Mar-03", "03/Mar/2024", "03/Mar/2024:10:22:00 +1300", "2024/Mar/03", "03-Mar-2024",
])
# A text's date line holding a stamp as software prints it: compact ISO, a space or an hour-only offset, a zone's
# name in brackets after an RFC 822 stamp.
LINE_STAMPS = _rows("dateline", [
    "20240303T102200Z", "2024-03-03T10:22:00 +13:00", "2024-03-03T10:22:00+13", "Sun, 03 Mar 2024 10:22:00 +1300 (NZDT)",
    "20240303T1022Z", "20240303T102200+1300", "2024-03-03T10:22:00 Z", "March 3, 2024 10:22 +13",
    "Sun, 03 Mar 2024 10:22:00 +13", "3 March 2024 10:22 (NZDT)",
    "3 March 2024 10:22 (New Zealand Daylight Time)",
])
# A bare number, or a month's name with no day, stays no date.
DELIMITED_NONE = _rows("box dateline parse", ["2024", "Mar-2024", "2024-Mar", "03/Mar", "1300"], None) \
    + _rows("dateline", ["20240303", "20240303T2522Z", "(NZDT)", "Harbour plan (NZDT)", "3 March 2024 10:22 (Updated)"], None)
ROWS = (DELIMITED_MONTHS + LINE_STAMPS + DELIMITED_NONE + STAMPS + VARIANTS + EXPORTS + MORE + WIRES
        + WEEKDAY_NUMBERS + WEEKDAY_ORDER + WRITTEN + EUROPEAN + LABELLED
        + TWO_DATES + EPOCHS + OTHER_DAYS + TURNS + NONE)


@pytest.mark.parametrize(("place", "text", "day"), ROWS)
def test_a_date_as_written_where_it_stands(place: str, text: object, day: date | None) -> None:
    assert PLACES[place](text) == day


def test_the_table_is_the_size_it_says() -> None:
    assert len({text for _place, text, _day in ROWS}) >= 250 and len(set(ROWS)) == len(ROWS)
