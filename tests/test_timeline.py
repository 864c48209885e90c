"""timeline: counts per period in date order, gaps shown, undated hits apart."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest
from click.testing import CliRunner

from newssearch import open_index
from newssearch.cli import cli
from newssearch.errors import InvalidQuery
from newssearch.timeline import count_periods
from newssearch.timelinelines import BAR


def test_periods_in_order_with_gaps() -> None:
    days = [date(2020, 12, 30), date(2020, 10, 1), date(2020, 10, 2)]
    assert count_periods(days, "month") == [("2020-10", 2), ("2020-11", 0), ("2020-12", 1)]
    assert count_periods(days, "year") == [("2020", 3)]
    assert count_periods([date(2021, 1, 3), date(2021, 1, 4)], "week") == [("2020-W53", 1), ("2021-W01", 1)]
    assert count_periods([], "week") == []


def test_a_window_asked_for_shows_its_empty_edges() -> None:
    days = [date(2021, 12, 5), date(2022, 2, 1)]
    assert count_periods(days, "month", date(2021, 10, 1), date(2022, 4, 30)) == [
        ("2021-10", 0), ("2021-11", 0), ("2021-12", 1), ("2022-01", 0), ("2022-02", 1), ("2022-03", 0), ("2022-04", 0)]
    assert count_periods(days, "week", date(1900, 1, 1)) == count_periods(days, "week")  # not 6,000 empty weeks


def test_a_window_of_millions_of_days_is_not_walked_day_by_day() -> None:
    # timeline --by day --since 1900 --until 9999 had counted the window's 2.9 million days, one at a time, only to
    # find it past MAX_EDGE_PERIODS: 2.8 s of CPU for a chart of two days
    import time

    days = [date(2020, 6, 19), date(2020, 6, 21)]
    started = time.process_time()
    assert count_periods(days, "day", date(1, 1, 1), date(9999, 12, 31)) == [
        ("2020-06-19", 1), ("2020-06-20", 0), ("2020-06-21", 1)]
    assert time.process_time() - started < 0.2


@pytest.mark.parametrize(("by", "last"), [("year", "9999"), ("month", "9999-12"), ("week", "9999-W52")])
def test_the_last_period_there_is_ends_the_chart(by: str, last: str) -> None:
    # the period after it had failed: "unexpected ValueError: year 10000 is out of range" (timeline --until 9999)
    days = [date(2020, 10, 1), date(9999, 12, 31)]
    assert count_periods(days, by)[-1] == (last, 1)
    assert count_periods(days[:1], by, last=date(9999, 12, 31)) == count_periods(days[:1], by)
    assert count_periods([date(9999, 12, 30)], by, date(9999, 12, 1), date(9999, 12, 31))[-1] == (last, 1)


@pytest.mark.parametrize("until", ["9999", "9999-12", "9999-12-31"])
def test_cli_timeline_until_the_last_year_there_is(features_index: Path, until: str) -> None:
    out = CliRunner().invoke(cli, ["timeline", "police", "--by", "year", "--until", until, "--json",
                                   "--index-dir", str(features_index)])
    assert (out.exit_code, out.stderr) == (0, "")
    assert [(p["period"], p["count"]) for p in json.loads(out.output)["periods"]] == [("2019", 1), ("2020", 3),
                                                                                      ("2021", 1)]


def test_cli_timeline_window_edges(features_index: Path) -> None:
    out = CliRunner().invoke(cli, ["timeline", "police", "--by", "year", "--since", "2018", "--until", "2022",
                                   "--json", "--index-dir", str(features_index)])
    assert [(p["period"], p["count"]) for p in json.loads(out.output)["periods"]] == [
        ("2018", 0), ("2019", 1), ("2020", 3), ("2021", 1), ("2022", 0)]


def test_library_timeline_counts_undated_apart(features_index: Path) -> None:
    with open_index(features_index) as idx:
        timeline = idx.timeline("police", by="year")
        assert timeline.periods == [("2019", 1), ("2020", 3), ("2021", 1)]
        assert (timeline.undated, timeline.total) == (1, 6)
        with pytest.raises(InvalidQuery):
            idx.timeline("police", by="decade")


def test_cli_timeline_screen(features_index: Path) -> None:
    out = CliRunner().invoke(cli, ["timeline", "gunmen", "--by", "month", "--index-dir", str(features_index)])
    assert out.exit_code == 0
    assert out.output == "2 articles for 'gunmen' by month\n\n2020-10  2  " + "█" * 40 + "\n"


def test_cli_timeline_bars_fit_a_narrow_terminal(features_index: Path) -> None:
    out = CliRunner().invoke(cli, ["timeline", "gunmen", "--by", "month", "--index-dir", str(features_index)],
                             env={"COLUMNS": "30"})
    assert out.output.splitlines()[-1] == "2020-10  2  " + "█" * 17        # 29 columns wide, not 52


def test_a_period_the_index_holds_no_article_of_is_a_gap_in_the_archive(features_index: Path) -> None:
    out = CliRunner().invoke(cli, ["timeline", "police", "--by", "year", "--since", "2018", "--until", "2022",
                                   "--index-dir", str(features_index)])
    lines = out.output.splitlines()
    assert lines[2] == "2018  0  (no articles in the index)" and lines[-1] == "2022  0  (no articles in the index)"
    with open_index(features_index) as idx:
        timeline = idx.timeline("gunmen", by="year", since="2019", until="2021")
    assert timeline.periods == [("2019", 0), ("2020", 2), ("2021", 0)]
    assert timeline.indexed == {"2019": 1, "2020": 4, "2021": 1}   # no gunmen in 2019, but articles


def test_cli_timeline_json_and_dates(features_index: Path) -> None:
    out = CliRunner().invoke(cli, ["timeline", "police", "--by", "year", "--since", "2020", "--json",
                                   "--index-dir", str(features_index)])
    assert out.exit_code == 0
    data = json.loads(out.output)
    assert data["periods"] == [{"period": "2020", "count": 3, "articles": 4}, {"period": "2021", "count": 1, "articles": 1}]
    assert data["undated"] == 0


def test_cli_timeline_nothing_found_exits_1(features_index: Path) -> None:
    out = CliRunner().invoke(cli, ["timeline", "zeppelin", "--since", "2020", "--index-dir", str(features_index)])
    assert out.exit_code == 1
    assert (out.stdout, out.stderr) == ("", "No articles match 'zeppelin' published --since 2020.\n")


def test_timeline_says_nothing_matched_before_its_note_as_query_does(features_index: Path) -> None:
    # timeline had put the note first: "Note: an unbalanced quote was …" over "No articles match …"
    query = CliRunner().invoke(cli, ["query", '"gunmen', "--until", "2019", "--index-dir", str(features_index)])
    timeline = CliRunner().invoke(cli, ["timeline", '"gunmen', "--until", "2019", "--index-dir", str(features_index)])
    assert timeline.stderr == query.stderr == ("No articles match '\"gunmen' published --until 2019.\n"
                                               "Note: an unbalanced quote was closed at the query's end.\n")


def test_timeline_says_did_you_mean_as_query_does(features_index: Path) -> None:
    query = CliRunner().invoke(cli, ["query", "polise", "--index-dir", str(features_index)])
    timeline = CliRunner().invoke(cli, ["timeline", "polise", "--index-dir", str(features_index)])
    assert timeline.stderr == query.stderr == "No articles match 'polise'.\nDid you mean: police\n"
    as_json = CliRunner().invoke(cli, ["timeline", "polise", "--json", "--index-dir", str(features_index)])
    assert json.loads(as_json.stdout)["suggestion"] == "police"


def test_long_runs_of_empty_periods_fold_into_one_line() -> None:
    from newssearch.timeline import Timeline
    from newssearch.timelinelines import timeline_lines

    periods = [("2020-01", 2), *[(f"2020-{m:02d}", 0) for m in range(2, 7)], ("2020-07", 1),
               ("2020-08", 0), ("2020-09", 0), ("2020-10", 1)]
    lines = timeline_lines(Timeline("q", "month", periods, total=4))
    assert lines[2:] == [
        "2020-01  2  " + "█" * 40,
        "…        0  (5 months with no hits: 2020-02 to 2020-06)",
        "2020-07  1  " + "█" * 20,
        "2020-08  0",
        "2020-09  0",
        "2020-10  1  " + "█" * 20,
    ]


def test_cli_timeline_by_week_over_years_stays_short(features_index: Path) -> None:
    out = CliRunner().invoke(cli, ["timeline", "police", "--by", "week", "--index-dir", str(features_index)])
    assert out.exit_code == 0
    assert "weeks with no hits" in out.output and len(out.output.splitlines()) < 20
    data = CliRunner().invoke(cli, ["timeline", "police", "--by", "week", "--json", "--index-dir", str(features_index)])
    assert len(json.loads(data.output)["periods"]) > 100  # JSON keeps every week


def test_a_timeline_of_an_index_without_dates_says_why(tmp_path: Path) -> None:
    from conftest import index_of_texts

    index = index_of_texts(tmp_path, {"a.txt": "Ferry sails\n\nThe ferry sailed on time."})
    with open_index(index) as idx:
        timeline = idx.timeline("ferry")
    assert (timeline.periods, timeline.undated) == ([], 1)
    assert timeline.notice == "no article in this index has a publication date, so every hit is undated"


def test_a_timeline_of_hits_none_of_which_is_dated_says_why(tmp_path: Path) -> None:
    """``timeline blair`` on BBC News' undated texts beside dated wires had charted nothing and said only
    "undated: 23", as if the dates had been lost."""
    from conftest import index_of_texts

    index = index_of_texts(tmp_path, {"a.txt": "Ferry sails\n\nThe ferry sailed on time.",
                                      "b.txt": "Ferry late\n\nThe ferry was late.",
                                      "c.txt": "Date: 2021-01-05\n\nRates\n\nThe bank raised rates."})
    with open_index(index) as idx:
        timeline, dated = idx.timeline("ferry"), idx.timeline("rates")
    assert (timeline.periods, timeline.undated) == ([], 2)
    assert timeline.notice == "no article found has a publication date, so none is charted"
    assert dated.notice is None


def test_a_timeline_that_dates_leave_empty_says_what_the_index_holds_and_what_is_undated(tmp_path: Path) -> None:
    from conftest import index_of_texts

    index = index_of_texts(tmp_path, {"a.txt": "Title: Ferry\nDate: 2020-06-01\n\nThe ferry sailed on time.\n",
                                      "u.txt": "Title: Ferry two\n\nThe ferry sailed late.\n"})
    out = CliRunner().invoke(cli, ["timeline", "ferry", "--since", "2024", "--index-dir", str(index)])
    assert ("Note: the articles of this index are dated 2020-06-01 to 2020-06-01; 1 undated article matches too: "
            "--since and --until leave out articles with no publication date.") in out.stderr


def test_timeline_takes_color_as_query_does_periods_green_and_bars_yellow() -> None:
    import click

    from newssearch.timeline import Timeline
    from newssearch.timelinelines import timeline_lines

    lines = timeline_lines(Timeline("q", "month", [("2020-01", 2), ("2020-02", 0), ("2020-03", 1)], total=3),
                           style=click.style)
    assert lines[2:] == ["\x1b[32m2020-01\x1b[0m  2  \x1b[33m" + "█" * 40 + "\x1b[0m",
                         "\x1b[32m2020-02\x1b[0m  0",
                         "\x1b[32m2020-03\x1b[0m  1  \x1b[33m" + "█" * 20 + "\x1b[0m"]


@pytest.mark.parametrize(("color", "env", "coloured"), [("always", {}, True), ("never", {}, False),
                                                          ("auto", {"NO_COLOR": "1"}, False)])
def test_cli_timeline_color(features_index: Path, color: str, env: dict[str, str], coloured: bool) -> None:
    import click

    out = CliRunner().invoke(cli, ["timeline", "police", "--by", "year", "--color", color,
                                   "--index-dir", str(features_index)], env=env)
    plain = CliRunner().invoke(cli, ["timeline", "police", "--by", "year", "--index-dir", str(features_index)])
    assert out.exit_code == 0 and out.stderr == ""
    assert ("\x1b[" in out.stdout) is coloured
    assert click.unstyle(out.stdout) == plain.stdout and "\x1b[" not in plain.stdout  # CliRunner is no terminal



def test_cli_timeline_csv_has_a_row_a_period_and_says_the_undated_apart(features_index: Path) -> None:
    # a researcher charting coverage in a spreadsheet had only --json to take apart
    out = CliRunner().invoke(cli, ["timeline", "police", "--by", "year", "--csv", "--index-dir", str(features_index)])
    assert out.exit_code == 0
    assert out.stdout == "period,count,articles\n2019,1,1\n2020,3,4\n2021,1,1\n"
    assert out.stderr == "undated: 1 (not in the table: no period)\n"
    none = CliRunner().invoke(cli, ["timeline", "zeppelin", "--csv", "--index-dir", str(features_index)])
    assert (none.exit_code, none.stdout, none.stderr) == (1, "period,count,articles\n", "No articles match 'zeppelin'.\n")
    both = CliRunner().invoke(cli, ["timeline", "police", "--csv", "--json", "--index-dir", str(features_index)])
    assert both.exit_code == 2 and "--json and --csv cannot be used together" in both.stderr


def test_the_articles_of_a_period_cut_by_the_dates_are_those_within_them(features_index: Path) -> None:
    # a week or year cut by --since/--until had counted the index's articles outside the window: "date:*" (every
    # dated article) found 3 of "5" in 2020-W53 with --since 2020-12-31, and a share of coverage was wrong at the edges
    with open_index(features_index) as idx:
        every = idx.timeline("date:*", by="year", since="2020-07", until="2021-02")
        whole = idx.timeline("date:*", by="year")
    assert every.periods == [("2020", 2), ("2021", 0)]
    assert every.indexed == {"2020": 2, "2021": 0}
    assert whole.indexed == {period: count for period, count in whole.periods}


def test_a_date_clause_the_query_requires_is_its_window_as_since_and_until_are(features_index: Path) -> None:
    # "harbour date:[2020-12-31 TO 2021-01-01]" by year found 2 of "5" articles of 2020, the other three before
    # the clause's first day; its periods are those of the clause, as --since and --until widen to theirs
    with open_index(features_index) as idx:
        clause = idx.timeline("date:[2020-07 TO 2021-02]", by="year")
        joined = idx.timeline("police date:[2020-07 TO 2021-02]", by="month", since="2020-09")
        either = idx.timeline("zzzqqq OR date:[2020-07 TO 2021-02]", by="year")  # no window: an OR's date
    assert (clause.periods, clause.indexed) == ([("2020", 2), ("2021", 0)], {"2020": 2, "2021": 0})
    assert joined.periods[0] == ("2020-09", 0) and joined.periods[-1] == ("2021-02", 0)
    assert either.indexed == {"2020": 4}


def test_a_timeline_on_a_narrow_terminal_breaks_its_header_and_folded_runs_between_words() -> None:
    # at COLUMNS=40 "…  0  (4 weeks with no articles in the index: 2020-W49 to 2020-W52)" ran 73 columns
    from newssearch.timeline import Timeline
    from newssearch.timelinelines import timeline_lines

    weeks = [(f"2020-W{week}", 0) for week in range(49, 53)] + [("2020-W53", 5)]
    timeline = Timeline("harbour", "week", weeks, total=5, indexed={"2020-W53": 5})
    lines = timeline_lines(timeline, 40, since="2020-12", until="2021-01", wrap=True)
    assert lines[:7] == ["5 articles for 'harbour' published", "  --since 2020-12 --until 2021-01 by", "  week", "",
                         "…         0  (4 weeks with no articles", "             in the index: 2020-W49 to",
                         "             2020-W52)"]  # the header's further rows two columns in (test_header_rows)
    assert all(len(line) <= 40 for line in lines)
    piped = timeline_lines(timeline, 40, since="2020-12", until="2021-01")  # a pipe: one line each, as before
    assert piped[2] == "…         0  (4 weeks with no articles in the index: 2020-W49 to 2020-W52)"


def test_a_timeline_on_a_narrow_terminal_breaks_a_period_of_no_articles_in_the_index_between_words() -> None:
    # at COLUMNS=30 "2020-07  0  (no articles in the index)" ran 39 columns while a folded run beside it was broken
    from newssearch.timeline import Timeline
    from newssearch.timelinelines import timeline_lines

    months = [("2020-06", 1), ("2020-07", 0), ("2020-08", 1)]
    timeline = Timeline("police", "month", months, total=2, indexed={"2020-06": 1, "2020-08": 1})
    lines = timeline_lines(timeline, 30, wrap=True)
    assert lines[4:6] == ["2020-07  0  (no articles in", "            the index)"]
    assert all(len(line) <= 30 for line in lines)
    assert timeline_lines(timeline, 30)[3] == "2020-07  0  (no articles in the index)"  # a pipe: one line, as before


def test_a_timelines_undated_count_is_written_as_its_header_writes_counts() -> None:
    # "1,303 articles for '-bridge' by year" over "undated: 1303"
    from newssearch.timeline import Timeline
    from newssearch.timelinelines import timeline_lines

    lines = timeline_lines(Timeline("-bridge", "year", [("1987", 2)], undated=1301, total=1303))
    assert lines[0] == "1,303 articles for '-bridge' by year" and lines[-1] == "undated: 1,301"


def test_cli_timeline_by_day_shows_each_day_and_folds_a_run_of_empty_ones(tmp_path: Path) -> None:
    # '--by day' was refused (only year, month, week): a week's coverage could not be told day by day
    from conftest import index_of_texts

    index = index_of_texts(tmp_path, {
        "a.txt": "Date: 2020-06-19\n\nFerry\n\nThe ferry sank.", "b.txt": "Date: 2020-06-21\n\nFerry\n\nThe ferry rose.",
        "c.txt": "Date: 2020-06-21\n\nFerry\n\nThe ferry sailed.", "d.txt": "Date: 2020-06-28\n\nFerry\n\nA ferry.",
        "e.txt": "Date: 2020-06-20\n\nHarbour\n\nThe harbour shut."})
    out = CliRunner().invoke(cli, ["timeline", "ferry", "--by", "day", "--index-dir", str(index)])
    assert (out.exit_code, out.output) == (0, "4 articles for 'ferry' by day\n\n"
                                              f"2020-06-19  1  {BAR * 20}\n"
                                              "2020-06-20  0\n"
                                              f"2020-06-21  2  {BAR * 40}\n"
                                              "…           0  (6 days with no articles in the index: 2020-06-22 to "
                                              "2020-06-27)\n"
                                              f"2020-06-28  1  {BAR * 20}\n")


def test_a_folded_run_is_cut_where_the_index_s_articles_start_and_end() -> None:
    # "(489 months with none: 1980-01 to 2020-09)" had read as a lull inside the archive, when the index holds no
    # article before 2019-01: the months outside the index's span are a line of their own
    from newssearch.timeline import Timeline
    from newssearch.timelinelines import timeline_lines

    months = [f"{year}-{month:02d}" for year in (2018, 2019) for month in range(1, 13)]
    periods = [(month, 1 if month == "2019-09" else 0) for month in months]
    indexed = {month: 1 for month in ("2019-03", "2019-05", "2019-09", "2019-10")}
    lines = timeline_lines(Timeline("q", "month", periods, total=1, indexed=indexed))
    assert lines[2:] == [
        "…        0  (14 months with no articles in the index: 2018-01 to 2019-02)",  # span unknown: said as before
        "…        0  (6 months with no hits, 4 of them with no articles in the index: 2019-03 to 2019-08)",
        "2019-09  1  " + "█" * 40,
        "2019-10  0",
        "2019-11  0  (no articles in the index)",
        "2019-12  0  (no articles in the index)",
    ]


def test_a_folded_run_outside_the_archive_says_it_is_before_its_first_article_or_after_its_last(
        features_index: Path) -> None:
    out = CliRunner().invoke(cli, ["timeline", "gunmen", "--by", "month", "--since", "1980", "--until", "2030",
                                   "--index-dir", str(features_index)])
    assert (out.exit_code, out.stderr) == (0, "")
    assert out.stdout.splitlines()[2:] == [
        "…        0  (468 months before the index's first dated article: 1980-01 to 2018-12)",
        "…        0  (21 months with no hits, 19 of them with no articles in the index: 2019-01 to 2020-09)",
        "2020-10  2  " + "█" * 40,
        "…        0  (5 months with no hits, 4 of them with no articles in the index: 2020-11 to 2021-03)",
        "…        0  (117 months after the index's last dated article: 2021-04 to 2030-12)",
    ]
    cut = CliRunner().invoke(cli, ["timeline", "gunmen", "--by", "month", "--since", "2020-01", "--until", "2020-12",
                                   "--index-dir", str(features_index)])   # the window cuts the archive: not before it
    assert cut.stdout.splitlines()[2:4] == ["…        0  (5 months with no articles in the index: 2020-01 to 2020-05)",
                                            "…        0  (4 months with no hits, 3 of them with no articles in the "
                                            "index: 2020-06 to 2020-09)"]


def test_a_folded_run_of_thousands_of_periods_is_counted_with_commas() -> None:
    """A day's timeline from 1987 to 2023 had said "(13099 days with no articles in the index: …)" beside a header
    of "608 articles" and "undated: 1,301": every count is written with its thousands separated."""
    import datetime

    from newssearch.timeline import Timeline
    from newssearch.timelinelines import timeline_lines

    start = datetime.date(2020, 1, 1)
    days = [((start + datetime.timedelta(days=n)).isoformat(), 1 if n in (0, 1201) else 0) for n in range(1202)]
    lines = timeline_lines(Timeline("q", "day", days, total=2))
    assert lines[3] == "…           0  (1,200 days with no hits: 2020-01-02 to 2023-04-15)"


def test_a_timeline_with_no_words_counts_every_article(built: Path) -> None:
    # how the archive spreads over time, as `query '*'` lists every article: it had been refused
    # ("Missing argument 'WORDS...'")
    out = CliRunner().invoke(cli, ["timeline", "--by", "year", "--index-dir", str(built)])
    assert (out.exit_code, out.stderr) == (0, "")
    assert out.stdout == "3 articles by year\n\n2020  2  " + "█" * 40 + "\nundated: 1\n"
    as_json = CliRunner().invoke(cli, ["timeline", "--by", "year", "--json", "--index-dir", str(built)])
    data = json.loads(as_json.stdout)
    assert (data["query"], data["total"], data["undated"], data["periods"]) == (
        "*", 3, 1, [{"period": "2020", "count": 2, "articles": 2}])


def test_a_timeline_of_every_article_typed_as_a_star_says_no_query(built: Path) -> None:
    out = CliRunner().invoke(cli, ["timeline", "*", "--by", "year", "--since", "2020", "--index-dir", str(built)])
    assert out.stdout.splitlines()[0] == "2 articles published --since 2020 by year"


def test_a_folded_run_of_days_mostly_without_articles_says_how_many_had_none(tmp_path: Path) -> None:
    # "(8 days with none: …)" had read as a lull in the news when 6 of those days were a gap in the archive
    from conftest import index_of_texts

    index = index_of_texts(tmp_path, {
        "a.txt": "Date: 2020-06-01\n\nOil\n\nOil rose.", "b.txt": "Date: 2020-06-02\n\nHarbour\n\nThe harbour shut.",
        "c.txt": "Date: 2020-06-05\n\nHarbour\n\nThe harbour opened.", "d.txt": "Date: 2020-06-10\n\nOil\n\nOil fell."})
    out = CliRunner().invoke(cli, ["timeline", "oil", "--by", "day", "--index-dir", str(index)])
    assert (out.exit_code, out.stderr) == (0, "")
    assert out.stdout.splitlines()[2:] == [
        f"2020-06-01  1  {BAR * 40}",
        "…           0  (8 days with no hits, 6 of them with no articles in the index: 2020-06-02 to 2020-06-09)",
        f"2020-06-10  1  {BAR * 40}"]
    as_json = CliRunner().invoke(cli, ["timeline", "oil", "--by", "day", "--json", "--index-dir", str(index)])
    assert [(row["period"], row["count"], row["articles"]) for row in json.loads(as_json.stdout)["periods"]] == [
        ("2020-06-01", 1, 1), ("2020-06-02", 0, 1), *((f"2020-06-0{day}", 0, 0) for day in (3, 4)),
        ("2020-06-05", 0, 1), *((f"2020-06-0{day}", 0, 0) for day in (6, 7, 8, 9)), ("2020-06-10", 1, 1)]


def test_a_folded_run_of_periods_that_all_hold_articles_says_they_had_no_hits() -> None:
    from newssearch.timeline import Timeline
    from newssearch.timelinelines import timeline_lines

    periods = [("2020-01", 1), *[(f"2020-{m:02d}", 0) for m in range(2, 6)], ("2020-06", 1)]
    lines = timeline_lines(Timeline("q", "month", periods, total=2, indexed={m: 3 for m, _ in periods}))
    assert lines[3] == "…        0  (4 months with no hits: 2020-02 to 2020-05)"
