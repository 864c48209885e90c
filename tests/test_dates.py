"""Publication dates parsed from metadata strings; placeholders rejected; local day kept."""

from __future__ import annotations

from datetime import date

import pytest

from newssearch.documents.dates import parse_date


@pytest.mark.parametrize("value, expected", [
    ("2020-06-19", date(2020, 6, 19)),
    ("2020-06-19T23:30:00+12:00", date(2020, 6, 19)),  # the publisher's day, not UTC's 18th
    ("2020-06-18T20:00:00-05:00", date(2020, 6, 18)),
    ("Fri, 19 Jun 2020 10:00:00 +1200", date(2020, 6, 19)),
    ("June 5, 2020", date(2020, 6, 5)),
    ("5 June 2020", date(2020, 6, 5)),
    ("01/04/63", date(1963, 1, 4)),
    ("20200619", date(2020, 6, 19)),
    (1592560000, date(2020, 6, 19)),
])
def test_parses_common_forms(value: object, expected: date) -> None:
    assert parse_date(value) == expected


@pytest.mark.parametrize("value", ["0001-01-01", "1970-01-01T00:00:00Z", "2020-02-30", "soon", "", None, 0])
def test_rejects_placeholders_and_nonsense(value: object) -> None:
    assert parse_date(value) is None


@pytest.mark.parametrize("value, expected", [
    ("15. März 2023", date(2023, 3, 15)),
    ("Veröffentlicht am 03.11.2023 | 18:22 Uhr", date(2023, 11, 3)),   # day first, as Europe writes it
    ("3 novembre 2023", date(2023, 11, 3)),
    ("1er janvier 2020", date(2020, 1, 1)),
    ("5 de mayo de 2021", date(2021, 5, 5)),
    ("12 agosto 2019", date(2019, 8, 12)),
    ("8 maart 2022", date(2022, 3, 8)),
])
def test_dates_in_other_languages(value: str, expected: date) -> None:
    assert parse_date(value) == expected
