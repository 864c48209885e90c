"""A date's time of day, where its source writes one: read by every reader, stored, shown and used by --sort date."""

from __future__ import annotations

import json
import pickle
from datetime import date, datetime, timedelta, timezone
from pathlib import Path

import pytest
from click.testing import CliRunner

from newssearch.cli import cli
from newssearch.documents import parse_bytes
from newssearch.documents.dates import parse_date
from newssearch.documents.daytimes import moment_of

UTC = timezone.utc


@pytest.mark.parametrize(("text", "moment"), [
    ("2020-06-19T23:30:00+12:00", datetime(2020, 6, 19, 11, 30, tzinfo=UTC)),  # the day stays NZ's 19 June
    ("2020-06-19T01:00:00+12:00", datetime(2020, 6, 18, 13, 0, tzinfo=UTC)),
    ("2020-06-19T10:30:00.123Z", datetime(2020, 6, 19, 10, 30, 0, 123000, tzinfo=UTC)),
    ("2020-06-19 10:30:00", datetime(2020, 6, 19, 10, 30)),  # no offset: as written
    ("Fri, 19 Jun 2020 10:30:00 GMT", datetime(2020, 6, 19, 10, 30, tzinfo=UTC)),
    ("Fri, 19 Jun 2020 10:30:00 +1200", datetime(2020, 6, 18, 22, 30, tzinfo=UTC)),
    ("Fri, 19 Jun 2020 10:30 EST", datetime(2020, 6, 19, 15, 30, tzinfo=UTC)),
    ("Fri, 19 Jun 2020 10:30:00", datetime(2020, 6, 19, 10, 30)),
    ("19 Jun 2020 10:30 NZDT", datetime(2020, 6, 18, 21, 30, tzinfo=UTC)),  # a name of one zone (zonenames)
    ("19 Jun 2020 10:30 IST", datetime(2020, 6, 19, 10, 30)),  # India's, Ireland's or Israel's: as written
    ("Wed Oct 10 20:19:24 +0000 2018", datetime(2018, 10, 10, 20, 19, 24, tzinfo=UTC)),
    ("5 June 2020, 9:05 pm", datetime(2020, 6, 5, 21, 5)),
    ("05/06/2020 14:12 UTC", datetime(2020, 5, 6, 14, 12, tzinfo=UTC)),
    ("19.06.2020, 10:30 Uhr", datetime(2020, 6, 19, 10, 30)),
    (1592562600, datetime(2020, 6, 19, 10, 30, tzinfo=UTC)),
    (datetime(2020, 6, 19, 10, 30), datetime(2020, 6, 19, 10, 30)),
])
def test_a_date_written_with_a_time_keeps_it_in_utc_where_an_offset_is_given(text: object, moment: datetime) -> None:
    found = parse_date(text)
    assert found is not None and moment_of(found) == moment and moment_of(pickle.loads(pickle.dumps(found))) == moment


@pytest.mark.parametrize("text", ["2020-06-19", "2020-06-19T00:00:00Z", "2020-06-19T00:00:00+02:00", "5 June 2020",
                                  "Fri, 19 Jun 2020 00:00:00 GMT", "Fri, 19 Jun 2020"])
def test_a_day_alone_or_padded_with_midnight_has_no_time(text: str) -> None:
    found = parse_date(text)
    assert found is not None and moment_of(found) is None


def test_the_day_stays_the_one_the_publisher_wrote() -> None:
    assert parse_date("2020-06-19T01:00:00+12:00") == date(2020, 6, 19)


PAGE = ('<html><head><meta property="article:published_time" content="2020-06-19T23:30:00+12:00"></head>'
        "<body><article><h1>Harbour closed</h1><p>The harbour crossing was closed by wind on Friday night, "
        "police said.</p></article></body></html>")
FEED = ('<?xml version="1.0"?><rss version="2.0"><channel><title>RNZ</title><item><title>Harbour closed</title>'
        "<link>https://rnz.co.nz/a</link><pubDate>Fri, 19 Jun 2020 10:30:00 GMT</pubDate>"
        "<description>The harbour crossing was closed by wind on Friday night, police said.</description>"
        "</item></channel></rss>")
