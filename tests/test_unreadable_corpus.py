"""A corpus that cannot be read, as `newssearch index` meets it: a folder that cannot be listed or entered, a corpus
file that cannot be opened, a folder on the way to it that cannot be entered, a path that is not there. Each is one
line naming the path and why, exit 2, nothing written; a subfolder that cannot be opened is a skip, the rest indexed.
Root may do all of these, so the OS's refusal is simulated for root, as the ``make_unreadable`` fixture does."""

from __future__ import annotations

import errno
import os
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from click.testing import CliRunner

from newssearch import CorpusNotFound, build_index
from newssearch.cli import cli

IS_ROOT = hasattr(os, "geteuid") and os.geteuid() == 0

Refuse = Callable[[Path, str], None]


def _denied(path: object) -> PermissionError:
    return PermissionError(errno.EACCES, "Permission denied", os.fspath(path))  # type: ignore[call-overload]


@pytest.fixture(params=["refused", "chmod"])
def refuse(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> Iterator[Refuse]:
    """``refuse(folder, mode)``: the folder's mode set (``000``: neither listed nor entered; ``644``: listed, not
    entered), and for "refused" the OS's refusal of it simulated (root lists and enters any folder)."""
    if request.param == "chmod" and IS_ROOT:
        pytest.skip("root lists and enters folders whatever their mode")
    unlisted: set[str] = set()
    unentered: set[str] = set()
    changed: list[Path] = []
    real_scandir, real_stat, real_open = os.scandir, os.stat, os.open

    def inside(path: object) -> bool:  # a path through a folder not entered: "c/x.txt", and "c/." too
        if isinstance(path, int):  # an open folder's descriptor
            return False
        given = os.fsdecode(os.fspath(path))  # type: ignore[call-overload]
        full = os.path.abspath(given)
        return any(full.startswith(folder + os.sep) or (full == folder and given.rstrip(os.sep).endswith(os.sep + "."))
                   for folder in unentered)

    def scandir(path: object = ".") -> object:
        if not isinstance(path, int) and os.path.abspath(os.fsdecode(os.fspath(path))) in unlisted:  # type: ignore[call-overload]
            raise _denied(path)
        return real_scandir(path)  # type: ignore[call-overload]

    def stat(path: object, *args: object, **kwargs: object) -> os.stat_result:
        if inside(path):
            raise _denied(path)
        return real_stat(path, *args, **kwargs)  # type: ignore[arg-type]

    def opened(path: object, flags: int, *args: object, **kwargs: object) -> int:
        if inside(path):
            raise _denied(path)
        return real_open(path, flags, *args, **kwargs)  # type: ignore[call-overload, no-any-return]

    if request.param == "refused":
        monkeypatch.setattr(os, "scandir", scandir)
        monkeypatch.setattr(os, "stat", stat)
        monkeypatch.setattr(os, "open", opened)

    def make(folder: Path, mode: str) -> None:
        changed.append(folder)
        folder.chmod(int(mode, 8))
        unentered.add(os.path.abspath(folder))
        if mode == "000":
            unlisted.add(os.path.abspath(folder))

    yield make
    for folder in changed:
        folder.chmod(0o755)


def index(*args: str) -> tuple[int, str, str]:
    """``newssearch index`` with ``args``: its exit code, stdout and stderr."""
    result = CliRunner().invoke(cli, ["index", *args])
    return result.exit_code, result.stdout, result.stderr


@pytest.mark.parametrize("mode", ["000", "644"])  # neither listed nor entered; listed, not entered
def test_a_corpus_folder_that_cannot_be_opened_is_one_line(corpus: Path, index_dir: Path, refuse: Refuse,
                                                          mode: str) -> None:
    # click's own "Invalid value for '[CORPUS]': Path '…' is not readable." (or, for 644, an empty index built of
    # nothing but its files' skips)
    refuse(corpus, mode)
    assert index(str(corpus), "--index-dir", str(index_dir)) == (
        2, "", f"Error: cannot open the corpus folder {corpus}: Permission denied\n")
    assert not index_dir.exists()
    with pytest.raises(CorpusNotFound, match=f"^cannot open the corpus folder {corpus}: Permission denied$"):
        build_index(corpus, index_dir)


def test_an_update_of_a_corpus_folder_that_cannot_be_opened_is_one_line(built: Path, corpus: Path,
                                                                        refuse: Refuse) -> None:
    # Given or recorded alike (given, click's message; recorded, a run that read nothing reported success)
    refuse(corpus, "000")
    before = sorted(path.name for path in built.rglob("*"))
    said = f"Error: cannot open the corpus folder {corpus}: Permission denied\n"
    assert index(str(corpus), "--index-dir", str(built)) == (2, "", said)
    assert index("--index-dir", str(built)) == (
        2, "", f"Updating the index of {corpus} (the corpus {built}/ was built from)\n{said}")
    assert sorted(path.name for path in built.rglob("*")) == before


def test_a_corpus_file_that_cannot_be_opened_is_one_line(corpus: Path, index_dir: Path, make_unreadable) -> None:
    export = corpus / "export.jsonl"
    export.write_text('{"title": "Ferry", "text": "The ferry sailed."}\n', encoding="utf-8")
    make_unreadable(export)
    assert index(str(export), "--index-dir", str(index_dir)) == (
        2, "", f"Error: cannot read the corpus file {export}: Permission denied\n")
    assert not index_dir.exists()


@pytest.mark.parametrize("mode", ["000", "644"])
def test_a_corpus_behind_a_folder_that_cannot_be_entered_names_that_folder(tmp_path: Path, index_dir: Path,
                                                                           refuse: Refuse, mode: str) -> None:
    # "unexpected PermissionError: [Errno 13] Permission denied: '…'"; then the whole path, no folder of it named
    locked = tmp_path / "locked"
    corpus = locked / "inner" / "corpus"
    corpus.mkdir(parents=True)
    refuse(locked, mode)
    said = f"cannot open the corpus {corpus}: the folder {locked} cannot be entered: Permission denied"
    assert index(str(corpus), "--index-dir", str(index_dir)) == (2, "", f"Error: {said}\n")
    with pytest.raises(CorpusNotFound, match=f"^{said}$"):
        build_index(corpus, index_dir)
    assert not index_dir.exists()


def test_a_relative_corpus_path_names_the_folder_as_typed(tmp_path: Path, index_dir: Path, refuse: Refuse,
                                                         monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "locked" / "corpus").mkdir(parents=True)
    monkeypatch.chdir(tmp_path)
    refuse(tmp_path / "locked", "000")
    assert index("locked/corpus", "--index-dir", str(index_dir)) == (
        2, "", "Error: cannot open the corpus locked/corpus: the folder locked cannot be entered: Permission denied\n")


@pytest.mark.skipif(IS_ROOT, reason="root enters folders whatever their mode")
def test_a_link_to_a_corpus_behind_a_folder_that_cannot_be_entered_names_that_folder(tmp_path: Path,
                                                                                    index_dir: Path) -> None:
    locked = tmp_path / "locked"
    (locked / "corpus").mkdir(parents=True)
    (tmp_path / "link").symlink_to(locked / "corpus")
    locked.chmod(0o000)
    try:
        assert index(str(tmp_path / "link"), "--index-dir", str(index_dir)) == (
            2, "", f"Error: cannot open the corpus {tmp_path / 'link'}: the folder {locked} cannot be entered: "
                   "Permission denied\n")
    finally:
        locked.chmod(0o755)


def test_a_corpus_that_is_not_there_is_one_line(tmp_path: Path, index_dir: Path) -> None:
    assert index(str(tmp_path / "nope"), "--index-dir", str(index_dir)) == (
        2, "", f"Error: corpus not found: {tmp_path / 'nope'} (give the folder that holds your articles, or one "
               "file of them)\n")


def test_a_subfolder_that_cannot_be_opened_is_a_skip_and_the_rest_is_indexed(corpus: Path, index_dir: Path,
                                                                             refuse: Refuse) -> None:
    (corpus / "sub").mkdir()
    (corpus / "sub" / "bridge.txt").write_text("Bridge\n\nThe bridge opened.\n", encoding="utf-8")
    refuse(corpus / "sub", "000")
    code, out, err = index(str(corpus), "--index-dir", str(index_dir))
    assert (code, out.splitlines()[1:], err) == (
        0, ["  3 added, 0 updated, 0 deleted, 0 unchanged; 3 articles from 3 files in the index", "  1 skipped",
            "    sub: cannot open folder: Permission denied"], "")
