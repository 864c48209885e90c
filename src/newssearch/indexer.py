"""Build or update an index from a corpus folder; returns a report of what changed and what was skipped."""

from __future__ import annotations

import errno
import os
import time
from collections import Counter
from collections.abc import Callable, Iterator
from concurrent.futures.process import BrokenProcessPool
from dataclasses import asdict, dataclass, field, replace
from datetime import datetime, timezone
from pathlib import Path

from whoosh import index as whoosh_index

from . import config, indexfolders, indexhints, liveindex, store, writerlock
from .arguments import check_arguments
from .corpus import CorpusFile, WalkResult, iter_reads, open_problem, walk_corpus
from .documents import READERS, is_supported
from .documents.article import Skip
from .errors import (
    CorpusNotFound,
    IndexCorrupt,
    IndexNotWritable,
    IndexOutdated,
    InvalidArgument,
    NewsSearchError,
    Text,
    Worded,
    reword,
)
from .folderpath import path_problem
from .ids import utf8_text
from .parallel import FileJob, Written, add_file, write_shards
from .schema import FILE, FINGERPRINT, ID

Progress = Callable[[int, int, str], None]
KEPT_BEFORE = " (kept the version indexed before)"  # said of a file that cannot be read now


@dataclass
class IndexReport:
    """What one indexing run did. Counts are articles; ``skipped`` lists files and records with reasons."""

    corpus: str
    index_dir: str
    added: int = 0
    updated: int = 0
    deleted: int = 0
    unchanged: int = 0
    skipped: list[Skip] = field(default_factory=list)
    ignored: int = 0
    ignored_types: dict[str, int] = field(default_factory=dict)  # ending (".jpg", "" for none) -> files
    ignored_files: list[str] = field(default_factory=list)  # their ids, for --verbose
    documents: int = 0
    files: int = 0
    rebuilt: bool = False
    seconds: float = 0.0

    def to_dict(self) -> dict[str, object]:
        """Plain data for JSON output."""
        data = asdict(self)
        data["seconds"] = round(self.seconds, 3)
        return data


@dataclass
class _Plan:
    """Which files to read, which to keep and which are gone, against the manifest."""

    to_read: list[CorpusFile]
    previous: dict[str, store.FileEntry]   # what the index holds now for the files to re-read
    unchanged: dict[str, store.FileEntry]
    vanished: dict[str, store.FileEntry]
    unopenable: dict[str, str] = field(default_factory=dict)  # unchanged files that cannot be opened now: why


def build_index(
    corpus: str | os.PathLike[str],
    index_dir: str | os.PathLike[str] | None = None,
    *,
    rebuild: bool = False,
    progress: Progress | None = None,
    workers: int | None = None,
    lock_timeout: float = config.LOCK_TIMEOUT,
    on_wait: Callable[[], None] | None = None,
) -> IndexReport:
    """Index every supported file under ``corpus`` into ``index_dir`` (incrementally unless ``rebuild``).

    ``corpus`` is a folder, or one export or feed file; ``index_dir`` defaults to $NEWSSEARCH_INDEX, else
    ./index (``~`` is the home folder in either). ``progress(done, total, path)`` is called as files are read:
    how many of the ``total`` to read are done, and the path (relative to the corpus) of the last one (``""``
    in a large build, where each worker process writes a segment of its own).
    ``workers`` is how many reader processes (1 to 64; default: one per core, at most 8, for a large corpus,
    else 1). ``lock_timeout`` is how many seconds to wait while another run writes the same index before
    raising IndexLocked; ``on_wait`` is called once when this one starts waiting for it; the report's seconds
    do not count the wait. Arguments of the wrong type or out of range raise InvalidArgument."""
    check_arguments(corpus=corpus, index_dir=index_dir, rebuild=rebuild, progress=progress, workers=workers,
                    lock_timeout=lock_timeout, on_wait=on_wait)
    if not str(corpus).strip():  # an unset $CORPUS: not the current folder
        raise CorpusNotFound("the corpus path is empty", hint="give the folder that holds your articles")
    root = _corpus_root(Path(corpus).expanduser())
    folder = config.resolve_index_dir(index_dir)
    if (problem := path_problem(folder)) is not None:  # before the lock's mkdir meets it
        raise IndexNotWritable(f"cannot write the index in {folder}: {problem[0]}",
                               hint=_PATH_HINTS.get(problem[1], _ANOTHER))
    if folder.resolve() == root:
        # Its own files would be read as articles; a folder inside the corpus is fine (the walk skips it).
        raise InvalidArgument(f"the index folder cannot be the corpus folder itself: {root}",
                              hint=Worded(f"give another index_dir, such as {indexhints.quoted(str(root / 'index'))}",
                                          f"give another --index-dir, such as {root / 'index'}"))
    report = IndexReport(corpus=str(root), index_dir=str(folder))
    existed, committed = folder.exists(), store.holds_index(folder)
    try:
        with writerlock.writer_lock(folder, lock_timeout, on_wait):
            started = time.perf_counter()
            try:
                _index_into(folder, root, report, rebuild, progress, workers)
            except (OSError, BrokenProcessPool):
                _clear_uncommitted(folder)  # a disk full must not stay full of what this run wrote
                raise
    except OSError as exc:
        if not existed:
            _remove_if_empty(folder)  # a first run that failed leaves no folder behind
        raise _not_written(folder, exc, committed) from exc
    except BrokenProcessPool as exc:
        raise NewsSearchError("a process reading the files stopped (out of memory?); nothing was changed",
                              hint=Worded("run it again, or with workers=1", "run it again, or with --workers 1")) from exc
    report.seconds = time.perf_counter() - started
    return report


