"""`newssearch index` without CORPUS updates (or rebuilds) the corpus its index was built from, which the manifest
records; with no index there it still asks for CORPUS, and a recorded corpus that is gone is said to be."""

from __future__ import annotations

import json
import os
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

from newssearch import build_index
from newssearch.cli import cli
from newssearch.errors import CorpusNotFound, NewsSearchError
from newssearch.store import load_manifest


def run(*args: str):  # type: ignore[no-untyped-def]
    return CliRunner().invoke(cli, list(args), env={}, prog_name="newssearch")


def test_index_without_corpus_updates_the_recorded_one(built: Path, corpus: Path) -> None:
    (corpus / "new.txt").write_text("Ferry sails\n\nThe ferry sailed at dawn.\n")
    result = run("index", "--index-dir", str(built))
    assert result.exit_code == 0, result.stderr
    assert result.stderr == f"Updating the index of {corpus.resolve()} (the corpus {built}/ was built from)\n"
    assert result.stdout.splitlines()[1] == ("  1 added, 0 updated, 0 deleted, 3 unchanged; "
                                             "4 articles from 4 files in the index")


def test_rebuild_without_corpus_rebuilds_the_recorded_one(built: Path, corpus: Path) -> None:
    result = run("index", "--rebuild", "--index-dir", str(built))
    assert result.exit_code == 0, result.stderr
    assert result.stderr == f"Rebuilding the index of {corpus.resolve()} (the corpus {built}/ was built from)\n"
    assert result.stdout.splitlines()[0].endswith("(built from scratch)")


@pytest.mark.parametrize("folder", ["none", "notes"])
def test_no_index_there_still_asks_for_corpus(tmp_path: Path, folder: str) -> None:
    # "notes": a folder of other files, as ./index may be where no index was built
    (tmp_path / "notes").mkdir()
    (tmp_path / "notes" / "todo.txt").write_text("call the desk\n")
    result = run("index", "--index-dir", str(tmp_path / folder))
    assert result.exit_code == 2 and result.stdout == ""
    assert result.stderr == "Error: Missing argument 'CORPUS'. (see: newssearch index --help)\n"
    assert not (tmp_path / "none").exists()


def test_a_recorded_corpus_that_is_gone_is_said_to_be(built: Path, corpus: Path) -> None:
    corpus.rename(corpus.with_name("moved"))
    result = run("index", "--index-dir", str(built))
    assert result.exit_code == 2 and result.stdout == ""
    assert result.stderr == (f"Error: {built}/ holds the index of {corpus}, which is not there any more (if it moved, "
                             f"give its new place: `newssearch index CORPUS --index-dir {built}` updates it there, "
                             "keeping its ids)\n")


def test_build_index_without_corpus_updates_the_recorded_one(built: Path, corpus: Path, tmp_path: Path) -> None:
    report = build_index(index_dir=built)
    assert (report.corpus, report.unchanged, report.rebuilt) == (str(corpus.resolve()), 3, False)
    with pytest.raises(CorpusNotFound, match=r"no corpus given, and .*none holds no index to update"):
        build_index(index_dir=tmp_path / "none")



def _desk(tmp_path: Path, layout: str) -> tuple[Path, Path]:
    """A desk folder's corpus and index laid out as ``layout`` says (the index inside the corpus, beside it, or
    beside the one file indexed), built; returns the corpus and the index."""
    (tmp_path / "desk" / "news" / "2024").mkdir(parents=True)
    (tmp_path / "desk" / "news" / "2024" / "ferry.txt").write_text("Ferry sails\n\nThe ferry sailed at dawn.\n")
    (tmp_path / "desk" / "news" / "wire.jsonl").write_text('{"id": "w1", "title": "Bridge", "text": "It shut."}\n')
    corpus = tmp_path / "desk" / ("news/wire.jsonl" if layout.endswith("jsonl") else "news")
    index = tmp_path / "desk" / ("news/index" if layout == "news/index" else "index")
    build_index(corpus, index)
    return corpus, index


