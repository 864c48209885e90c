"""Build or update an index from a corpus folder; returns a report of what changed and what was skipped."""

from __future__ import annotations

import errno
import os
import sys
import time
from collections.abc import Callable, Iterator
from contextlib import ExitStack
from datetime import datetime, timezone
from pathlib import Path

from . import config, indexfolders, indexhints, store, writerlock
from .arguments import check_arguments
from .buildfailures import (
    ListNotSaved,
    clear_uncommitted,
    not_written,
    remove_if_empty,
    unwritable_path,
)
from .buildplan import BuildPlan, plan_build, settle_unwritable
from .buildtarget import open_for_reading, open_for_writing, recorded_corpus, replaces_other_corpus
from .collector import paused_collector
from .corpus import CorpusFile, walk_corpus
from .corpusreads import iter_reads
from .corpusroot import corpus_root, refuse_emptied
from .documents.article import Skip
from .errors import CorpusNotFound, InvalidArgument, NewsSearchError, Worded
from .filemoves import record_moves, renamed_articles
from .fileoutcomes import KEPT_BEFORE, PERMANENT, account_file, forget_led_nowhere, walk_skips
from .folderpath import path_problem
from .indexreport import IndexReport, is_attachment, unread_attachments
from .keptrecords import stored_skips
from .parallel import FileJob, Written, add_file, write_shards
from .removals import record_removals, removals_of
from .schema import FILE
from .tocchecks import toc_crc

Progress = Callable[[int, int, str], None]


def build_index(
    corpus: str | os.PathLike[str] | None = None,
    index_dir: str | os.PathLike[str] | None = None,
    *,
    rebuild: bool = False,
    progress: Progress | None = None,
    workers: int | None = None,
    lock_timeout: float = config.LOCK_TIMEOUT,
    on_wait: Callable[[], None] | None = None,
) -> IndexReport:
    """Index every supported file under ``corpus`` into ``index_dir`` (incrementally unless ``rebuild``).

    ``corpus`` is a folder, or one export or feed file (None: the one the index in ``index_dir`` was built from,
    CorpusNotFound when there is no index there or that corpus is gone); ``index_dir`` defaults to $NEWSSEARCH_INDEX, else
    ./index (``~`` is the home folder in either). ``progress(done, total, path)`` is called as files are read:
    how many of the ``total`` to read are done, and the path (relative to the corpus) of the last one (``""``
    in a large build, where each worker process writes a segment of its own).
    ``workers`` is how many reader processes (1 to 64; default: one per core, at most 8, for a large corpus,
    else 1). ``lock_timeout`` is how many seconds to wait while another run writes the same index before
    raising IndexLocked; ``on_wait`` is called once when this one starts waiting for it; the report's seconds
    do not count the wait. An index folder this user can only read is left as it is: an update that finds nothing
    changed reports so, one with something to write raises IndexNotWritable. Arguments of the wrong type or out of
    range raise InvalidArgument."""
    check_arguments(corpus=corpus, index_dir=index_dir, rebuild=rebuild, progress=progress, workers=workers,
                    lock_timeout=lock_timeout, on_wait=on_wait)
    root, folder = _target(corpus, index_dir)
    report = IndexReport(corpus=str(root), index_dir=str(folder.resolve()))  # both absolute
    existed, committed = folder.exists(), store.holds_index(folder)
    try:
        started = _index_locked(folder, root, report, rebuild, progress, workers, lock_timeout, on_wait)
    except KeyboardInterrupt:
        if not existed:
            remove_if_empty(folder)  # a first run stopped leaves no folder behind
        raise
    except OSError as exc:
        if not existed:
            remove_if_empty(folder)  # a first run that failed leaves no folder behind
        raise not_written(folder, exc, committed) from exc
    except _broken_pool() as exc:
        raise NewsSearchError("a process reading the files stopped (out of memory?); nothing was changed",
                              hint=Worded("run it again, or with workers=1", "run it again, or with --workers 1")) from exc
    report.seconds = time.perf_counter() - started
    return report


