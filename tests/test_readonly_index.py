"""An index folder this user can only read (a shared archive's, a read-only mount): an update that changes nothing
says so and writes nothing; one that would change something is the one-line error it was."""

from __future__ import annotations

import errno
import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from click.testing import CliRunner

from newssearch import build_index, writerlock
from newssearch.cli import cli
from newssearch.errors import IndexNotWritable

IS_ROOT = hasattr(os, "geteuid") and os.geteuid() == 0
NO_OP = "  0 added, 0 updated, 0 deleted, 3 unchanged; 3 articles from 3 files in the index\n"


@pytest.fixture
def unwritable(monkeypatch: pytest.MonkeyPatch) -> None:
    """The writer lock refused as a folder this user cannot write refuses it (root writes anywhere: simulated)."""
    @contextmanager
    def refused(index_dir: Path, timeout: float, on_wait: object = None) -> Iterator[None]:
        raise PermissionError(errno.EACCES, "Permission denied", str(index_dir / writerlock.LOCK_FILE))
        yield  # pragma: no cover

    monkeypatch.setattr(writerlock, "writer_lock", refused)


def snapshot(folder: Path) -> dict[str, tuple[int, int]]:
    """Every file under ``folder`` by its modification time and size: what a run that writes nothing leaves."""
    return {str(path.relative_to(folder)): (path.stat().st_mtime_ns, path.stat().st_size)
            for path in sorted(folder.rglob("*"))}


def assert_no_op(built: Path, corpus: Path) -> None:
    """An update of ``corpus`` into the unwritable ``built`` says nothing changed, exits 0 and writes nothing."""
    before = snapshot(built)
    result = CliRunner().invoke(cli, ["index", str(corpus), "--index-dir", str(built)])
    assert (result.exit_code, result.output.splitlines()[1:], result.stderr) == (0, NO_OP.splitlines(), "")
    assert snapshot(built) == before
    report = build_index(corpus, built)
    assert (report.added, report.updated, report.deleted, report.unchanged, report.documents) == (0, 0, 0, 3, 3)


def test_a_no_op_update_of_an_unwritable_index_reports_nothing_changed(built: Path, corpus: Path,
                                                                       unwritable: None) -> None:
    assert_no_op(built, corpus)


@pytest.mark.parametrize("change", ["add", "edit", "delete"])
def test_a_change_to_an_unwritable_index_is_the_one_line_error(built: Path, corpus: Path, unwritable: None,
                                                               change: str) -> None:
    seed = sorted(corpus.iterdir())[0]
    if change == "add":
        (corpus / "new.txt").write_text("A new report\n\nPolice said more today.\n", encoding="utf-8")
    elif change == "edit":
        seed.write_text(seed.read_text(encoding="utf-8") + "\nAn added line.\n", encoding="utf-8")
    else:
        seed.unlink()
    before = snapshot(built)
    with pytest.raises(IndexNotWritable, match="^cannot write the index in .*: Permission denied "):
        build_index(corpus, built)
    result = CliRunner().invoke(cli, ["index", str(corpus), "--index-dir", str(built)])
    assert result.exit_code == 2 and result.stdout == ""
    assert result.stderr.startswith(f"Error: cannot write the index in {built}: Permission denied (")
    assert "the index as last committed is intact" in result.stderr and len(result.stderr.splitlines()) == 1
    assert snapshot(built) == before


def test_a_rebuild_of_an_unwritable_index_is_the_one_line_error(built: Path, corpus: Path, unwritable: None) -> None:
    with pytest.raises(IndexNotWritable, match="Permission denied"):
        build_index(corpus, built, rebuild=True)


@pytest.mark.skipif(IS_ROOT, reason="root writes whatever a folder's mode")
def test_a_read_only_index_folder_for_real(built: Path, corpus: Path) -> None:
    mode = built.stat().st_mode
    built.chmod(0o555)
    try:
        before = snapshot(built)
        report = build_index(corpus, built)
        assert (report.added, report.unchanged) == (0, 3) and snapshot(built) == before
        (corpus / "new.txt").write_text("A new report\n\nPolice said more today.\n", encoding="utf-8")
        with pytest.raises(IndexNotWritable, match="Permission denied"):
            build_index(corpus, built)
    finally:
        built.chmod(mode)


@pytest.mark.parametrize("change", ["chmod", "touch"])
def test_a_file_whose_times_alone_moved_is_read_to_compare_and_the_update_of_an_unwritable_index_a_no_op(
        built: Path, corpus: Path, unwritable: None, change: str) -> None:
    # A chmod moves a file's change time, a touch its modification time: each is read to compare its content, and
    # the same bytes need nothing written (this had been the error an edit gets)
    seed = sorted(corpus.iterdir())[0]
    if change == "chmod":
        seed.chmod(0o600)
    else:
        os.utime(seed, ns=(seed.stat().st_atime_ns, seed.stat().st_mtime_ns + 10**9))
    assert_no_op(built, corpus)


