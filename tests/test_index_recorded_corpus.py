"""`newssearch index` without CORPUS updates (or rebuilds) the corpus its index was built from, which the manifest
records; with no index there it still asks for CORPUS, and a recorded corpus that is gone is said to be."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from newssearch import build_index
from newssearch.cli import cli
from newssearch.errors import CorpusNotFound


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
    assert result.stderr == (f"Error: {built} holds the index of {corpus}, which is not there any more (if it moved, "
                             f"give its new place: `newssearch index --rebuild CORPUS --index-dir {built}` keeps its "
                             "ids)\n")


def test_build_index_without_corpus_updates_the_recorded_one(built: Path, corpus: Path, tmp_path: Path) -> None:
    report = build_index(index_dir=built)
    assert (report.corpus, report.unchanged, report.rebuilt) == (str(corpus.resolve()), 3, False)
    with pytest.raises(CorpusNotFound, match=r"no corpus given, and .*none holds no index to update"):
        build_index(index_dir=tmp_path / "none")



@pytest.mark.parametrize("layout", ["news/index", "index", "news/wire.jsonl"])
def test_a_corpus_moved_with_its_index_is_found_where_it_went(tmp_path: Path, layout: str) -> None:
    # the whole desk folder moved, the index inside the corpus, beside it, or beside the one file indexed: the
    # error had said only "give its new place: CORPUS", though the index's own place shows it
    (tmp_path / "desk" / "news" / "2024").mkdir(parents=True)
    (tmp_path / "desk" / "news" / "2024" / "ferry.txt").write_text("Ferry sails\n\nThe ferry sailed at dawn.\n")
    (tmp_path / "desk" / "news" / "wire.jsonl").write_text('{"id": "w1", "title": "Bridge", "text": "It shut."}\n')
    corpus = tmp_path / "desk" / ("news/wire.jsonl" if layout.endswith("jsonl") else "news")
    index = tmp_path / "desk" / ("news/index" if layout == "news/index" else "index")
    build_index(corpus, index)
    (tmp_path / "desk").rename(tmp_path / "archive")
    moved, index = (tmp_path / "archive" / path.relative_to(tmp_path / "desk") for path in (corpus, index))
    result = run("index", "--index-dir", str(index))
    assert result.exit_code == 2 and result.stdout == ""
    assert result.stderr == (f"Error: {index} holds the index of {corpus}, which is not there any more (it seems to "
                             f"have moved with the index to {moved}: `newssearch index --rebuild {moved} "
                             f"--index-dir {index}` indexes it there; its ids stay the same)\n")
    with pytest.raises(CorpusNotFound) as caught:
        build_index(index_dir=index)
    assert f'newssearch.build_index("{moved}", "{index}", rebuild=True)' in str(caught.value.hint)