def _index_locked(folder: Path, root: Path, report: IndexReport, rebuild: bool, progress: Progress | None,
                  workers: int | None, lock_timeout: float, on_wait: Callable[[], None] | None) -> float:
    """``_index_into`` with the writer lock held, what it wrote cleared if it stops; return when it started (once
    the lock was taken: the report's seconds do not count the wait)."""
    with ExitStack() as held:
        try:
            held.enter_context(writerlock.writer_lock(folder, lock_timeout, on_wait))
        except OSError as exc:  # a folder this user can only read: an update with nothing to write says so
            if rebuild or exc.errno not in _READ_ONLY or not _unchanged(folder, root, report, exc):
                raise
            return time.perf_counter()
        started = time.perf_counter()
        try:
            _index_into(folder, root, report, rebuild, progress, workers)
        except (OSError, KeyboardInterrupt) + _broken_pool():
            # A disk full must not stay full of what this run wrote; nor must a disk after Ctrl-C or SIGTERM
            # (a first run's whole uncommitted index folder had stayed until a later run cleared it).
            clear_uncommitted(folder)
            raise
    return started


_READ_ONLY = (errno.EACCES, errno.EPERM, errno.EROFS)


def _unchanged(folder: Path, root: Path, report: IndexReport, refused: OSError) -> bool:
    """Fill ``report`` for an update of an index the writer lock was ``refused`` on, without the lock: True when
    the corpus is as the index records it; ``refused`` is raised when a file changed. Nothing is written either way,
    so no writer's work can be lost, and a run that finds nothing to do needs no lock."""
    opened = open_for_reading(folder, root)
    if opened is None:
        return False
    _index_into(folder, root, report, False, None, 1, (*opened, refused))
    return True


def _broken_pool() -> tuple[type[BaseException], ...]:
    """BrokenProcessPool to catch, once a run has started reader processes: only then is its module imported (with
    multiprocessing, ~35 ms that every update and every small build had paid), and without it no pool can break."""
    module = sys.modules.get("concurrent.futures.process")
    return (module.BrokenProcessPool,) if module is not None else ()


def _target(corpus: str | os.PathLike[str] | None, index_dir: str | os.PathLike[str] | None) -> tuple[Path, Path]:
    """The corpus root (for None, the one the index records) and the index folder to write, checked: a corpus path
    given or recorded, a folder that can be written and is not the corpus itself."""
    if corpus is not None and not str(corpus).strip():  # an unset $CORPUS: not the current folder
        raise CorpusNotFound("the corpus path is empty", hint="give the folder that holds your articles")
    folder = config.resolve_index_dir(index_dir)
    if (problem := path_problem(folder)) is not None:  # before the lock's mkdir meets it
        raise unwritable_path(folder, problem)
    if corpus is None and (corpus := recorded_corpus(folder)) is None:
        raise CorpusNotFound(f"no corpus given, and {folder} holds no index to update",
                             hint="give the folder that holds your articles")
    root = corpus_root(config.home_path(corpus))
    if folder.resolve() == root:
        # Its own files would be read as articles; a folder inside the corpus is fine (the walk skips it).
        raise InvalidArgument(f"the index folder cannot be the corpus folder itself: {root}",
                              hint=Worded(f"give another index_dir, such as {indexhints.quoted(str(root / 'index'))}",
                                          f"give another --index-dir, such as {root / 'index'}"))
    return root, folder