def test_a_file_touched_and_then_edited_is_still_the_error_for_an_unwritable_index(built: Path, corpus: Path,
                                                                                 unwritable: None) -> None:
    seed = sorted(corpus.iterdir())[0]
    stat = seed.stat()
    seed.write_bytes(seed.read_bytes().replace(b"e", b"a", 1))  # same size
    os.utime(seed, ns=(stat.st_atime_ns, stat.st_mtime_ns))  # its modification time set back: its ctime tells
    with pytest.raises(IndexNotWritable, match="Permission denied"):
        build_index(corpus, built)


def test_a_file_chmodded_unreadable_keeps_its_articles_in_a_no_op_update_of_an_unwritable_index(
        built: Path, corpus: Path, unwritable: None, monkeypatch: pytest.MonkeyPatch) -> None:
    import newssearch.buildplan as buildplan

    seed = sorted(corpus.iterdir())[0]
    seed.chmod(0)  # its change time moves (root reads it all the same: the refusal is simulated)

    def denied(path: Path) -> str:
        raise PermissionError(errno.EACCES, "Permission denied", str(path))

    monkeypatch.setattr(buildplan, "file_sha1", denied)
    report = build_index(corpus, built)
    assert [(s.path, s.reason) for s in report.skipped] == [
        (seed.name, "cannot read file: Permission denied (kept the version indexed before)")]
    assert (report.added, report.updated, report.deleted, report.unchanged, report.documents) == (0, 0, 0, 3, 3)


def test_a_new_file_that_cannot_be_read_is_a_skip_in_a_no_op_update_of_an_unwritable_index(
        built: Path, corpus: Path, unwritable: None, make_unreadable) -> None:
    # Read nothing from, it has nothing to write: the update had been "cannot write the index in …" (through the
    # writer lock refused), or, in a folder whose lock and run folder stay writable, "this run's changes are
    # searchable, but the list of files could not be saved" of a run that changed nothing.
    secret = corpus / "secret.txt"
    secret.write_text("Secret\n\nNot for reading.\n", encoding="utf-8")
    make_unreadable(secret)
    before = snapshot(built)
    result = CliRunner().invoke(cli, ["index", str(corpus), "--index-dir", str(built)])
    assert (result.exit_code, result.stdout.splitlines()[1:], result.stderr) == (
        0, [*NO_OP.splitlines(), "  1 skipped", "    secret.txt: cannot read file: Permission denied"], "")
    assert snapshot(built) == before


def test_a_new_file_that_cannot_be_read_writes_nothing_to_the_index(built: Path, corpus: Path,
                                                                    make_unreadable) -> None:
    # Each run had committed an empty generation and saved the list of files again, for a file it could not open.
    # The first run remembers it in the list (for stats: test_unopened_files.py), and commits nothing; the next ones
    # write nothing at all.
    secret = corpus / "secret.txt"
    secret.write_text("Secret\n\nNot for reading.\n", encoding="utf-8")
    make_unreadable(secret)
    segments = {name: stamp for name, stamp in snapshot(built).items() if name != "newssearch.json"}
    for _run in range(3):
        report = build_index(corpus, built)
        assert [(s.path, s.reason, s.kept) for s in report.skipped] == [
            ("secret.txt", "cannot read file: Permission denied", False)]
        assert (report.added, report.unchanged, report.documents) == (0, 3, 3)
        if _run == 0:
            before = snapshot(built)
            assert {name: stamp for name, stamp in before.items() if name != "newssearch.json"} == segments
    assert snapshot(built) == before


def test_an_indexed_file_made_unreadable_writes_nothing_to_the_index(built: Path, corpus: Path,
                                                                     make_unreadable) -> None:
    # Its chmod moves its change time, so each run read it again, failed, kept its articles, and committed an
    # empty generation and saved the list of files again, for a file it could not open.
    seed = sorted(corpus.iterdir())[0]
    make_unreadable(seed)
    before = snapshot(built)
    for _run in range(2):
        report = build_index(corpus, built)
        assert [(s.path, s.reason, s.kept) for s in report.skipped] == [
            (seed.name, "cannot read file: Permission denied (kept the version indexed before)", True)]
        assert (report.added, report.updated, report.deleted, report.unchanged, report.documents) == (0, 0, 0, 3, 3)
    assert snapshot(built) == before
    result = CliRunner().invoke(cli, ["index", str(corpus), "--index-dir", str(built)])
    assert (result.exit_code, result.stdout.splitlines()[1:], result.stderr) == (
        0, [*NO_OP.splitlines(), "  1 skipped (1 keeping the version indexed before)",
            f"    {seed.name}: cannot read file: Permission denied (kept the version indexed before)"], "")
    assert snapshot(built) == before
