"""Concurrency: one writer at a time, a clear line after --wait, no stale lock, queries see the last commit."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest
from click.testing import CliRunner
from fuzzcorpus import index_state, make_news_corpus

from newssearch import build_index, open_index
from newssearch.cli import cli
from newssearch.errors import IndexLocked
from newssearch.writerlock import LOCK_FILE, being_written, writer_lock

HOLD = ("import sys, time\nfrom pathlib import Path\nfrom newssearch.writerlock import writer_lock\n"
        "with writer_lock(Path(sys.argv[1]), 0):\n    print('held', flush=True)\n    time.sleep(120)\n")


def index_cmd(corpus: Path, index_dir: Path, *extra: str) -> list[str]:
    return [sys.executable, "-m", "newssearch", "index", str(corpus), "--index-dir", str(index_dir), *extra]


def hold_lock_in_child(index_dir: Path) -> subprocess.Popen[str]:
    """Another process that holds the writer lock until killed."""
    proc = subprocess.Popen([sys.executable, "-c", HOLD, str(index_dir)], stdout=subprocess.PIPE, text=True)
    assert proc.stdout is not None and proc.stdout.readline() == "held\n"
    return proc


def test_second_writer_gives_up_with_one_clear_line(built: Path, corpus: Path) -> None:
    holder = hold_lock_in_child(built)
    try:
        started = time.monotonic()
        result = CliRunner().invoke(cli, ["index", str(corpus), "--index-dir", str(built), "--wait", "0.5"])
        waited = time.monotonic() - started
    finally:
        holder.kill()
        holder.wait()
    assert result.exit_code == 2
    assert result.stdout == ""
    assert result.stderr == (f"Waiting for another newssearch process writing to {built} (up to 0.5s)…\n"
                             f"Error: another newssearch process is writing to {built} "
                             "(waited 0.5s; try again when it finishes)\n")
    assert 0.4 < waited < 30  # 0.5 s and then given up, not the holder's 120 s (a busy machine starts slowly)


def test_second_writer_waits_for_the_first(built: Path, corpus: Path) -> None:
    holder = hold_lock_in_child(built)
    threading.Timer(1.0, holder.kill).start()
    try:
        report = build_index(corpus, built, lock_timeout=30)
    finally:
        holder.wait()
    assert report.unchanged == 3


def test_sigkilled_holder_leaves_no_stale_lock(built: Path, corpus: Path) -> None:
    holder = hold_lock_in_child(built)
    with pytest.raises(IndexLocked):
        build_index(corpus, built, lock_timeout=0)
    os.kill(holder.pid, signal.SIGKILL)
    holder.wait()
    started = time.monotonic()
    report = build_index(corpus, built, lock_timeout=0)   # no waiting at all: the lock died with its owner
    assert report.unchanged == 3 and time.monotonic() - started < 30  # no wait for the dead holder's 120 s


def test_lock_is_held_by_one_process_at_a_time(tmp_path: Path) -> None:
    with writer_lock(tmp_path, 0):  # noqa: SIM117 - the lock held, a second writer waits in vain
        with pytest.raises(IndexLocked, match="another newssearch process is writing to"):
            with writer_lock(tmp_path, 0.2):
                pass
    with writer_lock(tmp_path, 0):   # released on exit
        pass


def test_lock_holds_when_its_file_is_removed(tmp_path: Path) -> None:
    # `rm index/.lock` while a run wrote: a second writer had locked the new file and run too
    with writer_lock(tmp_path, 0):  # the lock held, its file gone: a second writer waits in vain
        (tmp_path / LOCK_FILE).unlink()
        assert being_written(tmp_path)
        with pytest.raises(IndexLocked, match="another newssearch process is writing to"), writer_lock(tmp_path, 0.2):
            pass
    assert not being_written(tmp_path)
    with writer_lock(tmp_path, 0):   # released on exit
        pass


def test_a_second_run_waits_for_a_writer_whose_lock_file_was_removed(built: Path, corpus: Path) -> None:
    # It had taken the index and cleared the first run's new folder as a stale one: a rebuild running then had
    # failed with 'Error: cannot read …/ix-…/MAIN_….col: No such file or directory'
    holder = hold_lock_in_child(built)
    try:
        (built / LOCK_FILE).unlink()
        result = CliRunner().invoke(cli, ["index", str(corpus), "--index-dir", str(built), "--wait", "0.5"])
    finally:
        holder.kill()
        holder.wait()
    assert result.exit_code == 2
    assert result.stdout == ""
    assert result.stderr.endswith(f"Error: another newssearch process is writing to {built} "
                                  "(waited 0.5s; try again when it finishes)\n")


@pytest.mark.slow
@pytest.mark.parametrize("files", [400, 1200])   # readers only; readers that write a segment each
def test_sigkill_of_the_indexer_alone_does_not_leave_its_workers_holding_the_lock(tmp_path: Path,
                                                                                  files: int) -> None:
    """`kill -9 PID` hits the main process only; its worker processes must not keep the lock (or run on)."""
    corpus, index_dir = tmp_path / "corpus", tmp_path / "index"
    make_news_corpus(corpus, files)
    proc = subprocess.Popen(index_cmd(corpus, index_dir, "--workers", "2"), stdout=subprocess.DEVNULL,
                            stderr=subprocess.DEVNULL)
    children: list[str] = []
    deadline = time.monotonic() + 30
    while not children and proc.poll() is None and time.monotonic() < deadline:
        children = subprocess.run(["pgrep", "-P", str(proc.pid)], capture_output=True, text=True).stdout.split()
        time.sleep(0.02)
    assert children, "the indexer finished before its reader processes could be seen"
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    try:
        # the orphans hold the lock until they notice their indexer gone (0.2 s alone; seconds on a busy machine)
        done = subprocess.run(index_cmd(corpus, index_dir, "--wait", "30"), capture_output=True, text=True,
                              timeout=120)
        assert done.returncode == 0, done.stderr
        time.sleep(1)
        assert not [pid for pid in children if _alive(int(pid))], "orphaned reader processes still run"
    finally:
        for pid in children:
            if _alive(int(pid)):
                os.kill(int(pid), signal.SIGKILL)


def _alive(pid: int) -> bool:
    try:
        with open(f"/proc/{pid}/stat") as handle:
            return handle.read().split()[2] != "Z"
    except OSError:
        return False


@pytest.mark.slow
def test_two_index_runs_at_once_both_finish_and_agree(tmp_path: Path) -> None:
    corpus, index_dir = tmp_path / "corpus", tmp_path / "index"
    make_news_corpus(corpus, 150)
    runs = [subprocess.Popen(index_cmd(corpus, index_dir), stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                             text=True) for _ in range(2)]
    outputs = [run.communicate(timeout=120) for run in runs]
    assert [run.returncode for run in runs] == [0, 0], outputs
    firsts = sorted(out.splitlines()[1] for out, _ in outputs)
    assert firsts == ["  0 added, 0 updated, 0 deleted, 150 unchanged; 150 articles from 150 files in the index",
                      "  150 added, 0 updated, 0 deleted, 0 unchanged; 150 articles from 150 files in the index"]
    assert len(index_state(index_dir)) == 150


def query_while(writer: subprocess.Popen[str], index_dir: Path, counts: tuple[int, int]) -> set[int]:
    """Search and read stats in a loop while ``writer`` runs; return the hit totals seen."""
    seen: set[int] = set()
    errors: list[BaseException] = []
    queries, finished = 0, False
    while not finished or queries < 5:
        finished = writer.poll() is not None  # so the last query starts after the writer's final commit
        try:
            with open_index(index_dir) as idx:
                total = idx.search("harbour", limit=3).total
                assert idx.stats().documents in counts
            seen.add(total)
        except BaseException as exc:  # noqa: BLE001 - every failure is collected and shown
            errors.append(exc)
        queries += 1
    assert writer.wait() == 0, writer.stderr.read() if writer.stderr else ""
    assert not errors, errors[:3]
    with open_index(index_dir) as idx:
        final = idx.search("harbour", limit=1).total
    assert final in seen and len(seen) <= 2
    return seen


@pytest.mark.slow
def test_queries_during_indexing_see_the_last_commit(tmp_path: Path) -> None:
    corpus, index_dir = tmp_path / "corpus", tmp_path / "index"
    make_news_corpus(corpus, 200)
    build_index(corpus, index_dir, workers=1)
    for i in range(200, 260):
        (corpus / f"extra_{i}.txt").write_text(f"Extra report {i}\n\nA harbour zqextra story.\n")
    for extra, counts in (((), (200, 260)), (("--rebuild",), (260,))):
        writer = subprocess.Popen(index_cmd(corpus, index_dir, *extra), stdout=subprocess.DEVNULL,
                                  stderr=subprocess.PIPE, text=True)
        query_while(writer, index_dir, counts)
    for path in sorted(corpus.glob("extra_*.txt"))[:30]:
        path.unlink()
    writer = subprocess.Popen(index_cmd(corpus, index_dir), stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
                              text=True)
    query_while(writer, index_dir, (260, 230))


def test_a_query_during_a_first_build_says_the_index_is_being_built(tmp_path: Path) -> None:
    # It had said "no index ... yet (run `newssearch index FOLDER ...`)", as if nothing were running.
    index_dir = tmp_path / "index"
    holder = hold_lock_in_child(index_dir)
    try:
        building = CliRunner().invoke(cli, ["query", "police", "--index-dir", str(index_dir)])
    finally:
        holder.kill()
        holder.wait()
    assert building.exit_code == 2
    assert building.stderr == (f"Error: no index in {index_dir}/ yet: another newssearch process is building it "
                               "(try again when it finishes)\n")
    after = CliRunner().invoke(cli, ["query", "police", "--index-dir", str(index_dir)])
    assert "another newssearch process" not in after.stderr and "to build one from a folder of articles" in after.stderr


def test_a_query_after_a_first_build_was_killed_says_the_build_did_not_finish(tmp_path: Path) -> None:
    # A first build killed (kill -9, a power cut) leaves its run folder and no manifest; a query had said "no index
    # in …" alone, as if none had been begun (found in the archivist audit).
    index_dir = tmp_path / "index"
    (index_dir / "ix-20261207101856-2522-188222").mkdir(parents=True)
    (index_dir / LOCK_FILE).touch()
    out = CliRunner().invoke(cli, ["query", "police", "--index-dir", str(index_dir)])
    assert (out.exit_code, out.stdout) == (2, "")
    assert out.stderr == (f"Error: no index in {index_dir}/ yet: the first build there was stopped before it finished "
                          f"(run `newssearch index CORPUS --index-dir {index_dir}` again to build it)\n")


def test_a_second_writer_says_it_waits_and_counts_no_wait_in_its_time(built: Path, corpus: Path) -> None:
    # It had waited up to 30 s without a word, and "Indexed … in 6.67s" had counted the wait.
    holder = hold_lock_in_child(built)
    threading.Timer(1.5, holder.kill).start()
    try:
        result = CliRunner().invoke(cli, ["index", str(corpus), "--index-dir", str(built), "--json"])
    finally:
        holder.wait()
    assert result.exit_code == 0
    assert result.stderr == f"Waiting for another newssearch process writing to {built} (up to 30s)…\n"
    assert json.loads(result.stdout)["seconds"] < 1.5
    refused = CliRunner().invoke(cli, ["index", str(corpus), "--index-dir", str(built), "--wait", "0"])
    assert "Waiting" not in refused.stderr


def test_a_wait_of_nan_is_refused_and_inf_is_as_long_as_it_takes(corpus: Path, tmp_path: Path) -> None:
    """click's FloatRange(0) lets NaN through (no comparison holds for it): a wait of no length is refused."""
    refused = CliRunner().invoke(cli, ["index", str(corpus), "--index-dir", str(tmp_path / "ix"), "--wait", "nan"])
    assert refused.exit_code == 2
    assert "Invalid value for '--wait': nan is not a number of seconds." in refused.output
    assert not (tmp_path / "ix").exists()
    done = CliRunner().invoke(cli, ["index", str(corpus), "--index-dir", str(tmp_path / "ix"), "--wait", "inf"])
    assert done.exit_code == 0, done.output