def _index_into(folder: Path, root: Path, report: IndexReport, rebuild: bool, progress: Progress | None,
                workers: int | None, unlocked: tuple[store.Manifest, object, OSError] | None = None) -> None:
    """Walk the corpus and write its changes into the index in ``folder`` (the writer lock held); fill ``report``.
    ``unlocked``: the index's manifest and Whoosh index, opened without the lock, and the error that refused it,
    raised if there is anything to write."""
    with paused_collector() as pause:  # the manifest, the walk and the plan: many objects, no cycles (collector.py)
        if unlocked is None:  # a rebuild replacing another corpus's index: told before its manifest goes
            replaced = rebuild and replaces_other_corpus(folder, root)
            manifest, ix, fresh, report.moved_from = open_for_writing(folder, root, rebuild)
        else:
            (manifest, ix, refused), fresh = unlocked, False
        report.rebuilt = fresh
        known = {} if fresh else manifest.files
        said, walked = (None if fresh else writerlock.last_walk(folder)), time.time_ns()
        walk = walk_corpus(root, exclude=folder, known=known)
        refuse_emptied(root, walk, known, folder)
        report.ignored = walk.ignored
        report.ignored_types = dict(walk.ignored_types.most_common())
        report.ignored_files, report.linked = walk.ignored_files, walk.linked
        report.skipped.extend(found := walk_skips(walk, known, root, said))
        plan = forget_led_nowhere(plan_build(walk.files, known), walk)
        if unlocked is not None and (not all(walk.keeps(rel) for rel in plan.vanished) or not settle_unwritable(plan)):
            raise refused
        pause.resume()
        entries = _apply(ix, plan, report, progress, _workers(workers, plan.to_read), walk.keeps)
        if unlocked is None:  # unlocked, only the change times an older manifest lacks are new: not worth an error
            _finish(folder, manifest, ix, entries, fresh, moved=report.moved_from is not None)
            removed = removals_of(report, set(entries), manifest.updated)
            if (unsaved := record_removals(folder, removed, replaced)) is not None:
                report.removals_not_saved, report.removals_kept_at = unsaved.why, unsaved.kept_at
            if any(skip.reason in PERMANENT and not skip.said_before for skip in found):  # else no write: a no-op's
                writerlock.mark_walk(folder, walked)
    report.ignored_inside = [name for rel in sorted(entries) for name in entries[rel].ignored if not is_attachment(name)]
    report.unread_attachments = unread_attachments(entries)
    report.files = sum(1 for entry in entries.values() if entry.ids)  # not the files remembered as holding none
    report.documents = sum(len(e.ids) for e in entries.values())


def _workers(requested: int | None, to_read: list[CorpusFile]) -> int:
    """How many reader processes to use for ``to_read``."""
    if requested is not None:
        return requested
    if len(to_read) < config.PARALLEL_MIN_FILES and not _many_bytes([item.size for item in to_read]):
        return 1
    return max(1, min(os.cpu_count() or 1, config.DEFAULT_MAX_WORKERS))


def _many_bytes(sizes: list[int]) -> bool:
    """Two or more files holding PARALLEL_MIN_BYTES between them: a few big exports are worth splitting."""
    return len(sizes) >= 2 and sum(sizes) >= config.PARALLEL_MIN_BYTES


def _apply(ix, plan: BuildPlan, report: IndexReport, progress: Progress | None,  # type: ignore[no-untyped-def]
           workers: int, kept: Callable[[str], bool]) -> dict[str, store.FileEntry]:
    """Read changed files and write all changes in one commit; return the new file table."""
    entries = dict(plan.unchanged)
    report.unchanged = sum(len(e.ids) for e in plan.unchanged.values())
    for rel, entry in plan.unchanged.items():
        if rel in plan.unopenable:  # what a read would say, as for a file that breaks once indexed
            report.skipped.append(Skip(rel, plan.unopenable[rel] + (KEPT_BEFORE if entry.ids else ""),
                                       kept=bool(entry.ids), said_before=rel in plan.said))
        else:  # still not in the index: said again on every run
            report.skipped.extend(stored_skips(entry))
    report.skipped.extend(Skip(rel, problem) for rel, problem in plan.unopened.items())
    entries.update(plan.unopened_entries)  # remembered, for stats: tried again each run all the same (buildplan)
    # A file we could not even stat, or one in a folder we could not open, is kept as it was: nothing is
    # lost for a passing error.
    for rel in list(plan.vanished):
        if kept(rel):
            entries[rel] = plan.vanished.pop(rel)
            report.unchanged += len(entries[rel].ids)  # still in the index, as they were: the counts add up
    if not plan.to_read and not plan.vanished:
        return entries
    from .segwriter import NewsWriter  # here: a run that changes nothing writes no segment, and imports no writer

    writer = NewsWriter(ix)
    try:
        for rel, entry in plan.vanished.items():
            writer.delete_by_term(FILE, rel)
            report.deleted += len(entry.ids)
            report.deleted_ids += entry.ids
        segments = _write_files(writer, ix, plan, entries, report, progress, workers)
        added = [item.rel for item in plan.to_read if item.rel not in plan.previous]
        record_moves(plan.vanished, entries, added)
        report.count_renamed(renamed_articles(plan.vanished, entries, added))
    except BaseException:
        writer.cancel()
        raise
    writer.commit_with(segments)
    return entries