RECORD = json.dumps({"title": "Harbour closed", "date": "2020-06-19T10:30:00Z",
                     "text": "The harbour crossing was closed by wind on Friday night, police said."})
MAIL = ("From: Ann Cox <ann@example.com>\nSubject: Harbour closed\nDate: Fri, 19 Jun 2020 10:30:00 +0000\n\n"
        "The harbour crossing was closed by wind on Friday night, police said.\n")
TEXT = "Harbour closed\nDate: 2020-06-19 10:30 UTC\n\nThe harbour crossing was closed by wind on Friday night.\n"
NITF = ('<?xml version="1.0"?><nitf><head><title>Harbour closed</title><docdata>'
        '<date.issue norm="20200619T103000Z"/></docdata></head><body><body.head><hedline><hl1>Harbour closed</hl1>'
        "</hedline></body.head><body.content><p>The harbour crossing was closed by wind on Friday night.</p>"
        "</body.content></body></nitf>")
CSV = 'title,date,text\nHarbour closed,2020-06-19T10:30:00Z,"The harbour crossing was closed by wind."\n'
DATE_LINE = "Harbour closed\nJune 19, 2020 Friday 10:30 AM GMT\n\nThe harbour crossing was closed by wind on Friday.\n"
SGML = ('<REUTERS NEWID="1"><DATE>19-JUN-2020 10:30:01.79</DATE><TEXT><TITLE>HARBOUR CLOSED</TITLE>'
        "<BODY>The harbour crossing was closed by wind on Friday.\n Reuter\n</BODY></TEXT></REUTERS>\n")
ENEX = ('<?xml version="1.0" encoding="UTF-8"?><en-export><note><title>Harbour closed</title><content><![CDATA['
        "<en-note><p>The harbour crossing was closed by wind on Friday.</p></en-note>]]></content>"
        "<created>20200619T103000Z</created></note></en-export>")


@pytest.mark.parametrize(("name", "data", "moment"), [
    ("page.html", PAGE, datetime(2020, 6, 19, 11, 30, tzinfo=UTC)),
    ("feed.rss", FEED, datetime(2020, 6, 19, 10, 30, tzinfo=UTC)),
    ("export.jsonl", RECORD, datetime(2020, 6, 19, 10, 30, tzinfo=UTC)),
    ("export.csv", CSV, datetime(2020, 6, 19, 10, 30, tzinfo=UTC)),
    ("mail.eml", MAIL, datetime(2020, 6, 19, 10, 30, tzinfo=UTC)),
    ("story.txt", TEXT, datetime(2020, 6, 19, 10, 30, tzinfo=UTC)),
    ("story.xml", NITF, datetime(2020, 6, 19, 10, 30, tzinfo=UTC)),
    ("dated.txt", DATE_LINE, datetime(2020, 6, 19, 10, 30, tzinfo=UTC)),
    ("reut2-000.sgm", SGML, datetime(2020, 6, 19, 10, 30, 1)),  # Reuters-21578 names no zone: as written
    ("clips.enex", ENEX, datetime(2020, 6, 19, 10, 30, tzinfo=UTC)),
])
def test_each_reader_keeps_the_time_its_date_source_writes(name: str, data: str, moment: datetime) -> None:
    article, = parse_bytes(data.encode(), name, Path(name).suffix).articles
    assert (article.date, article.time) == (date(2020, 6, 19), moment)


def test_a_date_from_the_path_has_no_time() -> None:
    article, = parse_bytes(b"Harbour closed\n\nThe crossing was closed by wind.\n", "2020/06/19/a.txt", ".txt").articles
    assert (article.date, article.time) == (date(2020, 6, 19), None)


def _index(tmp_path: Path, records: list[dict[str, str]]) -> str:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "wire.jsonl").write_text("".join(json.dumps(record) + "\n" for record in records))
    index = str(tmp_path / "index")
    assert CliRunner().invoke(cli, ["index", str(corpus), "--index-dir", index], env={}).exit_code == 0
    return index