def _index_into(folder: Path, root: Path, report: IndexReport, rebuild: bool, progress: Progress | None,
                workers: int | None) -> None:
    """Walk the corpus and write its changes into the index in ``folder`` (the writer lock held); fill ``report``."""
    manifest, ix, fresh = _open_for_writing(folder, root, rebuild)
    report.rebuilt = fresh
    known = {} if fresh else manifest.files
    walk = walk_corpus(root, exclude=folder, known=known)
    _refuse_emptied(root, walk, known, folder)
    report.ignored = walk.ignored
    report.ignored_types = dict(walk.ignored_types.most_common())
    report.ignored_files = walk.ignored_files
    report.skipped.extend(Skip(rel, reason) for rel, reason in walk.problems)
    plan = _plan(walk.files, known)
    entries = _apply(ix, plan, report, progress, _workers(workers, plan.to_read), walk.keeps)
    _finish(folder, manifest, ix, entries)
    report.files = sum(1 for entry in entries.values() if entry.ids)  # not the files remembered as holding none
    report.documents = sum(len(e.ids) for e in entries.values())


_ANOTHER = Worded("give another index_dir", "give another --index-dir")
_NOT_WRITTEN_HINTS: dict[int, Text] = {
    errno.ENOSPC: "the disk is full: free some space and run it again",
    errno.EDQUOT: "the disk quota is used up: free some space and run it again",
    errno.EACCES: _ANOTHER.map(lambda other: f"you cannot write there: {other}"),
    errno.EPERM: _ANOTHER.map(lambda other: f"you cannot write there: {other}"),
    errno.EROFS: _ANOTHER.map(lambda other: f"the disk is read-only: {other}"),
    errno.ENOTDIR: _ANOTHER.map(lambda other: f"a file stands where a folder should be: {other}"),
    errno.EEXIST: _ANOTHER.map(lambda other: f"a file stands where a folder should be: {other}"),
    errno.ENAMETOOLONG: Worded("the path is too long: give a shorter index_dir", "the path is too long: give a shorter --index-dir"),
}

# The fix for a path no folder can have (``folderpath.path_problem``), whose reason the message gives.
_PATH_HINTS: dict[int, Text] = {errno.ENAMETOOLONG: Worded("give a shorter index_dir", "give a shorter --index-dir")}


