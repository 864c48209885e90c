"""A file or folder renamed inside the corpus: its old ids answered with the new ones, however many updates (and
segment merges) came after. The answer had read a removed article's stored bytes, which a merge drops."""

from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner

from newssearch import build_index
from newssearch.cli import cli
from newssearch.liveindex import open_whoosh
from newssearch.schema import ID
from newssearch.store import FileEntry, Manifest, load_manifest, save_manifest

STORY = "{}\n\nThe story of {}, told in full.\n"


def write(corpus: Path, rel: str, title: str) -> None:
    """A one-story text file at ``rel``."""
    (corpus / rel).parent.mkdir(parents=True, exist_ok=True)
    (corpus / rel).write_text(STORY.format(title, title.lower()), encoding="utf-8")


def shown(index_dir: Path, typed: str) -> str:
    """The error ``show typed`` prints (it must fail as an id naming no article)."""
    out = CliRunner().invoke(cli, ["show", typed, "--index-dir", str(index_dir)])
    assert out.exit_code == 2, out.stdout
    return out.stderr


def held_ids(index_dir: Path, *ids: str) -> list[str]:
    """Which of ``ids`` the index's segments still hold, live or removed (a merge drops the removed)."""
    manifest = load_manifest(index_dir)
    assert manifest is not None
    with open_whoosh(index_dir, manifest).reader() as reader:
        return [article_id for article_id in ids if (ID, article_id) in reader]


def corpus_of(tmp_path: Path) -> tuple[Path, Path]:
    """A corpus of twelve stories and a folder of two stories and an export of one record, indexed."""
    corpus, index_dir = tmp_path / "corpus", tmp_path / "index"
    for number in range(12):
        write(corpus, f"desk/{number:03}.txt", f"Desk story {number}")
    write(corpus, "politics/223.txt", "Budget vote")
    write(corpus, "bridge.txt", "Harbour bridge reopens")
    (corpus / "politics" / "wire.jsonl").write_text(json.dumps({"id": "w1", "title": "Storm", "text": "Rain."}) + "\n",
                                                    encoding="utf-8")
    build_index(corpus, index_dir)
    return corpus, index_dir


def test_a_folder_renamed_keeps_its_old_ids_answered_after_its_segment_is_merged(tmp_path: Path) -> None:
    # `mv corpus/politics corpus/pol`: `show politics/223.txt` had said "there is no file" or only the general
    # hint once the update's removals were merged away, while the index held the same bytes as pol/223.txt
    corpus, index_dir = corpus_of(tmp_path)
    (corpus / "politics").rename(corpus / "pol")
    (corpus / "bridge.txt").rename(corpus / "harbour-bridge.txt")
    build_index(corpus, index_dir)
    for number in range(6):  # updates of one new story each: small segments, merged with the first
        write(corpus, f"late/{number}.txt", f"Late story {number}")
        build_index(corpus, index_dir)
    assert held_ids(index_dir, "politics/223.txt", "bridge.txt", "pol/223.txt") == ["pol/223.txt"]  # merged away
    assert shown(index_dir, "politics/223.txt") == (
        "Error: no article with id 'politics/223.txt': politics/223.txt was removed from the index at an update: "
        f"{corpus / 'politics' / '223.txt'} is no longer there, and a file of the same bytes is in the index: "
        "pol/223.txt (if politics/223.txt was moved or renamed, pol/223.txt is its id now)\n")
    assert shown(index_dir, "politics/wire.jsonl#w1").endswith(
        "a file of the same bytes is in the index: pol/wire.jsonl (if politics/wire.jsonl was moved or renamed, "
        "pol/wire.jsonl#w1 is its id now)\n")
    assert shown(index_dir, "bridge.txt").endswith(
        "a file of the same bytes is in the index: harbour-bridge.txt (if bridge.txt was moved or renamed, "
        "harbour-bridge.txt is its id now)\n")


