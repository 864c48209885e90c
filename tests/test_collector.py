"""An indexing run keeps its bookkeeping (the manifest's table, the walk, the plan) out of the garbage collector's
walks while it reads and writes, and leaves the collector as it found it, whatever happens."""

from __future__ import annotations

import gc
from collections.abc import Iterator
from pathlib import Path

import pytest

from newssearch import build_index
from newssearch.collector import collector_off, paused_collector


def _corpus(folder: Path, count: int = 4) -> Path:
    folder.mkdir()
    for n in range(count):
        (folder / f"story{n}.txt").write_text(f"Harbour story {n}\n\nCrews fought a fire at the wharf {n}.\n")
    return folder


@pytest.fixture(autouse=True)
def _collector_restored() -> Iterator[None]:
    yield
    gc.unfreeze()
    gc.enable()


def test_an_update_reads_its_files_with_the_bookkeeping_frozen(tmp_path: Path) -> None:
    corpus, index = _corpus(tmp_path / "news"), tmp_path / "index"
    build_index(corpus, index)
    (corpus / "story1.txt").write_text("Harbour story 1\n\nThe fire was put out by morning.\n")
    seen: list[tuple[int, bool]] = []
    report = build_index(corpus, index, progress=lambda done, total, rel: seen.append((gc.get_freeze_count(),
                                                                                        gc.isenabled())))
    assert report.updated == 1 and len(seen) == 1
    frozen, enabled = seen[0]
    assert frozen > 0 and enabled  # the manifest's entries and the walk's files are among them; collections go on
    assert gc.get_freeze_count() == 0 and gc.isenabled()


def test_a_run_that_fails_leaves_the_collector_on_and_nothing_frozen(tmp_path: Path) -> None:
    corpus = _corpus(tmp_path / "news")

    def stop(done: int, total: int, rel: str) -> None:
        raise RuntimeError("stopped")

    with pytest.raises(RuntimeError):
        build_index(corpus, tmp_path / "index", progress=stop)
    assert gc.get_freeze_count() == 0 and gc.isenabled()


def test_a_caller_with_the_collector_off_finds_it_still_off(tmp_path: Path) -> None:
    gc.disable()
    build_index(_corpus(tmp_path / "news"), tmp_path / "index")
    assert not gc.isenabled()


def test_a_callers_frozen_objects_stay_frozen(tmp_path: Path) -> None:
    kept = [[n] for n in range(100)]
    gc.freeze()
    before = gc.get_freeze_count()
    build_index(_corpus(tmp_path / "news"), tmp_path / "index")
    assert gc.get_freeze_count() >= before and kept


def test_the_pause_ends_with_its_block_if_never_resumed() -> None:
    with pytest.raises(ValueError), paused_collector():
        assert not gc.isenabled()
        raise ValueError
    assert gc.isenabled() and gc.get_freeze_count() == 0


def test_resuming_freezes_what_was_made_and_the_end_thaws_it() -> None:
    with paused_collector() as pause:
        made = [[n] for n in range(100)]
        pause.resume()
        assert gc.isenabled() and gc.get_freeze_count() >= len(made)
    assert gc.get_freeze_count() == 0


def test_the_manifest_s_table_is_serialised_without_a_collection() -> None:
    # Its list per corpus file, made to be dumped and dropped, hold no cycle: at Reuters' 19,043 files they made the
    # collector run ~30 times, a full collection among them (~10 ms of a 1% update's CPU).
    from newssearch.store import FileEntry, Manifest

    files = {f"story{n}.txt": FileEntry(n, 100, "ab" * 20, [f"story{n}.txt"], ctime_ns=n) for n in range(20_000)}
    manifest = Manifest(active="ix-1", corpus="/news", files=files)
    collections: list[int] = []

    def count(phase: str, info: dict[str, int]) -> None:
        if phase == "start":
            collections.append(info["generation"])

    gc.enable()
    gc.collect()  # no count of allocations left over from making the entries
    gc.callbacks.append(count)
    try:
        text = manifest.to_json()
    finally:
        gc.callbacks.remove(count)
    assert collections in ([], [0]) and gc.isenabled()  # at most one of the youngest objects, as it is turned on
    assert text.count("story19999.txt") == 2


def test_the_manifest_s_table_leaves_a_collector_that_was_off_off() -> None:
    from newssearch.store import FileEntry, Manifest

    gc.disable()
    Manifest(active="ix-1", corpus="/news", files={"a.txt": FileEntry(1, 2, "ab", ["a.txt"])}).to_json()
    assert not gc.isenabled()


def _collections_after(settle: bool) -> list[str]:
    """The collections started by the first objects made after a block with the collector off that made many kept."""
    seen: list[str] = []
    kept: list[list[int]] = []

    def started(phase: str, info: dict[str, int]) -> None:
        seen.append(phase) if phase == "start" else None

    gc.enable()
    gc.collect()
    gc.callbacks.append(started)
    try:
        with collector_off(settle=settle):
            kept.extend([n] for n in range(5 * gc.get_threshold()[0]))  # as importing a module makes its objects
        after = [[n] for n in range(10)]
    finally:
        gc.callbacks.remove(started)
    assert kept and after
    return seen


def test_objects_kept_from_a_settled_block_set_off_no_collection_after_it() -> None:
    # The command line's imports (entry.py) are so settled: the collection the count had run up to while the collector
    # was off had come at the first object made after them, walking all they made (tests/test_startup.py's
    # collections while importing: one, in whichever import came first).
    assert _collections_after(settle=True) == []
    assert gc.get_freeze_count() == 0 and gc.isenabled()


def test_without_settling_the_first_objects_after_the_block_set_off_a_collection() -> None:
    assert _collections_after(settle=False) == ["start"]