@pytest.mark.parametrize("layout", ["news/index", "index", "news/wire.jsonl"])
def test_a_corpus_moved_with_its_index_is_updated_where_it_went(tmp_path: Path, layout: str) -> None:
    # the whole desk folder moved: `index` alone had refused ("it seems to have moved with the index to …: `newssearch
    # index --rebuild …`"), though the index's own place shows where, and its ids are relative to it
    corpus, index = _desk(tmp_path, layout)
    (tmp_path / "desk").rename(tmp_path / "archive")
    moved, index = (tmp_path / "archive" / path.relative_to(tmp_path / "desk") for path in (corpus, index))
    stats = run("stats", "--index-dir", str(index))
    assert stats.stdout.splitlines()[1] == (f"corpus:    {corpus} (not found: it seems to have moved with the index "
                                            f"to {moved}; an update indexes it there)")
    assert json.loads(run("stats", "--json", "--index-dir", str(index)).stdout)["corpus_moved_to"] == str(moved)
    result = run("index", "--index-dir", str(index))
    assert result.exit_code == 0, result.stderr
    assert result.stderr == (f"Updating the index of {moved} (the corpus {index}/ was built from, at {corpus}: it "
                             "moved with the index)\n")
    assert result.stdout.splitlines()[1:3] == [f"  the corpus moved from {corpus} to {moved}: updated in place",
                                               "  0 added, 0 updated, 0 deleted, 2 unchanged; 2 articles from 2 files "
                                               "in the index" if layout != "news/wire.jsonl" else
                                               "  0 added, 0 updated, 0 deleted, 1 unchanged; 1 article from 1 file "
                                               "in the index"]
    assert json.loads(run("stats", "--json", "--index-dir", str(index)).stdout)["corpus"] == str(moved)
    again = build_index(index_dir=index)  # recorded at its new place: an update as any other
    assert (again.corpus, again.moved_from, again.added, again.updated) == (str(moved), None, 0, 0)


def test_a_moved_corpus_is_updated_in_place_reading_only_its_changes(built: Path, corpus: Path, tmp_path: Path) -> None:
    # `mv /data/news /archive/news` had needed `index /archive/news --rebuild`, every file read again; a move within
    # a file system keeps each file's change time, so only the files changed since are read
    moved = corpus.rename(tmp_path / "archive")
    (moved / "new.txt").write_text("Ferry sails\n\nThe ferry sailed at dawn.\n")
    edited = sorted(moved.iterdir())[0]
    before = edited.stat()
    edited.write_bytes(edited.read_bytes().replace(b"e", b"E", 1))  # the same size, its time set back: still read
    os.utime(edited, ns=(before.st_atime_ns, before.st_mtime_ns))
    read: list[str] = []
    report = build_index(moved, built, progress=lambda done, total, rel: read.append(rel))
    assert sorted(read) == [edited.name, "new.txt"]
    assert (report.corpus, report.moved_from) == (str(moved), str(corpus))
    assert (report.added, report.updated, report.deleted, report.unchanged) == (1, 1, 0, 2)
    result = run("index", str(moved), "--index-dir", str(built))  # a run with nothing changed: as any other
    assert result.stdout.splitlines()[1] == "  0 added, 0 updated, 0 deleted, 4 unchanged; 4 articles from 4 files in the index"


def test_a_copied_corpus_is_read_to_compare_and_kept(built: Path, corpus: Path, tmp_path: Path) -> None:
    # a copy (cp -r, copytree) gives each file a new change time: each is read to compare its content, as after a
    # chmod, and nothing that did not change is written again; while the original is there the copy is refused
    copy = Path(shutil.copytree(corpus, tmp_path / "copy"))
    with pytest.raises(NewsSearchError, match=f"holds the index of {corpus}, not {copy}"):
        build_index(copy, built)
    shutil.rmtree(corpus)
    read: list[str] = []
    report = build_index(copy, built, progress=lambda done, total, rel: read.append(rel))
    assert len(read) == 3 and (report.moved_from, report.updated, report.unchanged) == (str(corpus), 0, 3)


def test_a_moved_run_interrupted_keeps_the_old_path_and_the_next_one_moves_it(built: Path, corpus: Path,
                                                                              tmp_path: Path) -> None:
    # the new place is recorded in the manifest this run saves with its commit: a run stopped records nothing
    moved = corpus.rename(tmp_path / "archive")
    (moved / "new.txt").write_text("Ferry sails\n\nThe ferry sailed at dawn.\n")

    def stop(done: int, total: int, rel: str) -> None:
        raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        build_index(moved, built, progress=stop)
    assert load_manifest(built, with_files=False).corpus == str(corpus)
    report = build_index(moved, built)
    assert (report.moved_from, report.added, report.unchanged) == (str(corpus), 1, 3)
    assert load_manifest(built, with_files=False).corpus == str(moved)

