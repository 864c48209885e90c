"""An id typed with backslashes, as a Windows user copies a path (``bbc\\politics\\010.txt``), finds the article
on each command taking an id (show, similar), unless the corpus holds a file whose name has a literal backslash,
which POSIX allows: then an id is read exactly as typed."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

from newssearch import ArticleNotFound, build_index, open_index
from newssearch.cli import cli

STORY = "{title}\n\nZq{word} about the council meeting on the harbour ferry timetable.\n"


def index_of(tmp_path: Path, files: dict[str, str]) -> Path:
    """``files`` written into a corpus folder and indexed; the index folder."""
    corpus = tmp_path / "corpus"
    for name, text in files.items():
        (corpus / name).parent.mkdir(parents=True, exist_ok=True)
        (corpus / name).write_text(text, encoding="utf-8")
    build_index(corpus, tmp_path / "index")
    return tmp_path / "index"


def run(index_dir: Path, *args: str) -> Result:
    return CliRunner().invoke(cli, [*args, "--index-dir", str(index_dir), "--color", "never"])


@pytest.fixture
def bbc(tmp_path: Path) -> Path:
    wire = json.dumps({"id": "w1", "title": "Wire", "text": "Zqwire about the council meeting."}) + "\n"
    return index_of(tmp_path, {"bbc/politics/010.txt": STORY.format(title="Ten", word="ten"),
                               "bbc/politics/011.txt": STORY.format(title="Eleven", word="eleven"),
                               "bbc/sport/001.txt": STORY.format(title="Sport", word="sport"),
                               "feeds/wire.jsonl": wire})


@pytest.mark.parametrize(("typed", "title"), [
    ("bbc\\politics\\010.txt", "Ten"),           # "no article with id 'bbc\politics\010.txt'"
    (".\\bbc\\politics\\011.txt", "Eleven"),     # as PowerShell's tab completion writes it
    ("politics\\010.txt", "Ten"),                # a tail, as politics/010.txt
    ("bbc\\politics/010.txt", "Ten"),            # the two mixed
    ("feeds\\wire.jsonl#w1", "Wire"),            # a record of a file in a folder
    ("BBC\\Politics\\010.TXT", "Ten"),           # and as loosely as a path with slashes
])
def test_an_id_typed_with_backslashes_is_shown(bbc: Path, typed: str, title: str) -> None:
    shown = run(bbc, "show", typed)
    assert (shown.exit_code, shown.stderr, shown.stdout.split("\n", 1)[0]) == (0, "", title)


def test_an_id_typed_with_backslashes_finds_similar_articles(bbc: Path) -> None:
    typed = run(bbc, "similar", "bbc\\politics\\010.txt", "--jsonl")
    assert (typed.exit_code, typed.stderr) == (0, "")
    assert typed.stdout == run(bbc, "similar", "bbc/politics/010.txt", "--jsonl").stdout
    with open_index(bbc) as idx:
        assert idx.get("bbc\\sport\\001.txt").id == "bbc/sport/001.txt"  # the library's get too
        assert [hit.id for hit in idx.similar("bbc\\sport\\001.txt").hits] == \
            [hit.id for hit in idx.similar("bbc/sport/001.txt").hits]


def test_an_id_typed_with_backslashes_that_names_none_is_echoed_as_typed_with_its_hint(bbc: Path) -> None:
    missing = run(bbc, "show", "bbc\\politics")
    assert (missing.exit_code, missing.stdout) == (2, "")
    assert missing.stderr == ("Error: no article with id 'bbc\\politics' (bbc/politics is a folder of 2 articles: "
                              "bbc/politics/010.txt, bbc/politics/011.txt)\n")


def test_a_file_named_with_a_backslash_is_read_exactly(tmp_path: Path) -> None:
    # POSIX allows a backslash in a name: where one is in the corpus, the id typed is the exact id
    index_dir = index_of(tmp_path, {"a\\b.txt": STORY.format(title="Backslash", word="backslash"),
                                    "a/b.txt": STORY.format(title="Folder", word="folder"),
                                    "c/d.txt": STORY.format(title="Other", word="other")})
    with open_index(index_dir) as idx:
        assert idx.get("a\\b.txt").title == "Backslash"
        assert idx.get("a/b.txt").title == "Folder"
        with pytest.raises(ArticleNotFound, match=r"^no article with id 'c\\d.txt': there is no file "):
            idx.get("c\\d.txt")


def test_a_records_key_with_a_backslash_is_its_own(tmp_path: Path) -> None:
    # a record's key as its export holds it: the id as typed is tried before the path it may be on Windows
    export = json.dumps({"id": "C:\\x", "title": "Keyed", "text": "Zqkeyed about the council."}) + "\n"
    index_dir = index_of(tmp_path, {"wire.jsonl": export, "C:/x.txt": STORY.format(title="Path", word="path")})
    with open_index(index_dir) as idx:
        assert idx.get("wire.jsonl#C:\\x").title == "Keyed"
        assert idx.get("C:\\x.txt").title == "Path"