def _not_written(folder: Path, exc: OSError, committed: bool) -> NewsSearchError:
    """The one-line error for an OSError while building the index in ``folder`` (``committed``: it held one)."""
    where = Path(exc.filename) if isinstance(exc.filename, str) else None
    if where is not None and folder != where and folder not in where.parents:
        return NewsSearchError(f"cannot read {where}: {exc.strerror or exc}")
    hint = _NOT_WRITTEN_HINTS.get(exc.errno or 0, _ANOTHER)
    if committed:
        hint = reword(hint, lambda said: said + "; the index as last committed is intact")
    return IndexNotWritable(f"cannot write the index in {folder}: {exc.strerror or exc}", hint=hint)


def _remove_if_empty(folder: Path) -> None:
    """Remove ``folder`` when it holds nothing but the writer's lock file (what the failed run wrote is cleared)."""
    try:
        if all(entry.name == writerlock.LOCK_FILE for entry in folder.iterdir()):
            (folder / writerlock.LOCK_FILE).unlink(missing_ok=True)
            folder.rmdir()
    except OSError:
        pass


def _clear_uncommitted(folder: Path) -> None:
    """Remove what a failed run wrote and never committed: its segment files and its run folders."""
    try:
        manifest = store.load_manifest(folder, with_files=False)
        keep = manifest.active if manifest else None
        indexfolders.remove_stale_folders(folder, keep=keep)
        if keep:
            ix = liveindex.open_whoosh(folder, manifest)
            whoosh_index.clean_files(ix.storage, ix.indexname, ix.latest_generation(), ix._segments())
    except (OSError, NewsSearchError):
        pass  # the next run clears it


def _refuse_emptied(root: Path, walk: WalkResult, known: dict[str, store.FileEntry], folder: Path) -> None:
    """Refuse to delete every article because the corpus has come back empty: an empty mount point, a drive
    or share not mounted, looks just like that. ``--rebuild`` empties the index on purpose."""
    if walk.files or walk.problems or not known or root.is_file():
        return
    articles = sum(len(entry.ids) for entry in known.values())
    command = indexhints.index_command(str(root), folder, rebuild=True)
    raise CorpusNotFound(f"{root} holds no articles now, and the index holds {articles:,} from it; nothing was deleted",
                         hint=command.map(lambda run: f"if they were removed on purpose, run `{run}`"))


def _corpus_root(root: Path) -> Path:
    """The corpus as an absolute path: a folder of articles, or one file of them (a JSONL export, a feed)."""
    if root.is_file() and not is_supported(root):
        suffixes = ", ".join(sorted(READERS))
        raise CorpusNotFound(f"{root} is not a kind of file newssearch reads",
                             hint=f"give a folder of articles, or one file ending in {suffixes}")
    if not root.exists():
        raise CorpusNotFound(f"corpus not found: {root}",
                             hint="give the folder that holds your articles, or one file of them")
    if not root.is_dir() and not root.is_file():
        raise CorpusNotFound(f"{root} is neither a folder nor a file", hint="give the folder that holds your articles")
    if root.is_dir() and store.holds_index(root):
        raise CorpusNotFound(f"{root} is a newssearch index, not a folder of articles",
                             hint=Worded("give the folder that holds your articles; the index folder is index_dir",
                                         "give the folder that holds your articles; the index folder goes after --index-dir"))
    return root.resolve()


def _workers(requested: int | None, to_read: list[CorpusFile]) -> int:
    """How many reader processes to use for ``to_read``."""
    if requested is not None:
        return requested
    if len(to_read) < config.PARALLEL_MIN_FILES and not _many_bytes([item.size for item in to_read]):
        return 1
    return max(1, min(os.cpu_count() or 1, 8))


def _many_bytes(sizes: list[int]) -> bool:
    """Two or more files holding PARALLEL_MIN_BYTES between them: a few big exports are worth splitting."""
    return len(sizes) >= 2 and sum(sizes) >= config.PARALLEL_MIN_BYTES


def _same_path(named: str | None, root: Path) -> bool:
    """Whether the manifest's corpus ``named`` is ``root``, whatever locale each was written under."""
    return named is not None and utf8_text(named) == utf8_text(str(root))