def _write_files(writer, ix, plan: BuildPlan, entries: dict[str, store.FileEntry],  # type: ignore[no-untyped-def]
                 report: IndexReport, progress: Progress | None, workers: int) -> list[object]:
    """Index the changed files, in worker-written segments when there are many; return those segments."""
    known = {item.rel: item for item in plan.to_read}
    jobs = [_job(item, plan.previous.get(item.rel), item.rel in plan.forced) for item in plan.to_read]
    segments: list[object] = []
    if workers > 1 and (len(jobs) >= config.PARALLEL_SEGMENT_MIN_FILES or _many_bytes([job.size for job in jobs])):
        shards = write_shards(ix.storage.folder, jobs, workers,
                              (lambda done, total: progress(done, total, "")) if progress else None)
        segments = [shard.segment for shard in shards if shard.segment is not None]
        outcomes: Iterator[Written] = (written for shard in shards for written in shard.written)
    else:
        outcomes = _write_here(writer, jobs, workers, progress)
    for written in outcomes:
        account_file(writer, written, known[written.rel], plan.previous.get(written.rel), entries, report)
    return segments


def _job(item: CorpusFile, old: store.FileEntry | None, forced: bool = False) -> FileJob:
    """The job of indexing ``item``, knowing what the index holds for it; ``forced``: parsed even if its bytes are
    the ones indexed (another file of its export folder changed what it gives)."""
    return FileJob(item.rel, str(item.path), item.mtime_ns, item.size, old.sha1 if old and not forced else None,
                   old.digest_of() if old else {})


def _write_here(writer, jobs: list[FileJob], workers: int,  # type: ignore[no-untyped-def]
                progress: Progress | None) -> Iterator[Written]:
    """Add files through this process's writer (reading them in ``workers`` processes)."""
    reads = iter_reads([(job.rel, job.path) for job in jobs], workers, [job.old_sha1 for job in jobs])
    for done, (job, read) in enumerate(zip(jobs, reads), start=1):
        if progress:
            progress(done, len(jobs), read.rel)
        yield add_file(writer, job, read)


def _finish(folder: Path, manifest: store.Manifest, ix, entries: dict[str, store.FileEntry],  # type: ignore[no-untyped-def]
            fresh: bool, moved: bool = False) -> None:
    """Record the committed state in the manifest, then drop superseded index folders.

    A run that changed nothing leaves the manifest as it is (its ``updated`` time too): it already records this
    state, and rewriting it took 0.5 s at 100,000 files. Unchanged entries are the manifest's own objects, so the
    comparison is quick. A corpus that ``moved`` is recorded at its new place even when no file changed, and a
    manifest of a run before the TOC's CRC was recorded is written once more, with it.
    """
    generation = ix.latest_generation()
    if fresh or moved or generation != manifest.generation or entries != manifest.files or manifest.toc_crc is None:
        manifest.files = entries
        manifest.generation = generation
        manifest.toc_crc = toc_crc(Path(ix.storage.folder), generation)  # what an open checks the TOC against
        manifest.updated = datetime.now(timezone.utc).isoformat(timespec="seconds")
        try:
            store.save_manifest(folder, manifest)
        except OSError as exc:
            if fresh:  # a new folder the manifest does not name: cleared, so the index is as it was
                raise
            raise ListNotSaved(exc.errno, exc.strerror, exc.filename) from exc
    indexfolders.remove_stale_folders(folder, keep=manifest.active)
