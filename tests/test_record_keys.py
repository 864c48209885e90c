"""An export's records keyed by their own id, else their address, not their place: deleting, editing or reordering
records moves no other record's id (``export.jsonl#2`` had named another story once the first was deleted)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from newssearch import build_index, config, open_index
from newssearch.cli import cli

FERRY = {"title": "Ferry sinks", "text": "The ferry sank in the harbour after a storm on Tuesday night.",
         "url": "https://news.example/ferry"}
BRIDGE = {"title": "Bridge opens", "text": "The new bridge opened to traffic on Wednesday after three years.",
          "url": "https://news.example/bridge"}
ROAD = {"title": "Road closed", "text": "The coast road was closed on Thursday after a slip.",
        "url": "https://news.example/road"}


def ids(index: Path) -> list[str]:
    with open_index(index) as ix:
        return sorted(hit.id for hit in ix.search("*", limit=100).hits)


def jsonl(records: list[dict[str, str]]) -> str:
    return "".join(json.dumps(record) + "\n" for record in records)


def csv(records: list[dict[str, str]]) -> str:
    return "title,text,url\n" + "".join(f"{r['title']},{r['text']},{r['url']}\n" for r in records)


WRITERS = {"export.jsonl": jsonl, "export.json": lambda records: json.dumps(records), "export.csv": csv}


@pytest.mark.parametrize("name", list(WRITERS))
@pytest.mark.parametrize("stream", [False, True])
def test_records_without_an_id_are_keyed_by_their_addresses_so_a_deletion_moves_no_id(
        tmp_path: Path, name: str, stream: bool, monkeypatch: pytest.MonkeyPatch) -> None:
    if stream:
        monkeypatch.setattr(config, "STREAM_MIN_BYTES", 0)  # read a line (a row) at a time, as a large file is
    corpus, index = tmp_path / "corpus", tmp_path / "index"
    corpus.mkdir()
    export = corpus / name
    export.write_text(WRITERS[name]([FERRY, BRIDGE, ROAD]), encoding="utf-8")
    build_index(corpus, index)
    bridge = f"{name}#https://news.example/bridge"
    assert ids(index) == sorted(f"{name}#{r['url']}" for r in (FERRY, BRIDGE, ROAD))
    export.write_text(WRITERS[name]([ROAD, BRIDGE]), encoding="utf-8")  # the first deleted, the others reordered
    report = build_index(corpus, index)
    assert (report.deleted, report.updated) == (1, 0)
    shown = CliRunner().invoke(cli, ["show", bridge, "--index-dir", str(index)])
    assert shown.exit_code == 0 and "Bridge opens" in shown.stdout


@pytest.mark.parametrize(("records", "keys"), [
    ([FERRY, {**BRIDGE, "url": ""}], ["1", "2"]),                      # one without an address: places, as before
    ([FERRY, {**BRIDGE, "url": FERRY["url"]}], ["1", "2"]),            # two at one address
    ([{**FERRY, "id": "f1"}, BRIDGE], ["f1", "https://news.example/bridge"]),  # an id first, else the address
])
def test_records_keep_their_places_unless_every_one_has_its_own_address(tmp_path: Path, records: list[dict[str, str]],
                                                                         keys: list[str]) -> None:
    (tmp_path / "corpus").mkdir()
    (tmp_path / "corpus" / "export.jsonl").write_text(jsonl(records), encoding="utf-8")
    build_index(tmp_path / "corpus", tmp_path / "index")
    assert ids(tmp_path / "index") == sorted(f"export.jsonl#{key}" for key in keys)


def test_an_old_id_of_a_records_place_says_how_the_file_keys_its_records_now(tmp_path: Path) -> None:
    (tmp_path / "corpus").mkdir()
    (tmp_path / "corpus" / "export.jsonl").write_text(jsonl([FERRY, BRIDGE]), encoding="utf-8")
    build_index(tmp_path / "corpus", tmp_path / "index")
    result = CliRunner().invoke(cli, ["show", "export.jsonl#2", "--index-dir", str(tmp_path / "index")])
    assert result.exit_code == 2 and result.stdout == ""
    assert "no article with id 'export.jsonl#2'" in result.stderr
    assert "export.jsonl keys its records by their own id or address, not their place" in result.stderr
    assert "export.jsonl#https://news.example/bridge" in result.stderr