def _open_for_writing(folder: Path, root: Path, rebuild: bool):  # type: ignore[no-untyped-def]
    """The manifest and Whoosh index to write to; a new empty index when rebuilding or starting."""
    manifest = None
    store.refuse_foreign_folder(folder)  # --rebuild too: it would write among the other files
    if not rebuild:
        try:
            manifest = store.load_manifest(folder)
        except IndexOutdated as exc:
            if not _same_path(exc.corpus, root):
                raise
            return _open_for_writing(folder, root, rebuild=True)  # same corpus: build it anew, in this format
        if manifest is not None and not _same_path(manifest.corpus, root):
            raise NewsSearchError(
                f"{folder} holds the index of {manifest.corpus}, not {root}",
                hint=Worded("give another index_dir for a separate index, or rebuild=True to replace it",
                            "use --index-dir for a separate index, or --rebuild to replace it"),
            )
    folder.mkdir(parents=True, exist_ok=True)
    # A rebuild keeps the live index until the new one is committed: a crash must not lose it.
    keep = manifest.active if manifest else _live_folder(folder) if rebuild else None
    indexfolders.remove_stale_folders(folder, keep=keep)
    if manifest is None:
        name = indexfolders.new_index_folder(folder)
        return store.Manifest(active=name, corpus=str(root)), liveindex.create_whoosh(folder, name), True
    ix = liveindex.open_whoosh(folder, manifest)
    if manifest.generation != ix.latest_generation():
        manifest.files = _entries_from_index(ix)
    return manifest, ix, False


def _live_folder(folder: Path) -> str | None:
    """The index folder the manifest names now; None when there is none or the manifest is damaged."""
    try:
        manifest = store.load_manifest(folder)
    except IndexCorrupt:
        return None
    return manifest.active if manifest else None


def _entries_from_index(ix) -> dict[str, store.FileEntry]:  # type: ignore[no-untyped-def]
    """Recover the file table from the index itself (after a crash between commit and manifest)."""
    entries: dict[str, store.FileEntry] = {}
    with ix.searcher() as searcher:
        for stored in searcher.all_stored_fields():
            mtime_ns, size, sha1 = stored[FINGERPRINT]
            entry = entries.setdefault(stored[FILE], store.FileEntry(mtime_ns, size, sha1, []))
            entry.ids.append(stored[ID])
    return entries


def _plan(files: list[CorpusFile], known: dict[str, store.FileEntry]) -> _Plan:
    """Compare the walk against the manifest by stat: unchanged files are never re-read, only checked that they
    can still be opened (one made unreadable keeps its content and its stat: it had gone unreported)."""
    to_read, previous, unchanged, unopenable = [], {}, {}, {}
    for item in files:
        entry = known.get(item.rel)
        if entry is not None and entry.mtime_ns == item.mtime_ns and entry.size == item.size:
            unchanged[item.rel] = entry
            problem = None if item.readable_by_all else open_problem(item.path)  # no-op runs stay fast
            if problem is not None:
                unopenable[item.rel] = problem
            continue
        to_read.append(item)
        if entry is not None:
            previous[item.rel] = entry
    present = {item.rel for item in files}
    vanished = {rel: entry for rel, entry in known.items() if rel not in present}
    return _Plan(to_read, previous, unchanged, vanished, unopenable)


def _apply(ix, plan: _Plan, report: IndexReport, progress: Progress | None,  # type: ignore[no-untyped-def]
           workers: int, kept: Callable[[str], bool]) -> dict[str, store.FileEntry]:
    """Read changed files and write all changes in one commit; return the new file table."""
    from .segwriter import NewsWriter

    entries = dict(plan.unchanged)
    report.unchanged = sum(len(e.ids) for e in plan.unchanged.values())
    for rel, entry in plan.unchanged.items():
        if rel in plan.unopenable:  # what a read would say, as for a file that breaks once indexed
            report.skipped.append(Skip(rel, plan.unopenable[rel] + (KEPT_BEFORE if entry.ids else ""),
                                       kept=bool(entry.ids)))
        else:  # still not in the index: said again on every run
            report.skipped.extend(_stored_skips(entry))
    # A file we could not even stat, or one in a folder we could not open, is kept as it was: nothing is
    # lost for a passing error.
    for rel in list(plan.vanished):
        if kept(rel):
            entries[rel] = plan.vanished.pop(rel)
            report.unchanged += len(entries[rel].ids)  # still in the index, as they were: the counts add up
    if not plan.to_read and not plan.vanished:
        return entries
    writer = NewsWriter(ix)
    try:
        for rel, entry in plan.vanished.items():
            writer.delete_by_term(FILE, rel)
            report.deleted += len(entry.ids)
        segments = _write_files(writer, ix, plan, entries, report, progress, workers)
    except BaseException:
        writer.cancel()
        raise
    writer.commit_with(segments)
    return entries