@pytest.mark.parametrize(("typed", "said"), [("-1", "-1"), ("-0.5", "-0.5"), ("-1e3", "-1e3"), ("-inf", "-inf")])
def test_a_negative_wait_is_refused_as_typed(corpus: Path, tmp_path: Path, typed: str, said: str) -> None:
    # "--wait -1" had been refused as "-1.0 is not in the range x>=0.", a number no one typed
    refused = CliRunner().invoke(cli, ["index", str(corpus), "--index-dir", str(tmp_path / "ix"), "--wait", typed])
    assert (refused.exit_code, refused.stdout) == (2, "")
    assert refused.stderr == (f"Error: Invalid value for '--wait': {said} is not in the range x>=0. "
                              "(see: cli index --help)\n")
    assert not (tmp_path / "ix").exists()


def test_a_writer_told_to_wait_for_ever_says_so(built: Path, corpus: Path) -> None:
    # --wait inf had said "(up to infs)".
    holder = hold_lock_in_child(built)
    threading.Timer(1.0, holder.kill).start()
    try:
        result = CliRunner().invoke(cli, ["index", str(corpus), "--index-dir", str(built), "--wait", "inf"])
    finally:
        holder.wait()
    assert result.exit_code == 0
    assert result.stderr == (f"Waiting for another newssearch process writing to {built} "
                             "(for as long as it takes)…\n")
