"""newssearch's own JSON output (``show --json``, ``--jsonl``), indexed again, keeps the time of day: its ``time``
is read with its ``date``, where it is a moment of that day."""

from __future__ import annotations

import json
from datetime import date, datetime, timezone
from pathlib import Path

import pytest
from click.testing import CliRunner

from newssearch.cli import cli
from newssearch.documents import parse_bytes

UTC = timezone.utc


def _record(day: str, time: object) -> bytes:
    return json.dumps({"id": "wire.jsonl#early", "title": "Storm early", "date": day, "date_source": "json:date",
                       "time": time, "body": "Storm early on."}).encode()


@pytest.mark.parametrize(("day", "time", "moment"), [
    ("2020-06-19", "2020-06-18T13:00:00Z", datetime(2020, 6, 18, 13, 0, tzinfo=UTC)),  # UTC: the day before NZ's
    ("2020-06-19", "2020-06-20T00:00:00Z", datetime(2020, 6, 20, 0, 0, tzinfo=UTC)),  # a UTC midnight is a moment
    ("2020-06-19", "2020-06-19T10:30:00", datetime(2020, 6, 19, 10, 30)),  # a time of no zone, as written
])
def test_a_records_time_beside_its_day_is_read_back(day: str, time: str, moment: datetime) -> None:
    article, = parse_bytes(_record(day, time), "export.jsonl", ".jsonl").articles
    assert (article.date, article.time) == (date(2020, 6, 19), moment)


@pytest.mark.parametrize("time", [
    "2020-06-21T10:00:00Z",  # no moment of 19 June anywhere
    "2020-06-20T10:30:00",  # as written, on another day
    "10:30",  # a time alone, no day
    1592562600,  # Unix time: Hacker News's "time" is its post's moment, not ours
])
def test_a_time_of_another_day_or_no_moment_is_not_read(time: object) -> None:
    article, = parse_bytes(_record("2020-06-19", time), "export.jsonl", ".jsonl").articles
    assert (article.date, article.time) == (date(2020, 6, 19), None)


def test_a_dates_own_time_is_kept_over_the_records_time() -> None:
    article, = parse_bytes(_record("2020-06-19T08:00:00Z", "2020-06-19T10:30:00Z"), "export.jsonl", ".jsonl").articles
    assert article.time == datetime(2020, 6, 19, 8, 0, tzinfo=UTC)


WIRE = [
    {"id": "early", "title": "Storm early", "date": "2020-06-19T01:00:00+12:00", "text": "Storm early on."},
    {"id": "dayonly", "title": "Storm all day", "date": "2020-06-19", "text": "Storm storm storm storm storm."},
]


@pytest.mark.parametrize(("command", "times"), [
    (["show", "wire.jsonl#early", "wire.jsonl#dayonly", "--jsonl"],
     [("2020-06-19", "2020-06-18T13:00:00Z"), ("2020-06-19", None)]),
])  # query's --json and --jsonl are a result list, and show's --json of one article a copy: the index skips them
def test_shows_json_output_indexed_again_keeps_the_time(tmp_path: Path, command: list[str],
                                                        times: list[tuple[str, str | None]]) -> None:
    runner = CliRunner()
    for name, records in (("corpus", WIRE), ("again", None)):
        corpus = tmp_path / name
        corpus.mkdir()
        if records is None:
            printed = runner.invoke(cli, [*command, "--index-dir", str(tmp_path / "corpus-index")], env={})
            assert printed.exit_code == 0, printed.output
            (corpus / ("export.json" if command[-1] == "--json" else "export.jsonl")).write_text(printed.stdout)
        else:
            (corpus / "wire.jsonl").write_text("".join(json.dumps(record) + "\n" for record in records))
        built = runner.invoke(cli, ["index", str(corpus), "--index-dir", str(tmp_path / f"{name}-index")], env={})
        assert built.exit_code == 0, built.output
    found = runner.invoke(cli, ["query", "storm", "--json", "--index-dir", str(tmp_path / "again-index")], env={})
    assert found.exit_code == 0, found.output
    assert sorted(((hit["date"], hit.get("time")) for hit in json.loads(found.stdout)["hits"]), key=str) == times