def _write_files(writer, ix, plan: _Plan, entries: dict[str, store.FileEntry],  # type: ignore[no-untyped-def]
                 report: IndexReport, progress: Progress | None, workers: int) -> list[object]:
    """Index the changed files, in worker-written segments when there are many; return those segments."""
    known = {item.rel: item for item in plan.to_read}
    jobs = [_job(item, plan.previous.get(item.rel)) for item in plan.to_read]
    segments: list[object] = []
    if workers > 1 and (len(jobs) >= config.PARALLEL_SEGMENT_MIN_FILES or _many_bytes([job.size for job in jobs])):
        shards = write_shards(ix.storage.folder, jobs, workers,
                              (lambda done, total: progress(done, total, "")) if progress else None)
        segments = [shard.segment for shard in shards if shard.segment is not None]
        outcomes: Iterator[Written] = (written for shard in shards for written in shard.written)
    else:
        outcomes = _write_here(writer, jobs, workers, progress)
    for written in outcomes:
        _account(writer, written, known[written.rel], plan.previous.get(written.rel), entries, report)
    return segments


def _job(item: CorpusFile, old: store.FileEntry | None) -> FileJob:
    """The job of indexing ``item``, knowing what the index holds for it."""
    return FileJob(item.rel, str(item.path), item.mtime_ns, item.size, old.sha1 if old else None,
                   old.digest_of() if old else {})


def _write_here(writer, jobs: list[FileJob], workers: int,  # type: ignore[no-untyped-def]
                progress: Progress | None) -> Iterator[Written]:
    """Add files through this process's writer (reading them in ``workers`` processes)."""
    reads = iter_reads([(job.rel, job.path) for job in jobs], workers, [job.old_sha1 for job in jobs])
    for done, (job, read) in enumerate(zip(jobs, reads), start=1):
        if progress:
            progress(done, len(jobs), read.rel)
        yield add_file(writer, job, read)


def _account(writer, written: Written, item: CorpusFile, old: store.FileEntry | None,  # type: ignore[no-untyped-def]
             entries: dict[str, store.FileEntry], report: IndexReport) -> None:
    """Record one file's outcome: counts, skips, the manifest entry; drop its superseded articles."""
    if written.same_content and old is not None:
        entries[written.rel] = store.FileEntry(item.mtime_ns, item.size, old.sha1, old.ids, old.digests, old.skips)
        report.unchanged += len(old.ids)
        report.skipped.extend(_stored_skips(old))
        return
    if written.ids is None:
        _record_failure(written, item, old, entries, report)
        return
    kept = _kept_records(written, old)
    if old is not None and (kept or written.same):
        for article_id in set(old.ids) - set(kept) - written.same:  # the articles not kept as indexed
            writer.delete_by_term(ID, article_id)
    elif old is not None:
        writer.delete_by_term(FILE, written.rel)
    old_ids = set(old.ids) if old else set()
    old_digests = old.digest_of() if old else {}
    new_digests = dict(zip(written.ids, written.digests))
    for article_id in written.ids:
        if article_id not in old_ids:
            report.added += 1
        elif article_id in old_digests and old_digests[article_id] == new_digests.get(article_id):
            report.unchanged += 1  # written again with its file, but the same article
        else:
            report.updated += 1
    report.deleted += len(old_ids - set(written.ids) - set(kept))
    report.unchanged += len(kept)
    skipped = _with_kept_note(written.skipped, kept, old)
    ids, digests = written.ids + kept, written.digests + [old_digests.get(article_id, "") for article_id in kept]
    report.skipped.extend(replace(skip, record=bool(ids)) for skip in skipped)
    entries[written.rel] = store.FileEntry(item.mtime_ns, item.size, written.sha1 or "", ids,
                                           digests if written.digests else [], [[s.path, s.reason] for s in skipped])