def test_a_folder_renamed_twice_names_its_last_place_and_an_edit_unsays_it(tmp_path: Path) -> None:
    # politics -> pol -> policy: the first name is answered with the last; a file edited since it was moved no longer
    # holds "the same bytes", so its old path is not said to be it (the index cannot tell it apart from a new file)
    corpus, index_dir = corpus_of(tmp_path)
    (corpus / "politics").rename(corpus / "pol")
    build_index(corpus, index_dir)
    (corpus / "pol").rename(corpus / "policy")
    build_index(corpus, index_dir)
    write(corpus, "policy/223.txt", "Budget vote passes")
    build_index(corpus, index_dir)
    for number in range(6):
        write(corpus, f"late/{number}.txt", f"Late story {number}")
        build_index(corpus, index_dir)
    assert held_ids(index_dir, "politics/wire.jsonl#w1", "pol/wire.jsonl#w1") == []
    for old in ("politics", "pol"):
        assert shown(index_dir, f"{old}/wire.jsonl#w1").endswith(
            f"a file of the same bytes is in the index: policy/wire.jsonl (if {old}/wire.jsonl was moved or renamed, "
            "policy/wire.jsonl#w1 is its id now)\n")
        assert "same bytes" not in shown(index_dir, f"{old}/223.txt")
    manifest = load_manifest(index_dir)
    assert manifest is not None
    assert manifest.files["policy/wire.jsonl"].moved_from == ["politics/wire.jsonl", "pol/wire.jsonl"]
    assert manifest.files["policy/223.txt"].moved_from == []


def test_a_folder_that_is_most_of_the_corpus_renamed_is_answered_at_once(tmp_path: Path) -> None:
    # more than a third of a segment's articles removed rewrites it at that update: nothing removed is left to read
    corpus, index_dir = tmp_path / "corpus", tmp_path / "index"
    for number in range(3):
        write(corpus, f"politics/{number}.txt", f"Vote {number}")
    build_index(corpus, index_dir)
    (corpus / "politics").rename(corpus / "pol")
    build_index(corpus, index_dir)
    assert held_ids(index_dir, "politics/0.txt") == []
    assert shown(index_dir, "politics/1.txt").endswith(
        "a file of the same bytes is in the index: pol/1.txt (if politics/1.txt was moved or renamed, pol/1.txt is "
        "its id now)\n")


def test_a_copy_is_no_move_and_a_move_is_paired_by_name() -> None:
    from newssearch.filemoves import moved_to, record_moves

    def entry(sha1: str, rel: str) -> FileEntry:
        return FileEntry(1, 2, sha1, [rel])

    entries = {"a/x.txt": entry("1", "a/x.txt"), "b/x.txt": entry("1", "b/x.txt"), "b/y.txt": entry("1", "b/y.txt"),
               "b/z.txt": entry("2", "b/z.txt"), "c.txt": entry("3", "c.txt")}
    record_moves({}, entries, list(entries))  # files added, none gone: copies at most
    assert all(not found.moved_from for found in entries.values())
    record_moves({"x.txt": entry("1", "x.txt"), "old.txt": entry("2", "old.txt"), "gone.txt": entry("4", "gone.txt"),
                  "none.txt": FileEntry(1, 2, "3", [])},  # a file that held no article (a skip) is no move
                 entries, ["a/x.txt", "b/x.txt", "b/y.txt", "b/z.txt", "c.txt"])
    assert {rel: found.moved_from for rel, found in entries.items()} == {
        "a/x.txt": ["x.txt"], "b/x.txt": ["x.txt"], "b/y.txt": [], "b/z.txt": ["old.txt"], "c.txt": []}
    assert moved_to(entries.values(), "x.txt") == ["a/x.txt", "b/x.txt"]
    assert moved_to(entries.values(), "gone.txt") == []


