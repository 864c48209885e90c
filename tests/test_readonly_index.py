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


def test_a_no_op_update_of_an_unwritable_index_reports_nothing_changed(built: Path, corpus: Path,
                                                                       unwritable: None) -> None:
    before = snapshot(built)
    result = CliRunner().invoke(cli, ["index", str(corpus), "--index-dir", str(built)])
    assert (result.exit_code, result.output.splitlines()[1:], result.stderr) == (0, NO_OP.splitlines(), "")
    assert snapshot(built) == before
    report = build_index(corpus, built)
    assert (report.added, report.updated, report.deleted, report.unchanged, report.documents) == (0, 0, 0, 3, 3)


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
