"""Build or update an index from a corpus folder; returns a report of what changed and what was skipped."""

from __future__ import annotations

import os
import time
from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from datetime import datetime, timezone
from pathlib import Path

from . import config, store
from .corpus import CorpusFile, FileRead, iter_reads, walk_corpus
from .documents.article import Skip
from .errors import CorpusNotFound, IndexCorrupt, NewsSearchError
from .schema import FILE, FINGERPRINT, ID, to_document

Progress = Callable[[int, int, str], None]


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


def build_index(
    corpus: str | os.PathLike[str],
    index_dir: str | os.PathLike[str] | None = None,
    *,
    rebuild: bool = False,
    progress: Progress | None = None,
    workers: int | None = None,
    lock_timeout: float = config.LOCK_TIMEOUT,
) -> IndexReport:
    """Index every supported file under ``corpus`` into ``index_dir`` (incrementally unless ``rebuild``)."""
    started = time.perf_counter()
    root = Path(corpus).expanduser()
    if not root.is_dir():
        raise CorpusNotFound(f"corpus folder not found: {root}", hint="give the folder that holds your articles")
    root = root.resolve()
    folder = config.resolve_index_dir(index_dir)
    report = IndexReport(corpus=str(root), index_dir=str(folder))
    with store.writer_lock(folder, lock_timeout):
        manifest, ix, fresh = _open_for_writing(folder, root, rebuild)
        report.rebuilt = fresh
        walk = walk_corpus(root, exclude=folder)
        report.ignored = walk.ignored
        report.skipped.extend(Skip(rel, reason) for rel, reason in walk.problems)
        plan = _plan(walk.files, {} if fresh else manifest.files)
        entries = _apply(ix, plan, report, progress, _workers(workers, len(plan.to_read)), walk.problems)
        _finish(folder, manifest, ix, entries, fresh)
        report.files = len(entries)
        report.documents = sum(len(e.ids) for e in entries.values())
    report.seconds = time.perf_counter() - started
    return report


def _workers(requested: int | None, to_read: int) -> int:
    """How many reader processes to use for ``to_read`` files."""
    if requested is not None:
        return max(1, requested)
    if to_read < config.PARALLEL_MIN_FILES:
        return 1
    return max(1, min(os.cpu_count() or 1, 8))


def _open_for_writing(folder: Path, root: Path, rebuild: bool):  # type: ignore[no-untyped-def]
    """The manifest and Whoosh index to write to; a new empty index when rebuilding or starting."""
    manifest = None
    if not rebuild:
        try:
            manifest = store.load_manifest(folder)
        except IndexCorrupt:
            raise
        if manifest is not None and manifest.corpus != str(root):
            raise NewsSearchError(
                f"{folder} holds the index of {manifest.corpus}, not {root}",
                hint="use --index-dir for a separate index, or --rebuild to replace it",
            )
    folder.mkdir(parents=True, exist_ok=True)
    # A rebuild keeps the live index until the new one is committed: a crash must not lose it.
    keep = manifest.active if manifest else _live_folder(folder) if rebuild else None
    store.remove_stale_folders(folder, keep=keep)
    if manifest is None:
        name = store.new_index_folder(folder)
        return store.Manifest(active=name, corpus=str(root)), store.create_whoosh(folder, name), True
    ix = store.open_whoosh(folder, manifest)
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
    """Compare the walk against the manifest by stat: unchanged files are never re-read."""
    to_read, previous, unchanged = [], {}, {}
    for item in files:
        entry = known.get(item.rel)
        if entry is not None and entry.mtime_ns == item.mtime_ns and entry.size == item.size:
            unchanged[item.rel] = entry
            continue
        to_read.append(item)
        if entry is not None:
            previous[item.rel] = entry
    present = {item.rel for item in files}
    vanished = {rel: entry for rel, entry in known.items() if rel not in present}
    return _Plan(to_read, previous, unchanged, vanished)