def test_a_manifest_keeps_where_a_file_was_moved_from_and_reads_entries_written_without_it(tmp_path: Path) -> None:
    moved = FileEntry(1, 2, "ab", ["pol/1.txt"], moved_from=["politics/1.txt"])  # no change time: written as null
    manifest = Manifest(active="ix-1", corpus=str(tmp_path), files={"pol/1.txt": moved})
    save_manifest(tmp_path, manifest)
    loaded = load_manifest(tmp_path)
    assert loaded is not None and loaded.files == manifest.files
    head = (tmp_path / "newssearch.json").read_text(encoding="utf-8").split("\n")[0]
    older = json.dumps({"a.txt": [1, 2, "ab", ["a.txt"]], "b.txt": [1, 2, "cd", ["b.txt"], [], [], [], 7]})
    fields = {**json.loads(head), "file_count": 2, "table_bytes": len(older)}
    fields.pop("head_crc")  # an older run wrote none
    (tmp_path / "newssearch.json").write_text(  # entries as an index of an older run wrote them
        json.dumps(fields, separators=(",", ":")) + "\n" + older, encoding="utf-8")
    loaded = load_manifest(tmp_path)
    assert loaded is not None and [entry.moved_from for entry in loaded.files.values()] == [[], []]


def test_a_path_used_again_by_another_file_is_no_longer_said_to_have_moved(tmp_path: Path) -> None:
    # politics/223.txt moved to pol/, then a new story written at politics/223.txt and later deleted: its bytes are
    # not pol/223.txt's, which must not be named for it
    corpus, index_dir = corpus_of(tmp_path)
    (corpus / "politics").rename(corpus / "pol")
    build_index(corpus, index_dir)
    write(corpus, "politics/223.txt", "Another story")
    build_index(corpus, index_dir)
    (corpus / "politics" / "223.txt").unlink()
    build_index(corpus, index_dir)
    for number in range(6):  # (until merged, the first version's removed article still shows the bytes it had)
        write(corpus, f"late/{number}.txt", f"Late story {number}")
        build_index(corpus, index_dir)
    assert held_ids(index_dir, "politics/223.txt") == []
    assert "same bytes" not in shown(index_dir, "politics/223.txt")
    manifest = load_manifest(index_dir)
    assert manifest is not None and manifest.files["pol/223.txt"].moved_from == []
    assert manifest.files["pol/wire.jsonl"].moved_from == ["politics/wire.jsonl"]


def test_a_file_removed_is_told_by_the_bytes_it_had_last_not_first(tmp_path: Path) -> None:
    # bridge.txt edited, a copy of its first version kept as old-bridge.txt, then bridge.txt deleted: its removed
    # articles are both still held, and the first had been read, naming old-bridge.txt as bridge.txt's bytes
    corpus, index_dir = corpus_of(tmp_path)
    first = (corpus / "bridge.txt").read_bytes()
    write(corpus, "bridge.txt", "Harbour bridge reopens at last")
    (corpus / "old-bridge.txt").write_bytes(first)
    for name in ("a", "b", "c"):  # the update's segment keeps more than two thirds of its articles
        write(corpus, f"more/{name}.txt", f"More {name}")
    build_index(corpus, index_dir)
    (corpus / "bridge.txt").unlink()
    build_index(corpus, index_dir)
    assert held_ids(index_dir, "bridge.txt") == ["bridge.txt"]
    told = shown(index_dir, "bridge.txt")
    assert "was removed from the index at an update" in told and "same bytes" not in told, told


def test_a_file_of_records_gone_before_an_update_still_lists_its_articles(tmp_path: Path) -> None:
    # "show wire.jsonl" of an export moved away, before any update, had said "wire.jsonl was removed from the index
    # at an update", while the index still held (and showed) its two records: they are named, as when it is there
    corpus, index_dir = tmp_path / "corpus", tmp_path / "index"
    write(corpus, "vote.txt", "Council vote")
    (corpus / "wire.jsonl").write_text("".join(
        json.dumps({"id": key, "title": f"Wire story {key}", "text": "The wire's story, told in full."}) + "\n"
        for key in ("a", "b")), encoding="utf-8")
    build_index(corpus, index_dir)
    (corpus / "wire.jsonl").rename(tmp_path / "wire.jsonl")
    held = "(wire.jsonl holds 2 articles: wire.jsonl#a, wire.jsonl#b)\n"
    assert shown(index_dir, "wire.jsonl") == f"Error: no article with id 'wire.jsonl' {held}"
    assert "removed from the index" not in shown(index_dir, "wire.jsonl#c")