WIRE = [
    {"id": "morning", "title": "Storm morning", "date": "2020-06-19T08:00:00+12:00", "text": "Storm storm storm."},
    {"id": "dayonly", "title": "Storm all day", "date": "2020-06-19", "text": "Storm storm storm storm storm."},
    {"id": "night", "title": "Storm night", "date": "2020-06-19T22:00:00+12:00", "text": "Storm at night."},
    {"id": "early", "title": "Storm early", "date": "2020-06-19T01:00:00+12:00", "text": "Storm early on."},
    {"id": "before", "title": "Storm before", "date": "2020-06-18T23:00:00+12:00", "text": "Storm before."},
    {"id": "noon", "title": "Storm at noon", "date": "2020-06-20T12:00:00+12:00", "text": "Storm at noon."},  # 0:00 UTC
]


@pytest.mark.parametrize(("sort", "order"), [
    ("date", ["noon", "night", "morning", "early", "dayonly", "before"]),
    ("oldest", ["before", "early", "morning", "night", "dayonly", "noon"]),
])
def test_sort_by_date_orders_a_days_hits_by_their_time_those_of_none_last(tmp_path: Path, sort: str,
                                                                            order: list[str]) -> None:
    index = _index(tmp_path, WIRE)
    result = CliRunner().invoke(cli, ["query", "storm", "--sort", sort, "--index-dir", index, "--json"], env={})
    assert [hit["id"].split("#")[1] for hit in json.loads(result.stdout)["hits"]] == order


def test_show_and_json_give_the_time_only_where_the_date_has_one(tmp_path: Path) -> None:
    index = _index(tmp_path, WIRE)
    runner = CliRunner()
    shown = runner.invoke(cli, ["show", "wire.jsonl#early", "--index-dir", index], env={}).stdout.splitlines()
    assert shown[1:4] == ["id: wire.jsonl#early", "date: 2020-06-19 (from json:date)", "time: 2020-06-18T13:00:00Z"]
    noon = runner.invoke(cli, ["show", "wire.jsonl#noon", "--index-dir", index], env={}).stdout.splitlines()
    assert noon[3] == "time: 2020-06-20T00:00:00Z"  # a moment at midnight UTC is no day's padding
    plain = runner.invoke(cli, ["show", "wire.jsonl#dayonly", "--index-dir", index], env={}).stdout.splitlines()
    assert plain[1:3] == ["id: wire.jsonl#dayonly", "date: 2020-06-19 (from json:date)"]
    assert not any(line.startswith("time:") for line in plain)
    timed = json.loads(runner.invoke(cli, ["show", "wire.jsonl#early", "--index-dir", index, "--json"], env={}).stdout)
    assert (timed["date"], timed["time"]) == ("2020-06-19", "2020-06-18T13:00:00Z")
    day = json.loads(runner.invoke(cli, ["show", "wire.jsonl#dayonly", "--index-dir", index, "--json"], env={}).stdout)
    assert "time" not in day
    hits = json.loads(runner.invoke(cli, ["query", "storm", "--index-dir", index, "--json"], env={}).stdout)["hits"]
    assert {hit["id"]: hit.get("time") for hit in hits}["wire.jsonl#night"] == "2020-06-19T10:00:00Z"
    assert "time" not in {hit["id"]: hit for hit in hits}["wire.jsonl#dayonly"]


def test_a_day_moved_or_changed_from_a_timed_one_is_a_plain_day_without_a_time() -> None:
    timed = parse_date("2020-06-18T10:30:00Z")
    assert moment_of(timed) == datetime(2020, 6, 18, 10, 30, tzinfo=timezone.utc)
    for moved in (timed + timedelta(days=1), timedelta(days=1) + timed, timed - timedelta(days=1),
                  timed.replace(day=1), timed.replace(year=2019)):
        assert type(moved) is date and moment_of(moved) is None
    assert timed - date(2020, 6, 17) == timedelta(days=1)
    assert (timed + timedelta(days=1), timed.replace(day=1)) == (date(2020, 6, 19), date(2020, 6, 1))