def _apply(ix, plan: _Plan, report: IndexReport, progress: Progress | None,  # type: ignore[no-untyped-def]
           workers: int, problems: list[tuple[str, str]]) -> dict[str, store.FileEntry]:
    """Read changed files and write all changes in one writer; return the new file table."""
    entries = dict(plan.unchanged)
    report.unchanged = sum(len(e.ids) for e in plan.unchanged.values())
    unreachable = {rel for rel, _ in problems}
    # A file we could not even stat is kept as it was: nothing is lost for a passing error.
    for rel in list(plan.vanished):
        if rel in unreachable:
            entries[rel] = plan.vanished.pop(rel)
    if not plan.to_read and not plan.vanished:
        return entries
    writer = ix.writer(limitmb=256)
    try:
        for rel, entry in plan.vanished.items():
            writer.delete_by_term(FILE, rel)
            report.deleted += len(entry.ids)
        _write_reads(writer, plan, entries, report, progress, workers)
    except BaseException:
        writer.cancel()
        raise
    writer.commit()
    return entries


def _write_reads(writer, plan: _Plan, entries: dict[str, store.FileEntry], report: IndexReport,  # type: ignore[no-untyped-def]
                 progress: Progress | None, workers: int) -> None:
    """Feed each changed file's articles to the writer, replacing what the file had before."""
    known = {item.rel: item for item in plan.to_read}
    items = [(item.rel, str(item.path)) for item in plan.to_read]
    for done, read in enumerate(iter_reads(items, workers), start=1):
        if progress:
            progress(done, len(items), read.rel)
        item, old = known[read.rel], plan.previous.get(read.rel)
        if old is not None and read.sha1 == old.sha1:
            entries[read.rel] = store.FileEntry(item.mtime_ns, item.size, old.sha1, old.ids)
            report.unchanged += len(old.ids)
            continue
        if read.result is None:
            _record_failure(read, old, item, entries, report)
            continue
        if old is not None:
            writer.delete_by_term(FILE, read.rel)
        ids = _add_articles(writer, read, item, old, report)
        entries[read.rel] = store.FileEntry(item.mtime_ns, item.size, read.sha1 or "", ids)


def _record_failure(read: FileRead, old: store.FileEntry | None, item: CorpusFile,
                    entries: dict[str, store.FileEntry], report: IndexReport) -> None:
    """Skip a file that cannot be read; keep its previously indexed version if it had one."""
    reason = read.error or "unknown error"
    if old is not None:
        entries[read.rel] = old
        reason += " (kept the version indexed before)"
    report.skipped.append(Skip(read.rel, reason))


def _add_articles(writer, read: FileRead, item: CorpusFile, old: store.FileEntry | None,  # type: ignore[no-untyped-def]
                  report: IndexReport) -> list[str]:
    """Add a file's articles; count them as added or updated against the file's old ids."""
    assert read.result is not None and read.sha1 is not None
    fingerprint = (item.mtime_ns, item.size, read.sha1)
    old_ids = set(old.ids) if old else set()
    ids = []
    for article in read.result.articles:
        writer.add_document(**to_document(article, fingerprint))
        ids.append(article.id)
        if article.id in old_ids:
            report.updated += 1
        else:
            report.added += 1
    report.deleted += len(old_ids - set(ids))
    report.skipped.extend(read.result.skipped)
    return ids


def _finish(folder: Path, manifest: store.Manifest, ix, entries: dict[str, store.FileEntry],  # type: ignore[no-untyped-def]
            fresh: bool) -> None:
    """Record the committed state in the manifest, then drop superseded index folders."""
    manifest.files = entries
    manifest.generation = ix.latest_generation()
    manifest.updated = datetime.now(timezone.utc).isoformat(timespec="seconds")
    store.save_manifest(folder, manifest)
    if fresh:
        store.remove_stale_folders(folder, keep=manifest.active)
