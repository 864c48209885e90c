"""--since/--until values: partial dates, relative spans, errors with the accepted forms."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from newssearch.errors import InvalidQuery
from newssearch.timefilter import parse_bound

TODAY = date(2026, 3, 31)


@pytest.mark.parametrize("text, end, expected", [
    ("2020", False, datetime(2020, 1, 1)),
    ("2020", True, datetime(2020, 12, 31, 23, 59, 59, 999999)),
    ("2020-02", True, datetime(2020, 2, 29, 23, 59, 59, 999999)),
    ("2020-06-19", False, datetime(2020, 6, 19)),
    ("2w", False, datetime(2026, 3, 17)),
    ("1m", False, datetime(2026, 2, 28)),
    ("1y", False, datetime(2025, 3, 31)),
    ("today", False, datetime(2026, 3, 31)),
    ("20201231", False, datetime(2020, 12, 31)),  # ISO 8601's basic form, as archives name their files
    ("20200229", True, datetime(2020, 2, 29, 23, 59, 59, 999999)),
    ("2020-06-19T10:30:00Z", False, datetime(2020, 6, 19)),  # a timestamp, as a feed writes one: its day
    ("2020-06-19T23:59:59.5+05:30", True, datetime(2020, 6, 19, 23, 59, 59, 999999)),  # its own wall-clock day
    ("2020-06-19 10:30", False, datetime(2020, 6, 19)),
    # a month by its English name, as a reporter writes a date ("--since 'March 1987'" had been refused)
    ("March 1987", False, datetime(1987, 3, 1)),
    ("March 1987", True, datetime(1987, 3, 31, 23, 59, 59, 999999)),
    ("1 March 1987", True, datetime(1987, 3, 1, 23, 59, 59, 999999)),
    ("Mar. 1, 1987", False, datetime(1987, 3, 1)),
    ("1st  sept 1987", False, datetime(1987, 9, 1)),
    # a month named as the articles the index reads write it in German, French, Spanish ("--since 'Mai 2023'" had
    # been refused, though a text's "7. Mai 2023" dates it)
    ("Mai 2023", False, datetime(2023, 5, 1)),
    ("7. Mai 2023", False, datetime(2023, 5, 7)),
    ("März 2023", True, datetime(2023, 3, 31, 23, 59, 59, 999999)),
    ("12 février 2022", False, datetime(2022, 2, 12)),
    ("1er mars 2021", False, datetime(2021, 3, 1)),
    ("3 de marzo de 2021", False, datetime(2021, 3, 3)),
    ("septiembre de 2021", False, datetime(2021, 9, 1)),
    ("3 days ago", False, datetime(2026, 3, 28)),  # git's --since "2 weeks ago": as 3d
    ("2 weeks ago", False, datetime(2026, 3, 17)),
    ("a month ago", False, datetime(2026, 2, 28)),
    ("3 days", False, datetime(2026, 3, 28)),  # a span written out without "ago" (had been refused, its hint "7d")
    ("2 weeks", False, datetime(2026, 3, 17)),
])
def test_bounds(text: str, end: bool, expected: datetime) -> None:
    assert parse_bound(text, end=end, today=TODAY) == expected


@pytest.mark.parametrize("text", ["last week", "Marsh 1987", "March", "1 March 2 1987", "31 February 1987",
                                  "3 set 2021", "de marzo 2021", "3 marzo de de 2021",
                                  "2020-13", "2020-02-30", "20-06", "1000000d", "200000w",
                                  "99999999999d", "5000y", "20201399", "20200230", "2020123",
                                  "2020-06-19T25:00", "2020-02-30T10:00", "2020-06-19T10"])
def test_bad_dates_name_the_accepted_forms(text: str) -> None:
    with pytest.raises(InvalidQuery, match="YYYY-MM"):
        parse_bound(text, today=TODAY)


def test_last_week_is_refused_saying_how_to_write_the_week_back() -> None:
    # the calendar week before this one, or the 7 days back (git's reading)? Neither is guessed
    with pytest.raises(InvalidQuery) as raised:
        parse_bound("last week", today=TODAY)
    assert raised.value.for_cli().startswith("cannot read the date 'last week' (last week may be the calendar week or "
                                             "the week back from today: write 2026-W13 for the first, 1w "
                                             "for the second; use YYYY")


@pytest.mark.parametrize(("typed", "ids"), [
    (["oil", "--since", "March 1987"], ["a.txt", "b.txt", "c.txt"]),
    (["oil", "--until", "1 March 1987"], ["c.txt"]),
    (["oil", 'date:"March 1987"'], ["a.txt", "c.txt"]),
    (["oil", 'published:"April 2, 1987"'], ["b.txt"]),
    (["oil", 'date:["March 1987" TO "2 April 1987"]'], ["a.txt", "b.txt", "c.txt"]),
    (["oil", 'date:{"1 March 1987" TO *]'], ["a.txt", "b.txt"]),
    (["oil", 'date:["2 March 1987" TO 1987-04-01}'], ["a.txt"]),
    (["oil", 'date:>"March 1987"'], ["b.txt"]), (["oil", 'date:<="1 March 1987"'], ["c.txt"]),  # had been refused
    (['title:"March 1987"'], ["d.txt"]),  # a phrase: title: holds words, not dates
])
def test_a_month_named_in_english_is_a_date(tmp_path, typed: list[str], ids: list[str]) -> None:
    from click.testing import CliRunner
    from conftest import index_of_texts

    from newssearch.cli import cli

    index = index_of_texts(tmp_path, {"a.txt": "Date: 1987-03-09\n\nOil up\n\nOil rose.",
                                      "b.txt": "Date: 1987-04-02\n\nOil down\n\nOil fell.",
                                      "c.txt": "Date: 1987-03-01\n\nOil even\n\nOil held.",
                                      "d.txt": "Date: 1987-05-01\n\nMarch 1987\n\nThe news of March 1987."})
    out = CliRunner().invoke(cli, ["query", *typed, "--csv", "--index-dir", str(index)])
    assert (out.exit_code, sorted(line.split(",")[0] for line in out.stdout.splitlines()[1:])) == (0, ids)


def test_six_digits_are_no_month_and_the_error_says_how_one_is_written() -> None:
    # 202012 reads as YYMMDD too (ISO 8601 has no YYYYMM): refused, saying the month's own form
    with pytest.raises(InvalidQuery) as raised:
        parse_bound("202012", today=TODAY)
    assert raised.value.for_cli() == ("cannot read the date '202012' (a month is written 2020-12; use YYYY, YYYY-MM, "
                                      "YYYY-MM-DD (or YYYY/MM/DD, YYYYMMDD, 26/02/1987 or 02/26/1987 when only one "
                                      "order makes a real day), a month by its name (March 1987, 1 March 1987), "
                                      "today, yesterday, or a span back from today such as 7d, 2w, 6m, 1y (or 3 days "
                                      "ago, 2 weeks ago))")


@pytest.mark.parametrize(("compact", "iso"), [
    ("police date:20201026", "police date:2020-10-26"),
    ("police --since 20201026", "police --since 2020-10-26"),
    ("police --until 20201027 --since 20200101", "police --since 2020-01-01 --until 2020-10-27"),
    ("police date:[20200101 TO 20201027]", "police date:[2020-01-01 TO 2020-10-27]"),
    ("police date:>20201026", "police date:>2020-10-26"),
    ("police date:{20201026 to *]", "police date:{2020-10-26 to *]"),
    ("police published:<=20201026", "police published:<=2020-10-26"),
    ("police --around 20201026", "police --around 2020-10-26"),
])
def test_a_day_in_iso_basic_form_reads_as_its_extended_form(features_index, compact: str, iso: str) -> None:
    # --since 20201231 and date:20201231 had been refused ("cannot read the date")
    from click.testing import CliRunner

    from newssearch.cli import cli

    def ids(typed: str) -> list[str]:
        out = CliRunner().invoke(cli, ["query", *typed.split(), "--jsonl", "--index-dir", str(features_index)])
        assert out.exit_code == 0, out.stderr
        return [line.split('"id": ')[1].split(",")[0] for line in out.stdout.splitlines()]

    assert ids(compact) == ids(iso)


def test_a_compact_value_that_is_no_day_is_refused_as_typed(features_index) -> None:
    from click.testing import CliRunner

    from newssearch.cli import cli

    out = CliRunner().invoke(cli, ["query", "police", "date:20200231", "--index-dir", str(features_index)])
    assert out.exit_code == 2 and out.stderr.startswith("Error: cannot read the date in 'date:20200231' (use date:2020, "
                                                        "date:2020-06, date:2020-06-19 (or date:20200619, "
                                                        "date:\"1 June 2020\") or ")


@pytest.mark.parametrize(("slashed", "iso"), [
    ("police date:2020/10/26", "police date:2020-10-26"),
    ("police date:2020/10", "police date:2020-10"),
    ("police date:2020/6", "police date:2020-06"),
    ("police --since 2020/10", "police --since 2020-10"),
    ("police --until 2020/10/27 --since 2020/01/01", "police --since 2020-01-01 --until 2020-10-27"),
    ("police date:[2020/06 TO 2020/10/26]", "police date:[2020-06 TO 2020-10-26]"),
    ("police date:>2020/10/26", "police date:>2020-10-26"),
    ("police year:{2020/06 to *]", "police year:{2020-06 to *]"),
    ("police --around 2020/10/26", "police --around 2020-10-26"),
])
def test_a_date_slashed_year_first_reads_as_iso(features_index, slashed: str, iso: str) -> None:
    # ISO's order with slashes had been refused: "cannot read the date"
    from click.testing import CliRunner

    from newssearch.cli import cli

    def ids(typed: str) -> list[str]:
        out = CliRunner().invoke(cli, ["query", *typed.split(), "--jsonl", "--index-dir", str(features_index)])
        assert out.exit_code == 0, out.stderr
        return [line.split('"id": ')[1].split(",")[0] for line in out.stdout.splitlines()]

    assert ids(slashed) == ids(iso) != []


@pytest.mark.parametrize(("stamped", "day"), [
    ("police date:2020-10-26T10:00:00Z", "police date:2020-10-26"),
    ("police date:2020-10-26t23:59", "police date:2020-10-26"),
    ("police date:2020-10-26T10:00:00.123+13:00", "police date:2020-10-26"),
    ("police date:[2020-06-19T00:00:00Z TO 2020-10-26T23:59:59Z]", "police date:[2020-06-19 TO 2020-10-26]"),
    ("police date:>=2020-10-26T10:00:00Z", "police date:>=2020-10-26"),
    ("police published:{2020-06-19T10:30:00Z to *]", "police published:{2020-06-19 to *]"),
])
def test_a_timestamp_in_a_date_clause_stands_for_its_day(features_index, stamped: str, day: str) -> None:
    # --since took 2020-06-19T10:30:00Z as its day, while date: had refused it ("cannot read the date"), a timestamp
    # as a feed, an API or Solr's range writes one
    from click.testing import CliRunner

    from newssearch.cli import cli

    def ids(typed: str) -> list[str]:
        out = CliRunner().invoke(cli, ["query", *typed.split(), "--jsonl", "--index-dir", str(features_index)])
        assert out.exit_code == 0, out.stderr
        return [line.split('"id": ')[1].split(",")[0] for line in out.stdout.splitlines()]

    assert ids(stamped) == ids(day) != []


def test_a_timestamp_whose_day_is_none_is_refused_as_typed(features_index) -> None:
    from click.testing import CliRunner

    from newssearch.cli import cli

    out = CliRunner().invoke(cli, ["query", "police", "date:2020-13-26T10:00Z", "--index-dir", str(features_index)])
    assert out.exit_code == 2 and out.stderr.startswith("Error: cannot read the date in 'date:2020-13-26T10:00Z' (use ")


@pytest.mark.parametrize(("typed", "said"), [
    ("03/04/2020", "03/04/2020 is written day or month first: write the year first, 2020-03-04 or 2020-04-03; "),
    ("3.4.2020", "3.4.2020 is written day or month first: write the year first, 2020-03-04 or 2020-04-03; "),
    # one order alone a real day (12/31/2020, 30/06/2024) is read: tests/test_numeric_days.py
    ("2020/10-26", "(use YYYY"),   # one separator throughout
    ("2020/13", "is not a real date"),
    # a reading that is no real day is not offered: 2024-02-31 had been, which is refused in turn
    ("31/02/2024", "31/02/2024 is no real day, read day or month first; use YYYY"),
    ("02/30/2024", "02/30/2024 is no real day, read day or month first; use YYYY"),
    ("31/04/2024", "31/04/2024 is no real day, read day or month first; use YYYY"),
    ("04/31/2024", "04/31/2024 is no real day, read day or month first; use YYYY"),
    ("29.02.2023", "29.02.2023 is no real day, read day or month first; use YYYY"),
    ("02/29/24", "02/29/24 is written day or month first: write the year first, YYYY-02-29; use YYYY"),
])
def test_a_date_day_or_month_first_is_refused_saying_the_year_first_form(typed: str, said: str) -> None:
    with pytest.raises(InvalidQuery) as raised:
        parse_bound(typed, today=TODAY)
    assert said in raised.value.for_cli()


@pytest.mark.parametrize(("typed", "said"), [
    ("March", "March needs its year: write March 2026 (the latest March); use YYYY"),
    ("1st  april", "1st april needs its year: write 1st april 2025 (the latest April); use YYYY"),
    ("Dec. 25", "Dec. 25 needs its year: write Dec. 25, 2025 (the latest December); use YYYY"),
    ("Marsh", "(use YYYY"),  # no month: the general hint alone
    ("7. Mai", "7. Mai needs its year: write 7. Mai 2025 (the latest May); use YYYY"),  # as "7. Mai 2025" is read
    ("3 de marzo", "3 de marzo needs its year: write 3 de marzo 2026 (the latest March); use YYYY"),
])
def test_a_month_without_its_year_is_refused_saying_the_year_form(typed: str, said: str) -> None:
    # which March is "--since March"? Not guessed (this March, or last year's for an archive?): the latest is offered
    with pytest.raises(InvalidQuery) as raised:
        parse_bound(typed, today=TODAY)
    assert said in raised.value.for_cli()


def test_cli_since_a_month_without_its_year(features_index) -> None:
    from click.testing import CliRunner

    from newssearch.cli import cli

    out = CliRunner().invoke(cli, ["query", "police", "--since", "March", "--index-dir", str(features_index)])
    assert out.exit_code == 2
    assert out.stderr.startswith("Error: Invalid value for '--since': cannot read the date 'March' (March needs its "
                                 "year: write March 2")


def test_a_named_date_that_is_no_day_is_refused_as_typed(features_index) -> None:
    # date:"31 February 1987" had been quoted as 'date:1987-02-31', a query the user never typed
    from click.testing import CliRunner

    from newssearch.cli import cli

    for typed in ('date:"31 February 1987"', 'published:"Feb. 30, 2020"', 'date:["31 February 1987" TO "June 1995"]'):
        out = CliRunner().invoke(cli, ["query", "police", typed, "--index-dir", str(features_index)])
        assert out.exit_code == 2 and out.stderr.startswith(f"Error: cannot read the date in '{typed}' ("), out.stderr


def test_a_named_date_with_two_dots_is_refused_as_typed(features_index) -> None:
    # date:"1 March 1987".. had been quoted as 'date:1987-03-01..', a query the user never typed
    from click.testing import CliRunner

    from newssearch.cli import cli

    out = CliRunner().invoke(cli, ["query", "police", 'date:"1 March 1987"..', "--index-dir", str(features_index)])
    assert out.exit_code == 2
    assert out.stderr.startswith("Error: cannot read the date in 'date:\"1 March 1987\"..' (a range is written "
                                 "date:[\"1 March 1987\" TO *]; use date:2020,"), out.stderr
    out = CliRunner().invoke(cli, ["query", "police", 'date:.."June 1995"', "--index-dir", str(features_index)])
    assert out.stderr.startswith("Error: cannot read the date in 'date:..\"June 1995\"' (a range is written "
                                 "date:[* TO \"June 1995\"]; use date:2020,"), out.stderr


def test_a_date_clause_day_or_month_first_is_refused_as_typed(features_index) -> None:
    from click.testing import CliRunner

    from newssearch.cli import cli

    for typed in ("date:12/03/2020", "date:>12/03/2020", "date:2020/02/30"):
        out = CliRunner().invoke(cli, ["query", "police", typed, "--index-dir", str(features_index)])
        assert out.exit_code == 2 and out.stderr.startswith(f"Error: cannot read the date in '{typed}' ("), out.stderr
        assert ("is written day or month first: write the year first, 2020-12-03 or 2020-03-12; use date:2020," in
                out.stderr) == ("12/03" in typed)


@pytest.mark.parametrize("typed", ["date:1987-3-1*", "date:2020-6?", "date:[2020-6* TO 2021]"])
def test_a_short_date_with_a_pattern_is_refused_as_typed(features_index, typed: str) -> None:
    # "date:1987-3-1*" had been quoted as 'date:1987-03-01*', a query the user never typed: the date was padded
    # (date:1987-3-5 as date:1987-03-05) before it was found to be a pattern
    from click.testing import CliRunner

    from newssearch.cli import cli

    out = CliRunner().invoke(cli, ["query", "police", typed, "--index-dir", str(features_index)])
    assert out.exit_code == 2 and out.stderr.startswith(f"Error: cannot read the date in '{typed.split(' ')[0]}")


@pytest.mark.parametrize(("dotted", "bracketed"), [
    ("police date:2020..2021", "police date:[2020 TO 2021]"),
    ("police year:2019..2020", "police year:[2019 TO 2020]"),
    ("police date:2020..", "police date:[2020 TO *]"),
    ("police date:..2019-12", "police date:[* TO 2019-12]"),
    ("police date:*..2020", "police date:[* TO 2020]"),
    ("police date:20200101..20201231", "police date:[2020-01-01 TO 2020-12-31]"),
    ("police (date:2019..2020)", "police (date:[2019 TO 2020])"),
])
def test_a_range_written_with_two_dots_is_read_as_its_bracketed_form(features_index, dotted: str,
                                                                     bracketed: str) -> None:
    # GitHub's and Kibana's "2020-01..2020-06" had been refused, with the bracketed form to type instead, though what
    # was meant is clear: the query parser does not fail on a user's text it can read
    from click.testing import CliRunner

    from newssearch.cli import cli

    def ids(typed: str) -> list[str]:
        out = CliRunner().invoke(cli, ["query", typed, "--jsonl", "--index-dir", str(features_index)])
        assert (out.exit_code, out.stderr) == (0, "")
        return [line.split('"id": ')[1].split(",")[0] for line in out.stdout.splitlines()]

    assert ids(dotted) == ids(bracketed)
    assert 0 < len(ids(dotted)) < len(ids("police"))


def test_a_range_written_with_two_dots_still_refuses_what_is_no_range(features_index) -> None:
    from click.testing import CliRunner

    from newssearch.cli import cli

    def error(typed: str) -> str:
        out = CliRunner().invoke(cli, ["query", "police", typed, "--index-dir", str(features_index)])
        assert out.exit_code == 2
        return out.stderr

    # quoted as typed (they had been quoted rewritten, 'date:[2021 TO 2019]', never typed)
    assert error("date:2021..2019").startswith("Error: 'date:2021..2019' ends before it starts (swap the two")
    assert error("date:2020..June").startswith("Error: cannot read the date in 'date:2020..June' (a range is "
                                               "written date:[2020 TO June]; ")
    assert error("date:..").startswith("Error: cannot read the date in 'date:..'")


@pytest.mark.parametrize(("typed", "said", "hint"), [
    ("date:1987-03-09 TO 1987-03-11", "a date range needs its brackets: 'date:1987-03-09 TO 1987-03-11'",
     "write date:[1987-03-09 TO 1987-03-11]"),  # had been a date, a word "to" and the phrase 1987 03 11: nothing
    ("date:1987 to 1988", "a date range needs its brackets: 'date:1987 to 1988'", "write date:[1987 TO 1988]"),
    ("date:March 1987", "cannot read the date in 'date:March'",
     'a month and its year are one date, quoted: write date:"March 1987"; use date:2020,'),  # it had said the latest
    ("date:1 March 1987", "cannot read the date in 'date:1'",                                 # March, of this year
     'a month and its year are one date, quoted: write date:"1 March 1987"; use date:2020,'),
    ("date:1987-03-09/1987-03-11", "cannot read the date in 'date:1987-03-09/1987-03-11'",  # ISO 8601's interval
     "a range is written date:[1987-03-09 TO 1987-03-11]; use date:2020,"),
])
def test_a_date_range_or_named_date_typed_loose_is_refused_with_how_to_write_it(features_index, typed: str, said: str,
                                                                               hint: str) -> None:
    from click.testing import CliRunner

    from newssearch.cli import cli

    out = CliRunner().invoke(cli, ["query", "police", typed, "--index-dir", str(features_index)])
    assert out.exit_code == 2 and out.stderr.startswith(f"Error: {said} ({hint}"), out.stderr


@pytest.mark.parametrize(("args", "said"), [
    (["police", "--since", "March", "1987"], "'March': unquoted, the date was cut at its space (quote it: "
                                              "--since \"March 1987\")"),
    (["--until", "1", "March", "1987", "police"], "'1': unquoted, the date was cut at its space (quote it: "
                                                   "--until \"1 March 1987\")"),
    (["police", "--since=March", "1987"], "'March': unquoted, the date was cut at its space (quote it: "
                                          "--since \"March 1987\")"),
])
def test_a_date_option_cut_at_its_space_says_to_quote_it(features_index, args: list[str], said: str) -> None:
    # --since March 1987, unquoted, had said "March needs its year: write March 2026 (the latest March)", the year
    # typed after it searched as a word
    from click.testing import CliRunner

    from newssearch.cli import cli

    out = CliRunner().invoke(cli, ["query", *args, "--index-dir", str(features_index)], prog_name="newssearch")
    option = "--until" if "--until" in args else "--since"
    assert (out.exit_code, out.stdout) == (2, "")
    assert out.stderr == (f"Error: Invalid value for '{option}': cannot read the date {said} (see: newssearch query "
                          "--help)\n")


def test_a_date_before_the_word_to_in_a_query_is_a_date(features_index) -> None:
    from newssearch.searcher import open_index

    with open_index(features_index) as idx:
        idx.search("date:1987 to")  # a word "to" after a date, no second date: no range meant


@pytest.mark.parametrize(("typed", "day"), [
    ("date:yesterday", "date:{yesterday}"),  # as --since yesterday reads it
    ("published:Today", "published:{today}"),
    ("date:>=yesterday", "date:>={yesterday}"),
    ('date:"yesterday"', "date:{yesterday}"),
    ("date:[yesterday TO today]", "date:[{yesterday} TO {today}]"),
])
def test_a_date_clause_of_today_or_yesterday_is_its_day(features_index, typed: str, day: str) -> None:
    """date:yesterday had been refused, saying its day to write, though --since yesterday reads it from the clock."""
    from datetime import date, timedelta

    from click.testing import CliRunner

    from newssearch.cli import cli

    today = date.today()
    written = day.format(today=today.isoformat(), yesterday=(today - timedelta(days=1)).isoformat())
    out, want = (CliRunner().invoke(cli, ["query", "police", clause, "--index-dir", str(features_index), "--jsonl"])
                 for clause in (typed, written))
    assert (out.exit_code, out.stdout) == (want.exit_code, want.stdout) and out.exit_code != 2, out.stderr


@pytest.mark.parametrize(("typed", "unit", "calendar", "span"), [
    ('date:"last week"', "week", "date:{week}", "1w"),
    ('date:"last month"', "month", "date:{month}", "1m"),
    ('published:"Last Year"', "year", "published:{year}", "1y"),
])
def test_a_date_clause_of_last_week_says_the_two_spans_it_may_be(features_index, typed: str, unit: str,
                                                                calendar: str, span: str) -> None:
    """date:"last week" had been refused with the date syntax alone: the calendar week before this one, or the 7 days
    back from today (as --since "last week" says), each as it is written."""
    from datetime import date, timedelta

    from click.testing import CliRunner

    from newssearch.cli import cli

    today = date.today()
    week = (today - timedelta(days=7)).isocalendar()
    last_month = today.replace(day=1) - timedelta(days=1)
    clause = calendar.format(week=f"{week[0]}-W{week[1]:02d}", month=f"{last_month:%Y-%m}", year=today.year - 1)
    said = typed.split(":", 1)[1].strip('"')
    out = CliRunner().invoke(cli, ["query", "police", typed, "--index-dir", str(features_index)])
    assert out.exit_code == 2 and out.stderr.startswith(
        f"Error: cannot read the date in '{typed}' ({said} may be the calendar {unit} or the {unit} back from today: "
        f"write {clause} for the first, --since {span} for the second; use "), out.stderr


@pytest.mark.parametrize(("typed", "hint"), [
    ("date:March", 'March needs its year: write date:"March 2'),  # as --since March says "March 2026"
    ('date:"March"', 'March needs its year: write date:"March 2'),
    ('date:"1 march"', '1 march needs its year: write date:"1 march 2'),
    ("date:>March", 'March needs its year: write date:>"March 2'),
    ('date:<="1 march"', '1 march needs its year: write date:<="1 march 2'),  # had been quoted 'date:<="1'
    ("date:1987-3-1*", "date:1987-3-1* may be 1987-03-01 or 1987-03-10 to 1987-03-19: write date:1987-03-01 or "
                       "date:[1987-03-10 TO 1987-03-19]; use date:2020, "),
    ("date:1987-1*", "date:1987-1* may be 1987-01 or 1987-10 to 1987-12: write date:1987-01 or "
                     "date:[1987-10 TO 1987-12]; "),
    ("date:1987-3*", "a date is its whole period, with no *: write date:1987-03; use date:2020, "),
    ("year:1987-03-01*", "a date is its whole period, with no *: write year:1987-03-01; "),
    ("date:1987*", "a date is its whole period, with no *: write date:1987; "),
    ("date:198*", "a date takes no *: the years 1980 to 1989 are date:[1980 TO 1989]; "),
    ("date:1987-13*", "(use date:2020, "),  # no month: the syntax alone
    ("date:2021-02-29", "(February 2021 has 28 days; use date:2020, "),  # had been the syntax alone
    ("date:2021-13-01", "(there is no month 13, a month being 01 to 12: 13 January 2021 is 2021-01-13; use date:2020, "),
    ("year:2020-04-31", "(April 2020 has 30 days; "),
])
def test_a_date_clause_says_what_to_write_when_what_was_meant_is_told(features_index, typed: str, hint: str) -> None:
    # date:March had been refused with the date syntax alone, while --since March offers 'March 2026'; a date with a
    # * after it, a pattern no date takes, with it too, though a date is its whole period already
    from click.testing import CliRunner

    from newssearch.cli import cli

    out = CliRunner().invoke(cli, ["query", "police", typed, "--index-dir", str(features_index)])
    assert out.exit_code == 2 and out.stderr.startswith(f"Error: cannot read the date in '{typed}' ("), out.stderr
    assert hint in out.stderr, out.stderr


@pytest.mark.parametrize(("week", "days"), [
    ("date:2020-W25", "date:[2020-06-15 TO 2020-06-21]"),
    ("date:2020-w26", "date:[2020-06-22 TO 2020-06-28]"),
    ("date:[2020-W25 TO 2020-W26]", "date:[2020-06-15 TO 2020-06-28]"),
    ("date:{2020-W25 TO 2020-W44]", "date:[2020-06-22 TO 2020-11-01]"),
    ("date:2020-W25..2020-W26", "date:[2020-06-15 TO 2020-06-28]"),
    ("date:>2020-W25", "date:>2020-06-21"),
    ("date:>=2020-W26", "date:>=2020-06-22"),
    ("date:<2020-W44", "date:<2020-10-26"),
    ("date:<=2020-W26", "date:<=2020-06-28"),
    ("* --since 2020-W26 --until 2020-W44", "* --since 2020-06-22 --until 2020-11-01"),
])
def test_an_iso_week_as_the_timeline_writes_it_is_that_weeks_days(features_index, week: str, days: str) -> None:
    # `timeline --by week` names its periods 2020-W25, but date:2020-W25 and --since 2020-W25 had been refused
    # ("cannot read the date"): the week a chart showed could not be searched as written
    from click.testing import CliRunner

    from newssearch.cli import cli

    def ids(typed: str) -> list[str]:
        query, *options = typed.split(" --")
        args = [query, *(part for option in options for part in f"--{option}".split())]
        out = CliRunner().invoke(cli, ["query", *args, "--jsonl", "--index-dir", str(features_index)])
        assert (out.exit_code, out.stderr) == (0, "")
        return sorted(line.split('"id": ')[1].split(",")[0] for line in out.stdout.splitlines())

    assert ids(week) == ids(days) != []


def test_a_week_its_year_has_not_is_refused_saying_its_weeks(features_index) -> None:
    from click.testing import CliRunner

    from newssearch.cli import cli

    out = CliRunner().invoke(cli, ["query", "police date:2019-W53", "--index-dir", str(features_index)])
    assert out.exit_code == 2 and out.stderr.startswith(
        "Error: cannot read the date in 'date:2019-W53' (2019 has 52 ISO weeks; use ")
    out = CliRunner().invoke(cli, ["query", "police", "--since", "2019-W53", "--index-dir", str(features_index)])
    assert out.exit_code == 2 and "'2019-W53' is not a real date (2019 has 52 ISO weeks; use " in out.stderr


@pytest.mark.parametrize(("typed", "said"), [
    ("2023-02-30", "'2023-02-30' is not a real date (February 2023 has 28 days; use YYYY"),
    ("2024/04/31", "'2024/04/31' is not a real date (April 2024 has 30 days; use YYYY"),
    ("20230229", "'20230229' is not a real date (February 2023 has 28 days; use YYYY"),
    ("2023-13", "'2023-13' is not a real date (there is no month 13, a month being 01 to 12; use YYYY"),
    # day and month swapped: the day it may be is said (it had been the general hint alone)
    ("2024-13-01", "'2024-13-01' is not a real date (there is no month 13, a month being 01 to 12: 13 January 2024 is "
                   "2024-01-13; use YYYY"),
    ("2024-00-05", "'2024-00-05' is not a real date (there is no month 00, a month being 01 to 12; use YYYY"),
    ("2024-31-12", "'2024-31-12' is not a real date (there is no month 31, a month being 01 to 12: 31 "
                   "December 2024 is 2024-12-31; use YYYY"),
])
def test_a_day_past_its_months_end_is_refused_saying_the_months_days(typed: str, said: str) -> None:
    # as date:2023-02-30 says it (found in the archivist audit: --since had said the general hint alone)
    with pytest.raises(InvalidQuery) as raised:
        parse_bound(typed, today=TODAY)
    assert raised.value.for_cli().startswith(said)


@pytest.mark.parametrize(("text", "end", "expected"), [
    ("2020-W25", False, datetime(2020, 6, 15)),
    ("2020-w25", True, datetime(2020, 6, 21, 23, 59, 59, 999999)),
    ("2020-W53", True, datetime(2021, 1, 3, 23, 59, 59, 999999)),
    ("2021-W01", False, datetime(2021, 1, 4)),
])
def test_a_bound_of_an_iso_week_is_its_monday_or_its_sunday(text: str, end: bool, expected: datetime) -> None:
    assert parse_bound(text, end=end) == expected


@pytest.mark.parametrize(("typed", "days"), [
    # a quarter (Q1 January to March) and a month named before its year with a hyphen had been refused ("cannot read
    # the date"), with the date syntax alone
    ("date:2020-Q4", "date:[2020-10-01 TO 2020-12-31]"),
    ("date:2020-q2", "date:[2020-04-01 TO 2020-06-30]"),
    ("date:[2020-Q2 TO 2020-Q4]", "date:[2020-04-01 TO 2020-12-31]"),
    ("date:>2020-Q2", "date:>2020-06-30"),
    ("date:<2020-Q4", "date:<2020-10-01"),
    ("date:Oct-2020", "date:2020-10"),
    ("date:june-2020", "date:2020-06"),
])
def test_a_quarter_or_a_month_named_before_its_year_is_its_days(features_index, typed: str, days: str) -> None:
    from click.testing import CliRunner

    from newssearch.cli import cli

    def ids(query: str) -> list[str]:
        out = CliRunner().invoke(cli, ["query", f"* {query}", "--jsonl", "--index-dir", str(features_index)])
        assert (out.exit_code, out.stderr) == (0, ""), out.stderr
        return sorted(line.split('"id": ')[1].split(",")[0] for line in out.stdout.splitlines())

    assert ids(typed) == ids(days) != []


@pytest.mark.parametrize(("typed", "clause"), [
    ("month:10", "month:{year}-10"),  # had been refused with the date syntax alone
    ("month:3", "month:{year}-03"),
])
def test_a_month_number_without_its_year_says_its_year_form(features_index, typed: str, clause: str) -> None:
    import calendar
    from datetime import date

    from click.testing import CliRunner

    from newssearch.cli import cli

    today = date.today()
    month = int(clause[-2:])
    written = clause.format(year=today.year if month <= today.month else today.year - 1)
    out = CliRunner().invoke(cli, ["query", "police", typed, "--index-dir", str(features_index)])
    assert out.exit_code == 2 and out.stderr.startswith(
        f"Error: cannot read the date in '{typed}' (a month needs its year: write {written} (the latest "
        f"{calendar.month_name[month]}); use date:2020, "), out.stderr


def test_a_date_that_cannot_be_read_is_answered_with_every_form_the_help_names() -> None:
    """--since's help names YYYY/MM/DD, which the error's list had left out (it reads: 2020/06/01 finds)."""
    from newssearch.cli import cli

    since = next(param for param in cli.commands["query"].params if param.name == "since")
    forms = str(getattr(since, "help", "")).split("Published on or after (", 1)[1].split(", a month", 1)[0]
    assert forms == "YYYY, YYYY-MM, YYYY-MM-DD, YYYY/MM/DD or YYYYMMDD, 26/02/1987 or 02/26/1987 when only one order makes a real day"
    forms = forms.removesuffix(" when only one order makes a real day")
    with pytest.raises(InvalidQuery) as raised:
        parse_bound("garbage", today=TODAY)
    for form in forms.replace(" or ", ", ").split(", "):
        assert form in raised.value.for_cli().replace("(or ", "").replace(")", "").replace(",", " ").split(), form
