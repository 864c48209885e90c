"""What the date options say of dates they cannot take, and what they change: year 0 (``--since 0000``) said to be no
year, ``--since "last week"`` offered both its readings, and the scores of ``--recent`` and ``--around`` when a note
says they change nothing (they had been halved, the order kept)."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest
from click.testing import CliRunner
from conftest import index_of_texts

from newssearch.cli import cli
from newssearch.errors import InvalidQuery
from newssearch.timefilter import parse_bound

TODAY = date(2026, 12, 8)  # a Tuesday of ISO week 50


@pytest.mark.parametrize("typed", ["0000", "0000-06", "0000-01-01", "00000101"])
def test_year_0_is_said_to_be_no_year(typed: str) -> None:
    with pytest.raises(InvalidQuery) as raised:
        parse_bound(typed, today=TODAY)
    assert raised.value.for_cli().startswith(f"{typed!r} is not a real date (there is no year 0, the first being "
                                             "0001; use YYYY")


@pytest.mark.parametrize(("typed", "first", "second"), [
    ("last week", "2026-W49", "1w"), ("last month", "2026-11", "1m"), ("last year", "2025", "1y"),
    ("Last  Week", "2026-W49", "1w"),
])
def test_last_week_offers_both_readings(typed: str, first: str, second: str) -> None:
    with pytest.raises(InvalidQuery) as raised:
        parse_bound(typed, today=TODAY)
    unit = typed.split()[-1].lower()
    assert raised.value.for_cli().startswith(
        f"cannot read the date {typed!r} (last {unit} may be the calendar {unit} or the {unit} back from today: "
        f"write {first} for the first, {second} for the second; use YYYY")


def test_the_calendar_week_offered_is_taken() -> None:
    assert parse_bound("2026-W49", today=TODAY).date() == date(2026, 11, 30)


PLAIN = {"a.txt": "Dollar rises\n\nThe dollar rose against the yen on Monday, dealers said.",
         "b.txt": "Dollar falls\n\nThe dollar fell sharply as the dollar weakened, dealers said."}


@pytest.fixture(scope="module")
def undated_index(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return index_of_texts(tmp_path_factory.mktemp("undated"), PLAIN)


def _scores(index: Path, *args: str) -> tuple[list[tuple[str, float]], str | None]:
    out = CliRunner().invoke(cli, ["query", "dollar", *args, "--index-dir", str(index), "--json"])
    data = json.loads(out.stdout)
    return [(hit["id"], hit["score"]) for hit in data["hits"]], data["notice"]


@pytest.mark.parametrize("option", [["--around", "2019"], ["--recent"]])
def test_a_decay_said_to_change_nothing_leaves_the_scores_as_they_are(undated_index: Path, option: list[str]) -> None:
    # the note said it changed nothing, yet every score was halved (0.6091 to 0.3045)
    plain, _ = _scores(undated_index)
    decayed, notice = _scores(undated_index, *option)
    assert decayed == plain
    assert notice == f"no article in this index has a publication date, so {option[0]} changes nothing"


DATED = {"old.txt": "Dollar falls\nDate: 1990-01-05\n\nThe dollar fell sharply as the dollar weakened, dealers said.",
         "new.txt": "Dollar rises\nDate: 2020-01-05\n\nThe dollar rose against the yen on Monday, dealers said.",
         "undated.txt": "Dollar steady\n\nThe dollar held steady against the dollar index, dealers said."}


@pytest.fixture(scope="module")
def dated_index(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return index_of_texts(tmp_path_factory.mktemp("dated"), DATED)


def test_around_a_date_far_from_every_article_leaves_the_scores_as_they_are(dated_index: Path) -> None:
    plain, _ = _scores(dated_index)
    decayed, notice = _scores(dated_index, "--around", "2100")
    assert decayed == plain
    assert notice == ("no article of this index is dated within a year of 2100 (its articles are dated 1990-01-05 to "
                      "2020-01-05), so --around changes nothing")


def test_no_dated_article_found_leaves_the_scores_as_they_are(dated_index: Path) -> None:
    plain, _ = _scores(dated_index, "steady")
    decayed, notice = _scores(dated_index, "steady", "--recent")
    assert decayed == plain and len(plain) == 1
    assert notice == "no article found has a publication date, so --recent changes nothing"


@pytest.mark.parametrize(("typed", "day"), [
    ("last 7 days", date(2026, 12, 1)), ("the last 2 weeks", date(2026, 11, 24)), ("past 3 months", date(2026, 9, 8)),
    ("the past week", date(2026, 12, 1)), ("past month", date(2026, 11, 8)), ("Past Year", date(2025, 12, 8)),
])
def test_a_span_back_said_as_a_journalist_says_it_is_taken(typed: str, day: date) -> None:
    # "last 7 days" and "the past week" had been refused with the date forms alone; unlike "last week" they are one span
    assert parse_bound(typed, today=TODAY).date() == day


def test_past_and_last_are_no_span_before_a_month_s_name() -> None:
    with pytest.raises(InvalidQuery):
        parse_bound("past March", today=TODAY)


@pytest.mark.parametrize(("typed", "first", "last"), [
    ("this week", date(2026, 12, 7), date(2026, 12, 13)), ("This Month", date(2026, 12, 1), date(2026, 12, 31)),
    ("this year", date(2026, 1, 1), date(2026, 12, 31)), ("the current month", date(2026, 12, 1), date(2026, 12, 31)),
])
def test_this_week_is_the_calendar_week_that_holds_today(typed: str, first: date, last: date) -> None:
    # it had been refused with the date forms alone, though only one span is meant
    assert (parse_bound(typed, today=TODAY).date(), parse_bound(typed, end=True, today=TODAY).date()) == (first, last)


@pytest.mark.parametrize(("typed", "hint"), [
    ("Q3 2020", "a quarter is its three months: write --since 2020-07 --until 2020-09 (or date:[2020-07 TO 2020-09])"),
    ("2020-Q1", "a quarter is its three months: write --since 2020-01 --until 2020-03 (or date:[2020-01 TO 2020-03])"),
    ("2020s", "a decade is its ten years: write --since 2020 --until 2029"),
    ("the 1980s", "a decade is its ten years: write --since 1980 --until 1989"),
    ("Monday", "a day is written as its date: 2026-12-07 is the latest Monday"),
    ("last Tuesday", "a day is written as its date: 2026-12-01 is the latest Tuesday"),  # TODAY is a Tuesday
])
def test_a_quarter_a_decade_or_a_weekday_is_told_how_to_write_it(typed: str, hint: str) -> None:
    with pytest.raises(InvalidQuery) as raised:
        parse_bound(typed, today=TODAY)
    assert raised.value.for_cli().startswith(f"cannot read the date {typed!r} ({hint}; use YYYY")
