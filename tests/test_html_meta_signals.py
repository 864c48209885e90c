"""Dates and bylines a page shows plainly that newssearch had missed, each as a tiny page: one case per rule, and the
trap beside it that must still give nothing (or the old answer)."""

from __future__ import annotations

from datetime import date

import pytest

from newssearch.documents.html import extract

BODY = "<p>" + "Officials said the work was finished, on time, and under budget. " * 3 + "</p>"


def page(head: str = "", body: str = "", lang: str = "de") -> str:
    return f'<html lang="{lang}"><head>{head}</head><body><article>{body}{BODY}</article></body></html>'


@pytest.mark.parametrize("key", ["date", "dcterms.date", "DC.date"])
def test_a_time_stamp_the_page_shows_wins_over_a_meta_date_that_names_no_publication(key: str) -> None:
    # TYPO3 fills <meta name="date"> with the record's date, days before the news item it shows went out.
    found = extract(page(f'<meta name="{key}" content="2022-01-21T15:38:44+01:00">',
                         '<h1>Mit Hund im Winter</h1><time datetime="2022-01-27">27.01.2022</time>'))
    assert (found.date, found.date_source) == (date(2022, 1, 27), "time")


def test_a_meta_date_still_dates_a_page_that_shows_no_stamp() -> None:
    found = extract(page('<meta name="date" content="2022-01-21T15:38:44+01:00">', "<h1>Mit Hund im Winter</h1>"))
    assert (found.date, found.date_source) == (date(2022, 1, 21), "meta")


def test_a_publication_meta_tag_still_wins_over_a_time_stamp() -> None:
    found = extract(page('<meta property="article:published_time" content="2022-01-15">',
                         '<h1>Schneesport</h1><time datetime="2022-01-25">25.01.2022</time>'))
    assert found.date == date(2022, 1, 15)
