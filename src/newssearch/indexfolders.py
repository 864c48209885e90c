"""The folders of an index: naming a new Whoosh folder, removing stale ones, their sizes, and paths that can be none."""

from __future__ import annotations

import os
import time
from pathlib import Path

from .folderpath import path_problem
from .store import INDEX_PREFIX, MANIFEST


def new_index_folder(index_dir: Path) -> str:
    """Create and name a fresh folder for a Whoosh index inside ``index_dir``."""
    name = f"{INDEX_PREFIX}{time.strftime('%Y%m%d%H%M%S')}-{os.getpid()}-{time.monotonic_ns() % 1_000_000}"
    (index_dir / name).mkdir(parents=True)
    return name


def remove_stale_folders(index_dir: Path, keep: str | None) -> None:
    """Delete Whoosh folders the manifest no longer names (old builds, crashed rebuilds), and the
    writers' run folders left in the one it names. Only with the writer lock held: no writer is at work."""
    import shutil  # here: a query removes nothing (its import, with bz2 and lzma, is ~4 ms)

    for child in index_dir.glob(f"{INDEX_PREFIX}*"):
        if child.name != keep and child.is_dir():
            shutil.rmtree(child, ignore_errors=True)
    for tmp in index_dir.glob(f".{MANIFEST}.*.tmp"):
        tmp.unlink(missing_ok=True)
    if keep:
        for run in (index_dir / keep).glob("*.tmp"):  # Whoosh's MAIN.tmp, a NewsWriter's newssearch-<pid>-….tmp
            if run.is_dir():  # an interrupted run left its sorted runs here (1.5 MB after one Ctrl-C)
                shutil.rmtree(run, ignore_errors=True)


def file_in_the_way(index_dir: Path) -> str | None:
    """What to say when ``index_dir`` can be no index's folder: a file, or a path no folder can have (too long, a
    NUL character); None when it can be one."""
    problem = path_problem(index_dir)
    if problem:
        return f"{problem[0]}: {index_dir}"
    # not only a regular file: a named pipe or a device (/dev/null) is no folder either
    in_the_way = index_dir.exists() and not index_dir.is_dir()
    return f"{index_dir} is a file, not the folder of an index" if in_the_way else None


def file_above(index_dir: Path) -> str | None:
    """What to say when ``index_dir`` is a path through a file (export.jsonl/ix), which holds no index: opening it had
    been "cannot read …/newssearch.json: Not a directory", with a rebuild there, which fails, as the fix. (Building
    there is the write error naming that file.) None when not."""
    if index_dir.exists():
        return None
    above = next((folder for folder in index_dir.parents if folder.exists()), None)
    return None if above is None or above.is_dir() else f"{index_dir} cannot be a folder: {above} is a file"


def folder_size(folder: Path) -> int:
    """Bytes in the files of ``folder``; 0 when a rebuild has just replaced it."""
    total = 0
    try:
        for entry in os.scandir(folder):
            try:
                total += entry.stat().st_size if entry.is_file() else 0
            except OSError:
                continue  # removed by a commit while we counted
    except OSError:
        return 0
    return total
