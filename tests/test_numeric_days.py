"""A day typed day or month first in digits (26/02/1987, 02/26/1987, 26.02.1987) is read when only one order makes a
real day, in --since, --until, --around and a date: clause; one both orders read (03/04/2020) is still refused."""

from __future__ import annotations

from datetime import date, datetime

import pytest
from click.testing import CliRunner

from newssearch.cli import cli
from newssearch.errors import InvalidQuery
from newssearch.numericdays import single_reading
from newssearch.timefilter import parse_bound

TODAY = date(2026, 3, 31)


@pytest.mark.parametrize(("typed", "iso"), [
    ("26/02/1987", "1987-02-26"),  # 26 is no month: day first, as a British or New Zealand story writes it
    ("02/26/1987", "1987-02-26"),  # 26 is no month: month first, as an American form writes it
    ("26.02.1987", "1987-02-26"),  # a German or Scandinavian day
    ("26-02-1987", "1987-02-26"),
    ("5/5/2020", "2020-05-05"),  # both orders read alike
    ("29.02.2024", "2024-02-29"),
    ("03/04/2020", None),  # 3 April or 4 March: not guessed
    ("31/02/2024", None),  # no real day either way
    ("02/29/24", None),  # a year not written in full
    ("26/02-1987", None),  # one separator throughout
])
def test_a_day_typed_day_or_month_first_has_a_single_reading_only_when_one_order_is_a_day(typed: str,
                                                                                            iso: str | None) -> None:
    assert single_reading(typed) == iso


def test_since_and_until_read_a_day_only_one_order_makes() -> None:
    assert parse_bound("26/02/1987", today=TODAY) == datetime(1987, 2, 26)
    assert parse_bound("02/26/1987", end=True, today=TODAY).date() == date(1987, 2, 26)
    with pytest.raises(InvalidQuery) as raised:
        parse_bound("03/04/2020", today=TODAY)
    assert "write the year first, 2020-03-04 or 2020-04-03" in raised.value.for_cli()


def test_a_date_clause_and_since_take_a_day_written_day_first(features_index) -> None:
    runner, where = CliRunner(), ["--index-dir", str(features_index)]
    iso = runner.invoke(cli, ["query", "police", "date:2020-06-19", "--csv", *where], env={})
    for typed in ("date:19/06/2020", "date:06/19/2020", "date:19.06.2020", "date:[19/06/2020 TO 19/06/2020]"):
        out = runner.invoke(cli, ["query", "police", typed, "--csv", *where], env={})
        assert (out.exit_code, out.stdout) == (iso.exit_code, iso.stdout), typed
    since = [runner.invoke(cli, ["query", "police", "--since", day, "--until", day, "--csv", *where], env={}).stdout
             for day in ("2020-06-19", "19/06/2020", "06/19/2020")]
    assert since[1:] == since[:1] * 2 and iso.exit_code == 0 and since[0].count("\n") == iso.stdout.count("\n")
    both = runner.invoke(cli, ["query", "police", "date:03/04/2020", *where], env={})
    assert both.exit_code == 2 and "write the year first, 2020-03-04 or 2020-04-03" in both.stderr


@pytest.mark.parametrize("name", ["query", "similar", "timeline"])
def test_since_help_names_a_day_typed_day_or_month_first(name: str) -> None:
    # --since had read 26/02/1987 while its help named only YYYY-MM-DD, YYYY/MM/DD and YYYYMMDD
    text = " ".join(CliRunner().invoke(cli, [name, "--help"]).output.split())
    since = text.split("--since DATE Published on or after (", 1)[1].split(").", 1)[0]
    assert "26/02/1987 or 02/26/1987 when only one order makes a real day" in since


def test_help_syntax_names_a_date_clause_typed_day_or_month_first() -> None:
    text = " ".join(CliRunner().invoke(cli, ["help", "syntax"]).output.split())
    assert ("A day typed day or month first with its year in full (date:26/02/1987, --since 02/26/1987) is read when "
            "only one order makes a real day; 03/04/2020 is refused: type the year first.") in text
