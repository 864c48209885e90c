"""The index a build writes to: the manifest and the Whoosh index of the folder opened, or made anew for a first
run or a rebuild (the live index kept until the new one is committed)."""

from __future__ import annotations

import shlex
from pathlib import Path

from . import indexfolders, liveindex, store
from .errors import CorpusNotFound, IndexCorrupt, IndexOutdated, NewsSearchError, Worded
from .ids import utf8_text
from .indexhints import index_command, shown_folder, unreadable_index
from .schema import FILE, FINGERPRINT, ID


def _same_path(named: str | None, root: Path) -> bool:
    """Whether the manifest's corpus ``named`` is ``root``, whatever locale each was written under."""
    return named is not None and utf8_text(named) == utf8_text(str(root))


def recorded_corpus(folder: Path) -> Path | None:
    """The corpus the index in ``folder`` was built from, to update when none is given (where it went, when it moved
    with the index); None when ``folder`` holds no index. CorpusNotFound when that corpus is not there any more
    (moved elsewhere, deleted or not mounted)."""
    place = recorded_place(folder)
    return place[0] if place is not None else None


def replaces_other_corpus(folder: Path, root: Path) -> bool:
    """Whether a rebuild of ``root`` into ``folder`` replaces the index of another corpus (not ``root``, nor a
    corpus ``root`` is moved from): what its updates removed is that corpus's, not ``root``'s. False when ``folder``
    holds no index, or one that cannot be read."""
    try:
        manifest = store.load_manifest(folder)
    except IndexOutdated as exc:
        return not _same_path(exc.corpus, root)
    except (NewsSearchError, OSError):
        return False
    return manifest is not None and not _same_path(manifest.corpus, root) and not _moved_here(manifest, root)


def recorded_place(folder: Path) -> tuple[Path, str | None] | None:
    """``recorded_corpus``, with the path the index records when the corpus moved with the index (else None)."""
    try:
        if not store.manifest_path(folder).is_file():  # a folder of other files too: no index to take a corpus from
            return None
    except PermissionError as exc:  # a folder this user may not enter: the manifest cannot even be looked for
        raise unreadable_index(folder, exc) from exc
    outdated = False
    try:
        manifest = store.load_manifest(folder, with_files=False)
    except IndexOutdated as exc:  # an older format still names its corpus, which the update builds anew
        named, outdated = exc.corpus, True
    else:
        named = manifest.corpus if manifest is not None else None
    if not named:
        return None
    corpus = Path(named)
    if corpus.exists():
        return corpus, None
    moved = moved_to(folder, named)
    if moved is not None:  # an update adopts it there (open_for_writing checks it again)
        return moved, named
    again = index_command(None, folder, rebuild=outdated)  # an index of another format is built anew: --rebuild
    raise CorpusNotFound(f"{shown_folder(folder)} holds the index of {named}, which is not there any more",
                         hint=again.map(lambda command: f"if it moved, give its new place: `{command}` "
                                        f"{'indexes' if outdated else 'updates'} it there, keeping its ids"))


def moved_to(folder: Path, named: str) -> Path | None:
    """Where the corpus ``named``, not there any more, went with its index ``folder``, when the index's own place
    shows it: a folder above the index, with the end of the corpus's path under it (none: the index was inside the
    corpus; ``news``: beside it), holding the files the manifest lists (``holds_listed``). A corpus moved with its
    index, as a desk's whole folder to another disk, had been answered "give its new place" alone. None when no
    such folder holds them."""
    try:
        manifest = store.load_manifest(folder)
    except NewsSearchError:
        return None
    if manifest is None or not _listed(manifest):
        return None
    ends = [Path(*Path(named).parts[-count:]) if count else Path() for count in range(len(Path(named).parts))]
    for above in folder.resolve().parents:
        for candidate in (above / end for end in ends):
            if holds_listed(candidate, manifest):
                return candidate
    return None


def _listed(manifest: store.Manifest) -> list[str]:
    """The first five files (by name) the manifest lists articles of: the sample a moved corpus is told by."""
    return sorted(rel for rel, entry in manifest.files.items() if entry.ids)[:5]


def holds_listed(candidate: Path, manifest: store.Manifest) -> bool:
    """Whether ``candidate`` is the manifest's corpus in another place: each of the first files it lists is under
    it, of the size recorded (for a corpus that was one file, ``candidate`` is that file, of its name)."""
    listed = _listed(manifest)
    if listed == [Path(manifest.corpus).name] and len(manifest.files) == 1:
        return candidate.name == listed[0] and _sized(candidate, manifest.files[listed[0]].size)
    return bool(listed) and all(_sized(candidate / rel, manifest.files[rel].size) for rel in listed)


def _sized(path: Path, size: int) -> bool:
    """Whether ``path`` is a file of ``size`` bytes."""
    try:
        return path.is_file() and path.stat().st_size == size
    except OSError:  # a name this system cannot take, a folder not readable: not the corpus
        return False


