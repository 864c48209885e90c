"""``show`` of an id typed otherwise than the index writes it, by a file name's encoding or spacing: a Latin-1 name
(``caf%E9.txt``) typed ``café.txt``, a name with a stray space (``trail .txt``) typed ``trail.txt``, is suggested,
not found silently (two such files may both be in a corpus); a removed file's path is printed as its name was on disk,
not with its id's escapes."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from click.testing import CliRunner

from newssearch import build_index
from newssearch.cli import cli
from newssearch.ids import id_file_name, plain_spelling

_STORY = "Title {0}\n\nThe story of {0}, told in full.\n"


def _corpus(tmp_path: Path, names: list[bytes]) -> tuple[Path, Path]:
    """A corpus of a small text file under each name (bytes, as the disk has it), and its index."""
    corpus, index_dir = tmp_path / "corpus", tmp_path / "index"
    corpus.mkdir()
    for name in names:
        path = os.path.join(os.fsencode(corpus), name)
        os.makedirs(os.path.dirname(path), exist_ok=True)
        try:
            with open(path, "wb") as file:
                file.write(_STORY.format(name.decode("latin-1").strip()).encode("utf-8"))
        except OSError:
            pytest.skip("this file system refuses names that are not UTF-8")
    build_index(corpus, index_dir)
    return corpus, index_dir


def _shown(index_dir: Path, typed: str) -> str:
    out = CliRunner().invoke(cli, ["show", typed, "--index-dir", str(index_dir)])
    assert out.exit_code == 2
    return out.stderr


@pytest.mark.parametrize(("typed", "held", "said"), [
    ("café.txt", b"caf\xe9.txt", "did you mean 'caf%E9.txt'?"),                # its name's byte is Latin-1's é
    ("news/café.txt", b"news/caf\xe9.txt", "did you mean 'news/caf%E9.txt'?"),
    ("don’t.txt", b"don\x92t.txt", "did you mean 'don%92t.txt'?"),             # Windows-1252's ’
    ("trail.txt", b"trail .txt", "did you mean 'trail .txt'?"),                # a space before its suffix
    ("lead.txt", b" lead.txt", "did you mean ' lead.txt'?"),
    ("two  spaces.txt", b"two spaces.txt", "did you mean 'two spaces.txt'?"),
])
def test_an_id_written_otherwise_by_encoding_or_spacing_is_suggested(tmp_path: Path, typed: str, held: bytes,
                                                                     said: str) -> None:
    _corpus_dir, index_dir = _corpus(tmp_path, [held, b"other.txt", b"third.txt"])
    assert _shown(index_dir, typed) == f"Error: no article with id '{typed}' ({said})\n"


def test_two_ids_written_so_are_both_suggested(tmp_path: Path) -> None:
    _corpus_dir, index_dir = _corpus(tmp_path, [b"caf\xe9.txt", b"caf\xe9 .txt", b"other.txt"])
    assert _shown(index_dir, "café.txt") == (
        "Error: no article with id 'café.txt' (did you mean 'caf%E9 .txt' or 'caf%E9.txt'?)\n")


def test_a_removed_file_s_path_is_printed_as_its_name_was_on_disk(tmp_path: Path) -> None:
    corpus, index_dir = _corpus(tmp_path, [b"with #hash.txt", b"b.txt", b"c.txt", b"d.txt"])  # not merged away
    (corpus / "with #hash.txt").unlink()
    build_index(corpus, index_dir)
    assert _shown(index_dir, "with %23hash.txt").startswith(
        "Error: no article with id 'with %23hash.txt': with %23hash.txt was removed from the index at an update: "
        f"{corpus / 'with #hash.txt'} is no longer there (")


@pytest.mark.parametrize(("article_id", "name"), [
    ("with %23hash.txt", "with #hash.txt"), ("caf%E9.txt", "caf\udce9.txt"), ("r%C3%A9.txt", "r%C3%A9.txt"),
    ("new%0Aline.txt", "new\nline.txt"), ("evil%E2%80%AE.txt", "evil\u202e.txt"),
    ("100%41.txt", "100%41.txt"),                   # no id writes A so: a % of the name
    ("plain.txt", "plain.txt"), ("a%2.txt", "a%2.txt"),
])
def test_id_file_name(article_id: str, name: str) -> None:
    assert id_file_name(article_id) == name


@pytest.mark.parametrize(("typed", "known", "alike"), [
    ("café.txt", "caf%E9.txt", True), ("café.txt", "café.txt", True), ("trail.txt", "trail .txt", True),
    ("tab.txt", "t%09ab.txt", True), ("cafe.txt", "caf%E9.txt", False), ("CAFÉ.txt", "caf%E9.txt", False),
    ("trail.txt", "trail_.txt", False),
])
def test_spelled_alike(typed: str, known: str, alike: bool) -> None:
    assert (plain_spelling(typed) == plain_spelling(known)) is alike
