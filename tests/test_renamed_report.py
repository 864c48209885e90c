"""``newssearch index`` reports a file renamed or moved inside the corpus, its bytes the same, as renamed, not as
one article added and one deleted; the index holds it under its new id alone, as before."""

from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner

from newssearch import build_index
from newssearch.cli import cli
from newssearch.filemoves import renamed_articles
from newssearch.store import FileEntry

STORY = "{}\n\nThe story of {}, told in full.\n"


def _corpus(tmp_path: Path) -> tuple[Path, str]:
    """Two stories and an export of two records, indexed."""
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for name, title in [("bridge.txt", "Harbour bridge reopens"), ("ferry.txt", "Ferry strike")]:
        (corpus / name).write_text(STORY.format(title, title.lower()), encoding="utf-8")
    (corpus / "wire.jsonl").write_text("".join(json.dumps({"id": key, "title": f"Wire {key}", "text": "Told."}) + "\n"
                                               for key in ("a", "b")), encoding="utf-8")
    build_index(corpus, tmp_path / "index")
    return corpus, str(tmp_path / "index")


def _index(index_dir: str, corpus: Path, *options: str):  # type: ignore[no-untyped-def]
    return CliRunner().invoke(cli, ["index", str(corpus), "--index-dir", index_dir, *options])


def _ids(index_dir: str) -> list[str]:
    out = CliRunner().invoke(cli, ["query", "*", "--index-dir", index_dir, "--jsonl", "-n", "50"])
    return sorted(json.loads(line)["id"] for line in out.stdout.splitlines())


def test_a_file_renamed_is_reported_renamed_and_indexed_under_its_new_id(tmp_path: Path) -> None:
    # "1 added, 0 updated, 1 deleted" had been said of `mv bridge.txt harbour-bridge.txt`
    corpus, index_dir = _corpus(tmp_path)
    (corpus / "bridge.txt").rename(corpus / "harbour-bridge.txt")
    out = _index(index_dir, corpus)
    assert (out.exit_code, out.stdout.splitlines()[1:], out.stderr) == (0, [
        "  0 added, 0 updated, 0 deleted, 1 renamed, 3 unchanged; 4 articles from 3 files in the index"], "")
    assert _ids(index_dir) == ["ferry.txt", "harbour-bridge.txt", "wire.jsonl#a", "wire.jsonl#b"]
    again = _index(index_dir, corpus)  # nothing renamed since: not said again
    assert again.stdout.splitlines()[1:] == [
        "  0 added, 0 updated, 0 deleted, 4 unchanged; 4 articles from 3 files in the index"]


def test_json_and_verbose_name_each_article_renamed_and_a_copy_is_added(tmp_path: Path) -> None:
    corpus, index_dir = _corpus(tmp_path)
    (corpus / "wire").mkdir()
    (corpus / "wire.jsonl").rename(corpus / "wire" / "wire.jsonl")   # moved into a folder: its records renamed
    (corpus / "ferry.txt").rename(corpus / "ferry-strike.txt")
    (corpus / "ferry-copy.txt").write_bytes((corpus / "ferry-strike.txt").read_bytes())  # a copy too, of a new
    # time (a mv keeps the file's): added
    (corpus / "bridge.txt").unlink()
    report = json.loads(_index(index_dir, corpus, "--json").stdout)
    assert {key: report[key] for key in ("added", "updated", "deleted", "deleted_ids", "renamed", "renamed_ids",
                                         "unchanged", "documents")} == {
        "added": 1, "updated": 0, "deleted": 1, "deleted_ids": ["bridge.txt"], "renamed": 3,
        "renamed_ids": [["ferry.txt", "ferry-strike.txt"], ["wire.jsonl#a", "wire/wire.jsonl#a"],
                        ["wire.jsonl#b", "wire/wire.jsonl#b"]],
        "unchanged": 0, "documents": 4}
    assert _ids(index_dir) == ["ferry-copy.txt", "ferry-strike.txt", "wire/wire.jsonl#a", "wire/wire.jsonl#b"]
    (corpus / "wire" / "wire.jsonl").rename(corpus / "w.jsonl")
    loud = _index(index_dir, corpus, "--verbose")
    assert loud.stdout.splitlines()[1:] == [
        "  0 added, 0 updated, 0 deleted, 2 renamed, 2 unchanged; 4 articles from 3 files in the index",
        "  2 articles renamed", "    wire/wire.jsonl#a to w.jsonl#a", "    wire/wire.jsonl#b to w.jsonl#b"]


def test_renamed_articles_pair_each_file_once_by_its_bytes_its_name_first() -> None:
    def entry(sha1: str, *ids: str, mtime: int = 1) -> FileEntry:
        return FileEntry(mtime, 2, sha1, list(ids))

    vanished = {"x.txt": entry("1", "x.txt"), "e.jsonl": entry("2", "e.jsonl#a", "e.jsonl#b"),
                "gone.txt": entry("3", "gone.txt"), "empty.txt": entry("4")}
    entries = {"a/y.txt": entry("1", "a/y.txt"), "b/x.txt": entry("1", "b/x.txt", mtime=9),  # the same name first
               "f/e.jsonl": entry("2", "f/e.jsonl#b", "f/e.jsonl#c"),  # records paired by key: #b only
               "new.txt": entry("5", "new.txt"), "empty2.txt": entry("4")}
    assert renamed_articles(vanished, entries, sorted(entries)) == [
        ("e.jsonl#b", "f/e.jsonl#b"), ("x.txt", "b/x.txt")]
    assert renamed_articles({}, entries, sorted(entries)) == []
    del entries["b/x.txt"]
    entries |= {"a/x2.txt": entry("1", "a/x2.txt", mtime=9), "a/z.txt": entry("1", "a/z.txt")}
    # then the same time, as `mv` keeps it (a copy has a time of its own), then the first
    assert renamed_articles({"x.txt": vanished["x.txt"]}, entries, sorted(entries)) == [("x.txt", "a/y.txt")]
