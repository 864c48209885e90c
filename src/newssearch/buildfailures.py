"""What a build that failed says, and what it leaves: the one-line error for an OSError, with its fix where it is
known, and the clearing of what the run wrote and never committed."""

from __future__ import annotations

import errno
import os
from pathlib import Path

from whoosh import index as whoosh_index

from . import indexfolders, liveindex, store, writerlock
from .errors import IndexNotWritable, NewsSearchError, Text, Worded, reword

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


class ListNotSaved(OSError):
    """The manifest (the list of indexed files) of an update could not be saved after Whoosh's commit, which stays
    live: searches show the run's changes, and the next run, finding the index ahead of its list, saves the list."""


def not_written(folder: Path, exc: OSError, committed: bool) -> NewsSearchError:
    """The one-line error for an OSError while building the index in ``folder`` (``committed``: it held one)."""
    where = Path(exc.filename) if isinstance(exc.filename, str) else None
    if where is not None and folder != where and folder not in where.parents:
        return NewsSearchError(f"cannot read {where}: {exc.strerror or exc}")
    if exc.errno == errno.EEXIST and folder.is_symlink() and not folder.exists():
        return _link_to_nowhere(folder)
    hint = _NOT_WRITTEN_HINTS.get(exc.errno or 0, _ANOTHER)
    if committed:
        # "intact" of a ListNotSaved had been untrue: its commit went through, and searches show it
        state = ("this run's changes are searchable, but the list of files could not be saved: the next run saves it"
                 if isinstance(exc, ListNotSaved) else "the index as last committed is intact")
        hint = reword(hint, lambda said: f"{said}; {state}")
    return IndexNotWritable(f"cannot write the index in {folder}: {exc.strerror or exc}", hint=hint)


def _link_to_nowhere(folder: Path) -> IndexNotWritable:
    """The error for an index folder that is a link to a folder not there (a drive not mounted): mkdir says "File
    exists" of it, though no file stands anywhere."""
    target = folder.parent / os.readlink(folder)
    return IndexNotWritable(f"cannot write the index in {folder}: it is a link to {target}, which is not there",
                            hint=_ANOTHER.map(lambda other: f"create that folder, or {other}"))


def remove_if_empty(folder: Path) -> None:
    """Remove ``folder`` when it holds nothing but the writer's lock file (what the failed run wrote is cleared)."""
    try:
        if all(entry.name == writerlock.LOCK_FILE for entry in folder.iterdir()):
            (folder / writerlock.LOCK_FILE).unlink(missing_ok=True)
            folder.rmdir()
    except OSError:
        pass


def clear_uncommitted(folder: Path) -> None:
    """Remove what a failed run wrote and never committed: its segment files and its run folders."""
    try:
        manifest = store.load_manifest(folder, with_files=False)
        keep = manifest.active if manifest else None
        indexfolders.remove_stale_folders(folder, keep=keep)
        if manifest and keep:
            ix = liveindex.open_whoosh(folder, manifest)
            whoosh_index.clean_files(ix.storage, ix.indexname, ix.latest_generation(), ix._segments())
    except (OSError, NewsSearchError):
        pass  # the next run clears it


def unwritable_path(folder: Path, problem: tuple[str, int]) -> IndexNotWritable:
    """The error for an index folder no file system can have (``folderpath.path_problem``: its reason and errno)."""
    return IndexNotWritable(f"cannot write the index in {folder}: {problem[0]}", hint=_PATH_HINTS.get(problem[1], _ANOTHER))