def open_for_writing(folder: Path, root: Path, rebuild: bool):  # type: ignore[no-untyped-def]
    """The manifest and Whoosh index to write to (a new empty index when rebuilding or starting), whether it is new,
    and the corpus path the index recorded when ``root`` is that corpus moved (else None): the manifest then names
    ``root``, saved with this run's commit."""
    manifest, moved_from = None, None
    store.refuse_foreign_folder(folder)  # --rebuild too: it would write among the other files
    if not rebuild:
        try:
            manifest = store.load_manifest(folder)
        except IndexOutdated as exc:
            if not _same_path(exc.corpus, root):
                raise
            return open_for_writing(folder, root, rebuild=True)  # same corpus: build it anew, in this format
        if manifest is not None and not _same_path(manifest.corpus, root):
            if not _moved_here(manifest, root):
                raise _other_corpus(folder, manifest.corpus, root)
            # ids are relative to the corpus: the moved one is updated in place, not read again whole
            moved_from, manifest.corpus = manifest.corpus, str(root)
    folder.mkdir(parents=True, exist_ok=True)
    # A rebuild keeps the live index until the new one is committed: a crash must not lose it.
    keep = manifest.active if manifest else _live_folder(folder) if rebuild else None
    indexfolders.remove_stale_folders(folder, keep=keep)
    if manifest is None:
        name = indexfolders.new_index_folder(folder)
        return store.Manifest(active=name, corpus=str(root)), liveindex.create_whoosh(folder, name), True, None
    ix = liveindex.open_whoosh(folder, manifest)
    if manifest.generation != ix.latest_generation():
        manifest.files = _recovered_entries(_entries_from_index(ix), manifest.files)
    return manifest, ix, False, moved_from


def _moved_here(manifest: store.Manifest, root: Path) -> bool:
    """Whether ``root`` is the manifest's corpus moved or renamed: that corpus is not there any more, and ``root``
    holds the files it lists (while it is there, another corpus is refused as ever)."""
    return not Path(manifest.corpus).exists() and holds_listed(root, manifest)


def _other_corpus(folder: Path, corpus: str, root: Path) -> NewsSearchError:
    """The error for indexing ``root`` into ``folder``, the index of ``corpus``. A file or folder inside that corpus
    is updated by indexing the corpus (its other files are skipped unread): "--rebuild to replace it" had offered to
    replace the whole corpus's index with one file's."""
    if Path(utf8_text(corpus)) in Path(utf8_text(str(root))).parents:
        again = f"newssearch index {shlex.quote(corpus)} --index-dir {shlex.quote(str(folder))}"
        return NewsSearchError(
            f"{shown_folder(folder)} holds the index of {corpus}; {root} is part of it",
            hint=Worded(f"index {corpus} to update it: unchanged files are not read; or give another index_dir for "
                        "a separate index of this alone",
                        f"run `{again}` to update it: unchanged files are not read; or use another --index-dir for "
                        "a separate index of this alone"))
    if not Path(utf8_text(corpus)).exists():  # moved, as to a new disk: say so, not only "another corpus"
        again = f"newssearch index {shlex.quote(str(root))} --index-dir {shlex.quote(str(folder))} --rebuild"
        return NewsSearchError(
            f"{shown_folder(folder)} holds the index of {corpus}, which is not there any more, not {root}",
            hint=Worded("if the corpus moved here, rebuild=True indexes it here (its ids stay the same); or give "
                        "another index_dir for a separate index",
                        f"if the corpus moved here, run `{again}` (its ids stay the same); or use another "
                        "--index-dir for a separate index"))
    return NewsSearchError(
        f"{shown_folder(folder)} holds the index of {corpus}, not {root}",
        hint=Worded("give another index_dir for a separate index, or rebuild=True to replace it",
                    "use --index-dir for a separate index, or --rebuild to replace it"),
    )


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


def _recovered_entries(found: dict[str, store.FileEntry],
                       recorded: dict[str, store.FileEntry]) -> dict[str, store.FileEntry]:
    """The file table recovered from the index, each file the crashed run left as it was taken as the manifest
    recorded it: the index holds no skipped records, digests or change times, and a skip is said on every run."""
    def same(entry: store.FileEntry, old: store.FileEntry | None) -> bool:
        return (old is not None and (old.mtime_ns, old.size, old.sha1) == (entry.mtime_ns, entry.size, entry.sha1)
                and set(old.ids) == set(entry.ids))

    return {rel: recorded[rel] if same(entry, recorded.get(rel)) else entry for rel, entry in found.items()}


def open_for_reading(folder: Path, root: Path):  # type: ignore[no-untyped-def]
    """The manifest and Whoosh index of ``folder``, for an update that cannot take the writer lock (a folder this user
    can only read) to find whether it has anything to write; None when it would write whatever the corpus holds: no
    index of this format, of another corpus or one moved, or a commit its manifest does not record yet."""
    try:
        manifest = store.load_manifest(folder)
    except NewsSearchError:
        return None
    if manifest is None or not _same_path(manifest.corpus, root):
        return None
    ix = liveindex.open_whoosh(folder, manifest)
    return (manifest, ix) if manifest.generation == ix.latest_generation() else None
