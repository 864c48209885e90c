"""Crash safety: SIGKILL at any moment of `newssearch index` leaves the last commit live, and a rerun repairs.

Each round changes the corpus (or asks for --rebuild), times one complete run from a snapshot of the
index, then restores the snapshot and kills runs at random moments of that span. After every kill the
index must hold exactly the state before the run or exactly the state after it (one commit per run),
and be searchable through the public API; the round ends with a complete run that must equal a clean
build of the corpus. Set NEWSSEARCH_CRASH_SEED to replay a failure.
"""

from __future__ import annotations

import os
import random
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from fuzzcorpus import check_searchable, edit_corpus, index_state, make_news_corpus

from newssearch import build_index, open_index
from newssearch.store import INDEX_PREFIX, load_manifest

pytestmark = pytest.mark.slow

State = dict[str, tuple[str, str]] | None
SEED = int(os.environ.get("NEWSSEARCH_CRASH_SEED", random.randrange(1 << 30)))
OUTCOMES: dict[str, int] = {"finished first": 0, "old commit": 0, "new commit": 0, "no index yet": 0}


def command(corpus: Path, index_dir: Path, *extra: str) -> list[str]:
    return [sys.executable, "-m", "newssearch", "index", str(corpus), "--index-dir", str(index_dir), *extra]


