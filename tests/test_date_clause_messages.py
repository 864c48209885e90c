"""What a query says of a date typed as the date clauses do not take it: a month's number compared without its year
(``month:>=10``), a range from a day named from today (``date:[yesterday to 2020]``), years joined by two dots
outside a clause (``2020..2021``), and a byline row pasted whole (``Jane Smith | NZ Herald | 26 Oct 2020``)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from click.testing import CliRunner

from newssearch.cli import cli

_GENERIC = ("use date:2020, date:2020-06, date:2020-06-19 (or date:20200619, date:\"1 June 2020\") or "
            "date:[2020-01 to 2020-06] (open: date:>2020-01, date:[2020-01 TO *]); --since 2w for a span back from "
            "today")


def _query(index: Path, *args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(cli, ["query", *args, "--index-dir", str(index), "-n", "0"])
    return result.exit_code, result.stdout, result.stderr


def _latest(month: int) -> int:
    today = date.today()
    return today.year if month <= today.month else today.year - 1


@pytest.mark.parametrize("sign", [">=", ">", "<", "<="])
def test_a_month_number_compared_without_its_year_is_told_the_clause_with_its_year(features_index: Path,
                                                                                    sign: str) -> None:
    # month:>=10 had been given the generic date help alone, as if month:10's hint did not apply
    said = (f"Error: cannot read the date in 'month:{sign}10' (a month needs its year: write "
            f"month:{sign}{_latest(10)}-10 (the latest October); {_GENERIC})\n")
    assert _query(features_index, f"month:{sign}10") == (2, "", said)


def test_a_range_of_month_numbers_without_their_years_is_told_the_range_with_its_years(features_index: Path) -> None:
    # month:[10 TO 12] had been given the generic date help alone, where month:10 and month:>=10 are told their year
    end = _latest(12)
    said = (f"Error: cannot read the date in 'month:[10 TO 12]' (a month needs its year: write "
            f"month:[{end}-10 TO {end}-12] (the latest October to December); {_GENERIC})\n")
    assert _query(features_index, "month:[10 TO 12]") == (2, "", said)


def test_a_range_of_month_numbers_across_a_new_year_starts_in_the_year_before(features_index: Path) -> None:
    end = _latest(2)
    said = (f"Error: cannot read the date in 'month:[11 TO 2]' (a month needs its year: write "
            f"month:[{end - 1}-11 TO {end}-02] (the latest November to February); {_GENERIC})\n")
    assert _query(features_index, "month:[11 TO 2]") == (2, "", said)


@pytest.mark.parametrize(("typed", "clause"), [("date:[2w TO today]", "date:[{day} TO today]"),
                                               ("date:[2w TO *]", "date:[{day} TO *]"),
                                               ("date:>=2w", "date:>={day}")])
def test_a_span_back_from_today_in_a_date_clause_is_told_its_day_and_since(features_index: Path, typed: str,
                                                                           clause: str) -> None:
    # date:[2w TO today] had been given the generic date help alone, quoting 'date:[2w TO 2026-12-07]'
    day = date.fromordinal(date.today().toordinal() - 14).isoformat()
    said = (f"Error: cannot read the date in '{typed}' (2w is a span back from today, which a date clause does not "
            f"take: write {clause.format(day=day)}, or --since 2w; {_GENERIC})\n")
    assert _query(features_index, typed) == (2, "", said)


@pytest.mark.parametrize("typed", ["date:[yesterday to 2020-13]", "date:[today TO 2020-13]"])
def test_a_range_from_a_day_named_from_today_that_cannot_be_read_quotes_it_as_typed(features_index: Path,
                                                                                   typed: str) -> None:
    # it had quoted the clause rewritten, 'date:[2026-12-06 to 2020-13]', a range the user never typed
    assert _query(features_index, typed) == (2, "", f"Error: cannot read the date in '{typed}' ({_GENERIC})\n")


@pytest.mark.parametrize("typed", ["date:[20200101 TO 2020-13]", "date:[2020-13 TO 20200101]",
                                   "date:[26/02/1987 TO 2020-13]", "date:[2020/01/01 TO 2020-13]",
                                   "date:[20200101 TO 20201301]"])
def test_a_range_with_a_day_rewritten_that_cannot_be_read_quotes_it_as_typed(features_index: Path,
                                                                              typed: str) -> None:
    # it had quoted the range with its readable days rewritten, 'date:[2020-01-01 TO 2020-13]', never typed
    assert _query(features_index, typed) == (2, "", f"Error: cannot read the date in '{typed}' ({_GENERIC})\n")


def test_a_range_with_a_day_rewritten_ending_before_it_starts_quotes_it_as_typed(features_index: Path) -> None:
    said = "Error: 'date:[20210101 TO 2020]' ends before it starts (swap the two dates)\n"
    assert _query(features_index, "date:[20210101 TO 2020]") == (2, "", said)


@pytest.mark.parametrize(("typed", "bracketed"), [("date:yesterday..2020-13", "[yesterday TO 2020-13]"),
                                                  ("date:2020..2020-13", "[2020 TO 2020-13]"),
                                                  ("date:2020-13..", "[2020-13 TO *]")])
def test_two_dots_with_an_end_that_cannot_be_read_quote_them_as_typed(features_index: Path, typed: str,
                                                                      bracketed: str) -> None:
    # it had quoted the range rewritten, 'date:[2020 TO 2020-13]', never typed
    said = f"Error: cannot read the date in '{typed}' (a range is written date:{bracketed}; {_GENERIC})\n"
    assert _query(features_index, typed) == (2, "", said)


def test_two_dots_reversed_quote_them_as_typed(features_index: Path) -> None:
    # it had quoted the range rewritten, 'date:[2021 TO 2020]'
    assert _query(features_index, "date:2021..2020") == (2, "", "Error: 'date:2021..2020' ends before it starts "
                                                                "(swap the two dates)\n")


def test_a_range_from_yesterday_quotes_it_as_typed(features_index: Path) -> None:
    # it had quoted the clause rewritten, 'date:[2026-12-06 to 2020]', a range the user never typed
    said = "Error: 'date:[yesterday to 2020]' ends before it starts (swap the two dates)\n"
    assert _query(features_index, "date:[yesterday to 2020]") == (2, "", said)


def test_a_range_from_today_back_to_yesterday_quotes_it_as_typed(features_index: Path) -> None:
    said = "Error: 'date:[today TO yesterday]' ends before it starts (swap the two dates)\n"
    assert _query(features_index, "date:[today TO yesterday]") == (2, "", said)


def test_two_dots_from_yesterday_quote_it_as_typed(features_index: Path) -> None:
    said = "Error: 'date:yesterday..2020' ends before it starts (swap the two dates)\n"
    assert _query(features_index, "date:yesterday..2020") == (2, "", said)


def test_a_range_from_yesterday_that_holds_days_is_still_read(features_index: Path) -> None:
    assert _query(features_index, "date:[2020 to yesterday]") == (0, "5 results for 'date:[2020 to yesterday]'\n", "")


def test_years_joined_by_two_dots_are_offered_the_date_clause(features_index: Path) -> None:
    # 2020..2021 is the phrase "2020 2021": it had found nothing, unsaid
    said = ("Note: 2020..2021 is searched as the phrase \"2020 2021\": 'police date:2020..2021', the articles "
            "published from 2020 to 2021, finds 4.\n")
    assert _query(features_index, "police 2020..2021") == (1, "", "No articles match 'police 2020..2021'.\n" + said)


@pytest.mark.parametrize("typed", ["police 2021..2020", "police 0000..2020", '"police 2020..2021"'])
def test_years_joined_by_two_dots_that_are_no_range_get_no_date_clause(features_index: Path, typed: str) -> None:
    code, _out, err = _query(features_index, typed)
    assert code == 1 and "date:" not in err and "Error" not in err


def test_a_pasted_byline_row_reads_its_date_as_a_date_and_its_cells_as_clauses(features_index: Path) -> None:
    # "26 Oct 2020" had been "read as the site's name in a pasted tab title", and no note said what finds the story
    typed = "Jane Smith | NZ Herald | 26 Oct 2020"
    said = ('Note: "26 Oct 2020" is read as a date pasted with the words: its words rank but are not required '
            "(date:2020-10-26: the articles published that day); Jane Smith | NZ Herald | 26 Oct 2020 reads as a "
            """byline row: 'author:"Jane Smith" source:"NZ Herald" date:2020-10-26' finds 1.\n""")
    assert _query(features_index, typed) == (1, "", f"No articles match '{typed}'.\n" + said)


def test_a_title_pasted_with_its_site_and_day_names_each(features_index: Path) -> None:
    typed = "Police officer shot at by gunmen | NZ Herald | 26 Oct 2020"
    said = ('Note: "NZ Herald" is read as the site\'s name in a pasted tab title: its words rank but are not '
            'required; "26 Oct 2020" is read as a date pasted with the words: its words rank but are not required '
            "(date:2020-10-26: the articles published that day).\n")
    assert _query(features_index, typed) == (0, f"2 results for '{typed}'\n", said)


def test_a_byline_row_of_an_author_and_a_day_is_read_so(features_index: Path) -> None:
    typed = "Jane Smith · 26 October 2020"
    said = """Note: Jane Smith · 26 October 2020 reads as a byline row: 'author:"Jane Smith" date:2020-10-26' finds 1.\n"""
    assert _query(features_index, typed) == (1, "", f"No articles match '{typed}'.\n" + said)


@pytest.mark.parametrize("typed", ["Jane Smith | 2020-10-28", "Jane Smith | Nobody Here | 26 Oct 2020",
                                   "Jane Smith | NZ Herald"])
def test_a_row_whose_clauses_find_nothing_or_without_a_day_is_no_byline_row(features_index: Path, typed: str) -> None:
    assert "byline row" not in _query(features_index, typed)[2]


def test_months_joined_by_two_dots_are_told_their_own_date_clause(features_index: Path) -> None:
    # refused as two words, it had been told date:2020..2021, not the clause of the months typed
    said = ("Error: two dots between words in '2020-10..2020-12' (a range of dates is a date clause's: write "
            "date:2020-10..2020-12)\n")
    assert _query(features_index, "police 2020-10..2020-12") == (2, "", said)


@pytest.mark.parametrize(("typed", "clause", "options"), [
    ("date:>2w", "date:>{day}", "--since 13d"),
    ("date:<2w", "date:<{day}", "--until 15d"),
    ("date:<=2w", "date:<={day}", "--until 2w"),
    ("date:{{2w TO today]", "date:{{{day} TO today]", "--since 13d"),
    ("date:>1d", "date:>{day}", "--since today"),
])
def test_a_span_compared_strictly_is_told_the_since_or_until_of_the_day_after_or_before(features_index: Path,
                                                                                       typed: str, clause: str,
                                                                                       options: str) -> None:
    # date:>2w (after the day two weeks back) had been told --since 2w, which takes that day too: a day off
    span = "1d" if "1d" in typed else "2w"
    back = {"2w": 14, "1d": 1}[span]
    day = date.fromordinal(date.today().toordinal() - back).isoformat()
    typed = typed.format()
    said = (f"Error: cannot read the date in '{typed}' ({span} is a span back from today, which a date clause does "
            f"not take: write {clause.format(day=day)}, or {options}; {_GENERIC})\n")
    assert _query(features_index, typed) == (2, "", said)


def test_a_span_of_months_compared_strictly_is_told_the_day_after_as_since(features_index: Path) -> None:
    from newssearch.timefilter import parse_bound

    day = parse_bound("6m").date()
    after = date.fromordinal(day.toordinal() + 1).isoformat()
    said = (f"Error: cannot read the date in 'date:>6m' (6m is a span back from today, which a date clause does "
            f"not take: write date:>{day.isoformat()}, or --since {after}; {_GENERIC})\n")
    assert _query(features_index, "date:>6m") == (2, "", said)