_KEPT = " (kept: {} article{} indexed before, which this record may be)"
_KEPT_MARK = "indexed before, which this record may be)"


def _stored_skips(entry: store.FileEntry) -> list[Skip]:
    """The skips the index remembers of a file not read again, as the run that read it said them."""
    return [Skip(path, reason, kept=_KEPT_MARK in reason, record=bool(entry.ids)) for path, reason in entry.skips]


def _why(reason: str) -> str:
    """A record's skip reason without its place or a kept note: "line 4 (id d): no body text" is "no body text"."""
    return reason.split(" (kept: ", 1)[0].split(": ", 1)[-1]


def _kept_records(written: Written, old: store.FileEntry | None) -> list[str]:
    """The ids of the file's articles indexed before that its records that cannot be read now may be (a line
    of an export cut short by a partial write): kept as they were, as a file that breaks whole keeps its
    version indexed before, until those records read again, whatever else of the file changes meanwhile."""
    if old is None or not written.ids or not written.skipped:  # an export emptied keeps none
        return []
    keeping = bool(_noted(old) & {_why(skip.reason) for skip in written.skipped})  # the record that broke, still broken
    if not keeping and not _broken_since(written.skipped, old):
        return []  # no record broke since: one never read (no text), wherever it moved, keeps no deleted article
    new = set(written.ids)
    return [article_id for article_id in old.ids if article_id not in new and article_id != written.rel]


def _noted(old: store.FileEntry) -> set[str]:
    """The reasons of the records whose skip said, last run, that articles were kept for them."""
    return {_why(reason) for _, reason in old.skips if _KEPT_MARK in reason}


def _broken_since(skipped: list[Skip], old: store.FileEntry) -> Counter[str]:
    """The reasons of ``skipped`` records that the file's version indexed before did not have."""
    return Counter(_why(skip.reason) for skip in skipped) - Counter(_why(reason) for _, reason in old.skips)


def _with_kept_note(skipped: list[Skip], kept: list[str], old: store.FileEntry | None) -> list[Skip]:
    """``skipped`` with the note of the articles kept on the record that broke (one skip a record, as ever)."""
    if not kept or old is None:
        return skipped
    broken, noted = _broken_since(skipped, old), _noted(old)
    at = next((n for n, skip in enumerate(skipped) if _why(skip.reason) in noted), None)
    if at is None:
        at = next((n for n, skip in enumerate(skipped) if broken[_why(skip.reason)]), 0)
    note = _KEPT.format(len(kept), "s" if len(kept) > 1 else "")
    return [Skip(skip.path, skip.reason + note, kept=True) if n == at else skip for n, skip in enumerate(skipped)]


def _record_failure(written: Written, item: CorpusFile, old: store.FileEntry | None,
                    entries: dict[str, store.FileEntry], report: IndexReport) -> None:
    """Skip a file that cannot be read; keep its previously indexed version if it had one.

    A file read whole but holding no article (binary, empty, a list of words) is remembered with its reason,
    so that later runs say it again without reading it while it is unchanged: a 150 MB junk file had been read
    on every run. A file that could not be read at all (a passing I/O error) is tried again each run.
    """
    rel, reason = written.rel, written.error or "unknown error"
    if old is not None and old.ids:
        entries[rel] = old
        report.unchanged += len(old.ids)  # still in the index, as they were
        reason += KEPT_BEFORE
    elif written.sha1 is not None:
        entries[rel] = store.FileEntry(item.mtime_ns, item.size, written.sha1, [], [], [[rel, reason]])
    report.skipped.append(Skip(rel, reason, kept=old is not None and bool(old.ids)))


def _finish(folder: Path, manifest: store.Manifest, ix, entries: dict[str, store.FileEntry]) -> None:  # type: ignore[no-untyped-def]
    """Record the committed state in the manifest, then drop superseded index folders."""
    manifest.files = entries
    manifest.generation = ix.latest_generation()
    manifest.updated = datetime.now(timezone.utc).isoformat(timespec="seconds")
    store.save_manifest(folder, manifest)
    indexfolders.remove_stale_folders(folder, keep=manifest.active)