def run_to_end(corpus: Path, index_dir: Path, *extra: str) -> float:
    started = time.monotonic()
    done = subprocess.run(command(corpus, index_dir, *extra), capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    assert "Traceback" not in done.stderr
    return time.monotonic() - started


def kill_after(corpus: Path, index_dir: Path, delay: float, *extra: str) -> bool:
    """Start a run and SIGKILL it (and its reader processes) after ``delay`` s; False if it finished first."""
    proc = subprocess.Popen(command(corpus, index_dir, *extra), stdout=subprocess.DEVNULL,
                            stderr=subprocess.DEVNULL, start_new_session=True)
    try:
        proc.wait(timeout=delay)
    except subprocess.TimeoutExpired:
        os.killpg(proc.pid, signal.SIGKILL)
        proc.wait()
        return True
    assert proc.returncode == 0
    OUTCOMES["finished first"] += 1
    return False


def live_state(index_dir: Path) -> State:
    """What a reader sees now: None when no index was ever committed."""
    if not index_dir.exists() or load_manifest(index_dir) is None:
        return None
    return index_state(index_dir)


def clean_state(corpus: Path, scratch: Path) -> dict[str, tuple[str, str]]:
    """The articles a clean build of ``corpus`` holds."""
    if scratch.exists():
        shutil.rmtree(scratch)
    build_index(corpus, scratch, workers=1)
    state = index_state(scratch)
    shutil.rmtree(scratch)
    return state


def restore(snapshot: Path | None, index_dir: Path) -> None:
    shutil.rmtree(index_dir, ignore_errors=True)
    if snapshot is not None:
        shutil.copytree(snapshot, index_dir, symlinks=True)


def crash_round(corpus: Path, index_dir: Path, tmp: Path, kills: int, rng: random.Random,
                *extra: str) -> None:
    """Kill ``kills`` runs at random moments; every kill leaves the old or the new commit; a rerun completes."""
    before = live_state(index_dir)
    expected = clean_state(corpus, tmp / "clean")
    snapshot = None
    if index_dir.exists():
        snapshot = tmp / "snapshot"
        shutil.rmtree(snapshot, ignore_errors=True)
        shutil.copytree(index_dir, snapshot, symlinks=True)
    duration = run_to_end(corpus, index_dir, *extra)
    assert live_state(index_dir) == expected
    restore(snapshot, index_dir)
    for k in range(kills):
        delay = rng.uniform(0.25, duration * 1.05)
        killed = kill_after(corpus, index_dir, delay, *extra)
        state = live_state(index_dir)
        where = f"kill {k} at {delay:.2f}s of {duration:.2f}s, args {extra}, NEWSSEARCH_CRASH_SEED={SEED}"
        assert state in (before, expected), where
        if killed:
            OUTCOMES["no index yet" if state is None else "old commit" if state == before else "new commit"] += 1
        if state is not None:
            check_searchable(index_dir, state)
        if state == expected and state != before:
            restore(snapshot, index_dir)  # the run got through; crash the same run again
    run_to_end(corpus, index_dir, *extra)
    assert live_state(index_dir) == expected, f"after crashes, args {extra}, NEWSSEARCH_CRASH_SEED={SEED}"
    check_searchable(index_dir, expected)
    assert len(list(index_dir.glob(f"{INDEX_PREFIX}*"))) == 1, "an old index folder was left behind"


def test_sigkill_at_random_moments_loses_nothing(tmp_path: Path) -> None:
    rng = random.Random(SEED)
    corpus, index_dir = tmp_path / "corpus", tmp_path / "index"
    make_news_corpus(corpus, 1200, seed=SEED)   # over PARALLEL_SEGMENT_MIN_FILES: builds write a segment per worker
    started = time.monotonic()
    crash_round(corpus, index_dir, tmp_path, 8, rng)                 # first build
    edit_corpus(corpus, seed=1)
    crash_round(corpus, index_dir, tmp_path, 8, rng)                 # incremental: edits, deletions, new files
    crash_round(corpus, index_dir, tmp_path, 7, rng, "--rebuild")    # rebuild over a live index
    edit_corpus(corpus, seed=2)
    crash_round(corpus, index_dir, tmp_path, 6, rng, "--workers", "1")
    edit_corpus(corpus, seed=3)
    crash_round(corpus, index_dir, tmp_path, 6, rng, "--rebuild")    # rebuild that also changes content
    print(f"\ncrash test: {sum(OUTCOMES.values())} kill points in {time.monotonic() - started:.1f}s, seed {SEED}: "
          f"{OUTCOMES}")


def test_a_disk_full_while_writing_leaves_the_committed_index_and_nothing_of_the_run(
        built: Path, corpus: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import errno

    from newssearch.errors import IndexNotWritable
    from newssearch.segwriter import NewsWriter

    live = next(built.glob("ix-*"))
    before = sorted(path.name for path in live.iterdir())
    (corpus / "new.txt").write_text("New\n\nThe zqfull harbour story.\n", encoding="utf-8")

    def full(*args, **kwargs):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(NewsWriter, "_commit_toc", full)  # after the segment files are written
    with pytest.raises(IndexNotWritable, match="cannot write the index in .*: No space left on device") as caught:
        build_index(corpus, built)
    assert caught.value.hint == "the disk is full: free some space and run it again; the index as last committed is intact"
    assert sorted(path.name for path in live.iterdir()) == before   # the run's segment files are gone
    monkeypatch.undo()
    with open_index(built) as idx:
        assert idx.search("zqfull").total == 0
    assert build_index(corpus, built).added == 1


def test_a_disk_full_on_the_first_run_claims_no_index_and_leaves_no_folder(
        tmp_path: Path, corpus: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import errno

    from newssearch.errors import IndexNotWritable
    from newssearch.segwriter import NewsWriter

    def full(*args, **kwargs):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(NewsWriter, "_commit_toc", full)
    with pytest.raises(IndexNotWritable) as caught:
        build_index(corpus, tmp_path / "new" / "ix")
    assert caught.value.hint == "the disk is full: free some space and run it again"  # no index to be intact
    assert not (tmp_path / "new" / "ix").exists()


def test_an_interrupt_while_writing_leaves_nothing_of_the_run(
        built: Path, corpus: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Ctrl-C (or SIGTERM, a KeyboardInterrupt too) mid-write had left the run's segment files, a first run's whole
    uncommitted index folder (9 MB of BBC News), until a later run cleared them."""
    from newssearch.segwriter import NewsWriter

    live = next(built.glob("ix-*"))
    before = sorted(path.name for path in live.iterdir())
    (corpus / "new.txt").write_text("New\n\nThe zqstop harbour story.\n", encoding="utf-8")

    def interrupted(*args, **kwargs):
        raise KeyboardInterrupt

    monkeypatch.setattr(NewsWriter, "_commit_toc", interrupted)  # after the segment files are written
    with pytest.raises(KeyboardInterrupt):
        build_index(corpus, built)
    assert sorted(path.name for path in live.iterdir()) == before
    with pytest.raises(KeyboardInterrupt):
        build_index(corpus, tmp_path / "first")
    assert not (tmp_path / "first").exists()  # a first run stopped leaves no folder behind, as one that failed


def test_a_reader_process_that_dies_leaves_nothing_of_the_run_and_says_so(
        built: Path, corpus: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A broken pool of reader processes (one killed for memory) is caught as before, though the pool's module is
    imported only by a run that starts one (not by an update reading its files itself: ~35 ms)."""
    from concurrent.futures.process import BrokenProcessPool

    from newssearch.errors import NewsSearchError
    from newssearch.segwriter import NewsWriter

    live = next(built.glob("ix-*"))
    before = sorted(path.name for path in live.iterdir())
    (corpus / "new.txt").write_text("New\n\nThe zqbroken harbour story.\n", encoding="utf-8")

    def broken(*args, **kwargs):
        raise BrokenProcessPool("A process in the process pool was terminated abruptly")

    monkeypatch.setattr(NewsWriter, "_commit_toc", broken)  # after the segment files are written
    with pytest.raises(NewsSearchError, match="a process reading the files stopped") as caught:
        build_index(corpus, built)
    assert caught.value.hint == "run it again, or with workers=1"
    assert sorted(path.name for path in live.iterdir()) == before


def test_an_index_folder_that_cannot_be_made_is_one_line(tmp_path: Path, corpus: Path) -> None:
    from click.testing import CliRunner

    from newssearch.cli import cli

    (tmp_path / "f").write_text("a file, not a folder")
    result = CliRunner().invoke(cli, ["index", str(corpus), "--index-dir", str(tmp_path / "f" / "ix")])
    assert result.exit_code == 2  # ExitStatus.ERROR, as every newssearch error
    assert result.output.startswith(f"Error: cannot write the index in {tmp_path / 'f' / 'ix'}")
    assert "give another --index-dir" in result.output and "unexpected" not in result.output


def test_a_crash_between_commit_and_manifest_keeps_the_skips_the_manifest_recorded(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # The file table recovered from the index had none of its files' skipped records: after a disk full on the
    # manifest alone, "wire.jsonl: line 2: no body text" was never said again while the file stayed as it was.
    from newssearch import store

    corpus, index_dir = tmp_path / "corpus", tmp_path / "index"
    corpus.mkdir()
    (corpus / "wire.jsonl").write_text('{"title": "Alpha", "text": "The alpha body."}\n{"title": "", "text": ""}\n'
                                       '{"title": "Beta", "text": "The beta body."}\n')
    (corpus / "a.txt").write_text("Ferry\n\nThe ferry sailed.\n")
    skips = [(skip.path, skip.reason) for skip in build_index(corpus, index_dir).skipped]
    assert skips == [("wire.jsonl", "line 2: no body text")]
    (corpus / "a.txt").write_text("Ferry\n\nThe ferry sailed late.\n")

    def full(folder: Path, manifest: store.Manifest) -> None:
        raise OSError(28, "No space left on device")

    with monkeypatch.context() as patched:
        patched.setattr(store, "save_manifest", full)
        with pytest.raises(Exception, match="No space left"):
            build_index(corpus, index_dir)
    report = build_index(corpus, index_dir)
    assert [(skip.path, skip.reason) for skip in report.skipped] == skips
    assert (report.added, report.updated, report.unchanged) == (0, 0, 3)


def test_a_manifest_not_saved_after_the_commit_says_the_changes_are_searchable(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # A disk full on the manifest alone had said "the index as last committed is intact", though the commit had
    # gone through and searches showed the new article. A rebuild's new folder is cleared: that one is intact.
    from click.testing import CliRunner

    from newssearch import store
    from newssearch.cli import cli

    corpus, index_dir = tmp_path / "corpus", tmp_path / "index"
    corpus.mkdir()
    (corpus / "a.txt").write_text("Ferry\n\nThe ferry sailed.\n")
    build_index(corpus, index_dir)
    (corpus / "b.txt").write_text("Harbour\n\nThe zqsaved harbour story.\n")

    def full(folder: Path, manifest: store.Manifest) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(store, "save_manifest", full)
    said = CliRunner().invoke(cli, ["index", str(corpus), "--index-dir", str(index_dir)]).output
    assert said == (f"Error: cannot write the index in {index_dir}: No space left on device (the disk is full: free "
                    "some space and run it again; this run's changes are searchable, but the list of files could not "
                    "be saved: the next run saves it)\n")
    with open_index(index_dir) as idx:
        assert idx.search("zqsaved").total == 1
    rebuilt = CliRunner().invoke(cli, ["index", str(corpus), "--index-dir", str(index_dir), "--rebuild"]).output
    assert rebuilt.endswith("; the index as last committed is intact)\n")
    monkeypatch.undo()
    assert build_index(corpus, index_dir).unchanged == 2
