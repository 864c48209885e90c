"""--json, --jsonl and --csv: one option bundle, mutually exclusive, same order as the screen."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from newssearch.cli import cli


def run(index: Path, *args: str):
    return CliRunner().invoke(cli, ["query", "police", "--index-dir", str(index), *args])


def test_csv_header_and_order(features_index: Path) -> None:
    out = run(features_index, "--csv", "--since", "2020")
    assert out.exit_code == 0
    rows = list(csv.reader(io.StringIO(out.output)))
    assert rows[0] == ["id", "title", "date", "source", "authors", "url", "score", "snippet"]
    as_json = json.loads(run(features_index, "--json", "--since", "2020").output)
    assert [r[0] for r in rows[1:]] == [h["id"] for h in as_json["hits"]]
    assert all(r[2] >= "2020" for r in rows[1:])


def test_csv_joins_authors() -> None:
    from newssearch.exports import csv_text
    from newssearch.results import Hit, SearchResult
    from newssearch.snippets import Snippet

    hit = Hit(rank=1, id="a.json#1", path="a.json", title='Say "hi", world', date=None, score=1.5,
              snippet=Snippet(((("text", False),),)), authors=("A One", "B Two"))
    text = csv_text(SearchResult(query="q", total=1, page=1, pages=1, limit=10, hits=[hit]))
    assert text == ('id,title,date,source,authors,url,score,snippet\n'
                    'a.json#1,"Say ""hi"", world",,,A One; B Two,,1.5000,text\n')


def test_jsonl_one_hit_a_line(features_index: Path) -> None:
    out = run(features_index, "--jsonl", "-n", "3")
    lines = out.stdout.splitlines()  # (stderr says the page holds 3 of 6)
    assert out.exit_code == 0 and len(lines) == 3
    assert [json.loads(line)["rank"] for line in lines] == [1, 2, 3]


def test_formats_are_mutually_exclusive(features_index: Path) -> None:
    out = run(features_index, "--json", "--csv")
    assert out.exit_code == 2
    assert "Error: --json and --csv cannot be used together; choose one format" in out.output


def test_nothing_found_exits_1_with_header_only(features_index: Path) -> None:
    out = CliRunner().invoke(cli, ["query", "zeppelin", "--csv", "--index-dir", str(features_index)])
    assert out.exit_code == 1
    assert out.stdout == "id,title,date,source,authors,url,score,snippet\n"
    assert out.stderr == "No articles match 'zeppelin'.\n"


def test_nothing_found_is_said_on_stderr_as_on_the_screen(features_index: Path) -> None:
    dated = ["query", "zeppelin", "--since", "2020", "--index-dir", str(features_index)]
    screen = CliRunner().invoke(cli, dated)
    jsonl = CliRunner().invoke(cli, [*dated, "--jsonl"])
    assert jsonl.exit_code == screen.exit_code == 1
    assert jsonl.stdout == "" and jsonl.stderr == screen.stderr == "No articles match 'zeppelin' published --since 2020.\n"
    assert CliRunner().invoke(cli, [*dated, "--json"]).stderr == ""  # its "total": 0 says it


def test_machine_formats_keep_notes_on_stderr(features_index: Path) -> None:
    for fmt in ("--csv", "--jsonl"):
        quote = CliRunner().invoke(cli, ["query", 'police "gunmen', "--index-dir", str(features_index), fmt])
        assert quote.exit_code == 0 and quote.stderr == "Note: an unbalanced quote was closed at the query's end.\n"
        assert quote.stdout.startswith("id,title," if fmt == "--csv" else '{"rank": 1,')
        typo = CliRunner().invoke(cli, ["query", "polise", "--index-dir", str(features_index), fmt])
        assert typo.exit_code == 1 and typo.stderr == "No articles match 'polise'.\nDid you mean: police\n"
        assert typo.stdout == ("id,title,date,source,authors,url,score,snippet\n" if fmt == "--csv" else "")


@pytest.mark.parametrize("fmt", ["--json", "--jsonl", "--csv"])
def test_a_page_past_the_last_says_so_on_stderr(features_index: Path, fmt: str) -> None:
    out = run(features_index, fmt, "--page", "9")
    assert out.exit_code == 1 and out.stderr.startswith("Page 9 is past the last page (1) of ")


def test_csv_cells_cannot_be_formulas_or_controls() -> None:
    from newssearch.exports import csv_text
    from newssearch.results import Hit, SearchResult
    from newssearch.snippets import Snippet

    hit = Hit(rank=1, id="a.json#1", path="a.json", title="=HYPERLINK(\"http://x\")", date=None, score=0.0,
              snippet=Snippet(((("\x07-2+3 bell", False),),)), source="@evil", authors=("+A", "B"),
              url="\thttp://x")
    text = csv_text(SearchResult(query="q", total=1, page=1, pages=1, limit=10, hits=[hit]))
    assert list(csv.reader(io.StringIO(text)))[1] == [
        "a.json#1", "'=HYPERLINK(\"http://x\")", "", "'@evil", "'+A; B", "'\thttp://x", "0.0000", "'-2+3 bell"]


def test_json_hits_carry_the_rank_of_jsonl(features_index: Path) -> None:
    hits = json.loads(run(features_index, "--json", "-n", "3", "-p", "2").output)["hits"]
    lines = [json.loads(line) for line in run(features_index, "--jsonl", "-n", "3", "-p", "2").stdout.splitlines()]
    assert [hit["rank"] for hit in hits] == [line["rank"] for line in lines] == [4, 5, 6]
    assert hits == lines


def test_past_the_last_page_counts_in_the_right_number(features_index: Path) -> None:
    one = CliRunner().invoke(cli, ["query", "title:gunmen", "-p", "2", "--index-dir", str(features_index)])
    assert one.exit_code == 1 and one.stderr == "Page 2 is past the last page (1) of 1 result.\n"


def test_past_the_last_page_writes_its_number_as_the_header_does_and_similar_counts_articles(
        features_index: Path) -> None:
    # "Page 12345 is past the last page (1) of 3 results." after "3 articles like 'x'" (and "page 12,345 of 1")
    index = ["--index-dir", str(features_index)]
    query = CliRunner().invoke(cli, ["query", "title:gunmen", "-p", "12345", *index])
    assert query.stderr == "Page 12,345 is past the last page (1) of 1 result.\n"
    like = CliRunner().invoke(cli, ["similar", "wire.jsonl#shooting", "-p", "12345", *index])
    assert (like.exit_code, like.stderr) == (1, "Page 12,345 is past the last page (1) of 3 articles.\n")


def test_every_hit_in_one_page_with_a_large_limit(features_index: Path) -> None:
    # "-n 100000" to list every article of an index had been refused (at most 10000), a page of hits being
    # streamed and every match scored whatever the limit
    every = CliRunner().invoke(cli, ["query", "*", "--jsonl", "-n", "100000", "--index-dir", str(features_index)])
    assert every.exit_code == 0, every.output
    stats = CliRunner().invoke(cli, ["stats", "--json", "--index-dir", str(features_index)])
    assert len(every.stdout.splitlines()) == json.loads(stats.stdout)["documents"]
    past = CliRunner().invoke(cli, ["query", "*", "-n", "1000001", "--index-dir", str(features_index)])
    assert past.exit_code == 2 and "1000001 is not in the range 0<=x<=1000000" in past.stderr


def test_a_header_names_the_dates_its_count_is_within(features_index: Path) -> None:
    # "3 results for 'police'" under --since 2020 had read as all of the index's, the dates said only when none matched
    index = ["--index-dir", str(features_index)]
    dated = ["--since", "2020", "--until", "2020-12"]
    query = CliRunner().invoke(cli, ["query", "police", *dated, *index])
    assert query.exit_code == 0
    assert query.stdout.startswith("3 results for 'police' published --since 2020 --until 2020-12 (page 1 of 1)\n")
    assert CliRunner().invoke(cli, ["query", "police", *index]).stdout.startswith("6 results for 'police' (page 1 of 1)\n")
    timeline = CliRunner().invoke(cli, ["timeline", "police", "--by", "year", "--since", "2020", *index])
    assert timeline.stdout.startswith("4 articles for 'police' published --since 2020 by year\n")
    similar = CliRunner().invoke(cli, ["similar", "wire.jsonl#shooting", "--since", "2020", *index])
    assert similar.stdout.splitlines()[0] == ("1 article like 'wire.jsonl#shooting' published --since 2020 "
                                              "(sharing at least 2 of its 12 key words)")


def test_limit_0_lists_no_hit_only_the_count_and_facets(features_index: Path) -> None:
    # "-n 0 --facets", facets alone as Elasticsearch's size=0 gives them, had been refused: 0 not in 1<=x<=1000000
    screen = run(features_index, "-n", "0", "--facets")
    assert screen.exit_code == 0 and screen.stderr == ""
    assert screen.stdout.splitlines() == [
        "6 results for 'police'", "", "Facets:",
        "  source: NZ Herald (2), RNZ (2), Stuff (1); no source (1)",
        "  author: Ali Khan (2), Jane Smith (2), Tama Ngata (1); no author (1)",
        "  section: Crime (2), Politics (1), Transport (1); no section (2)",
        "  year: 2019 (1), 2020 (3), 2021 (1); undated (1)",
        "  month: 2019-01 (1), 2020-06 (1), 2020-10 (2), 2021-03 (1); undated (1)"]
    as_json = run(features_index, "-n", "0", "--facets", "--json")
    data = json.loads(as_json.stdout)
    assert as_json.exit_code == 0 and as_json.stderr == ""
    assert (data["total"], data["hits"], data["limit"], data["pages"]) == (6, [], 0, 1)
    assert data["facets"]["year"] == [{"value": "2019", "count": 1}, {"value": "2020", "count": 3},
                                      {"value": "2021", "count": 1}]


@pytest.mark.parametrize(("fmt", "stdout"), [("--csv", "id,title,date,source,authors,url,score,snippet\n"),
                                             ("--jsonl", "")])
def test_limit_0_in_a_table_is_its_header_the_count_on_stderr(features_index: Path, fmt: str, stdout: str) -> None:
    out = run(features_index, "-n", "0", fmt)
    assert (out.exit_code, out.stdout, out.stderr) == (0, stdout, "6 results for 'police'\n")


def test_limit_0_finding_nothing_says_so_and_exits_1(features_index: Path) -> None:
    out = CliRunner().invoke(cli, ["query", "zeppelin", "-n", "0", "--index-dir", str(features_index)])
    assert (out.exit_code, out.stdout, out.stderr) == (1, "", "No articles match 'zeppelin'.\n")
    like = CliRunner().invoke(cli, ["similar", "wire.jsonl#shooting", "-n", "0", "--index-dir", str(features_index)])
    assert (like.exit_code, like.stdout) == (0, "3 articles like 'wire.jsonl#shooting' (sharing at least 2 of its 12 key words)\n")


def test_limit_0_counts_as_every_order_and_grouping_does(features_index: Path) -> None:
    from newssearch import open_index

    with open_index(features_index) as idx:
        for options in ({}, {"sort": "date"}, {"recent": True}, {"match": "any"}, {"group_copies": True}):
            counted = idx.search("police gunmen", limit=0, **options)
            assert (counted.hits, counted.pages) == ([], 1)
            assert counted.total == idx.search("police gunmen", **options).total, options


def test_limit_0_counts_on_stderr_without_a_header_given(capsys: pytest.CaptureFixture[str]) -> None:
    from newssearch.cli.printing import emit_hits
    from newssearch.results import SearchResult

    result = SearchResult(query="q", total=3, page=1, pages=0, limit=0, hits=[])
    assert emit_hits(result, "jsonl", False) == 0
    assert capsys.readouterr() == ("", "3 results for 'q'\n")


@pytest.mark.parametrize("fmt", ["--csv", "--jsonl"])
def test_a_table_of_part_of_the_hits_says_so_on_stderr(features_index: Path, fmt: str) -> None:
    """`query police --csv > police.csv` (the help's example) wrote the first 10 hits and said nothing of the rest:
    a page that holds part of what was found says so on stderr, with the count of the screen's header and the -n
    that lists them all; a page holding every hit says nothing, and JSON's total and pages say it."""
    out = run(features_index, fmt, "-n", "2")
    assert out.exit_code == 0 and len(out.stdout.splitlines()) == (3 if fmt == "--csv" else 2)
    assert out.stderr == "6 results for 'police' (page 1 of 3): 2 listed; -n 6 lists every one\n"
    dated = run(features_index, fmt, "-n", "3", "--page", "2", "--since", "2020")
    assert dated.stderr == "4 results for 'police' published --since 2020 (page 2 of 2): 1 listed; -n 4 lists every one\n"
    assert run(features_index, fmt, "-n", "3", "--page", "3").stderr == "Page 3 is past the last page (2) of 6 results.\n"
    assert run(features_index, fmt, "-n", "6").stderr == ""
    assert run(features_index, "--json", "-n", "2").stderr == ""
    like = CliRunner().invoke(cli, ["similar", "wire.jsonl#shooting", "-n", "1", fmt,
                                    "--index-dir", str(features_index)])
    assert like.stderr == ("3 articles like 'wire.jsonl#shooting' (sharing at least 2 of its 12 key words; showing 1):"
                           " 1 listed; -n 3 lists every one\n")
