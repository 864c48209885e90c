"""The index's writer lock: one writer at a time, OS file locks (on its .lock file and its folder) that die with
its process."""

from __future__ import annotations

import os
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from .errors import IndexLocked
from .store import holds_foreign_files, manifest_path

LOCK_FILE = ".lock"


def being_written(index_dir: Path) -> bool:
    """Whether a newssearch process holds the index's writer lock now (a first build not yet committed)."""
    try:
        import fcntl
    except ImportError:  # pragma: no cover - non-POSIX
        return False
    for path in (index_dir / LOCK_FILE, index_dir):  # the folder's lock too: its .lock file may have been removed
        try:
            fd = os.open(path, os.O_RDONLY)
        except OSError:
            continue
        try:
            fcntl.flock(fd, fcntl.LOCK_SH | fcntl.LOCK_NB)
        except BlockingIOError:
            return True
        except OSError:
            continue
        finally:
            os.close(fd)
    return False


@contextmanager
def writer_lock(index_dir: Path, timeout: float, on_wait: Callable[[], None] | None = None) -> Iterator[None]:
    """Hold the index's writer lock; wait up to ``timeout`` seconds for another writer (calling ``on_wait`` once
    when the waiting starts).

    The lock is an OS file lock: it dies with its process, so a crashed run never leaves a
    stale lock behind.
    """
    try:
        import fcntl
    except ImportError:  # pragma: no cover - non-POSIX systems rely on Whoosh's own lock
        yield
        return
    index_dir.mkdir(parents=True, exist_ok=True)
    lock = index_dir / LOCK_FILE
    created = not lock.exists()
    handle = open(lock, "a+")  # noqa: SIM115 - closed in the finally below
    folder = _open_folder(index_dir)
    try:
        deadline = time.monotonic() + timeout
        while True:
            try:
                _lock_both(fcntl, handle.fileno(), folder)
                break
            except BlockingIOError:
                if on_wait is not None and time.monotonic() < deadline:
                    on_wait()
                    on_wait = None
                if time.monotonic() >= deadline:
                    raise IndexLocked(
                        f"another newssearch process is writing to {index_dir}",
                        hint=f"waited {timeout:g}s; try again when it finishes",
                    ) from None
                time.sleep(0.1)
        yield
    finally:
        handle.close()
        if folder is not None:
            os.close(folder)
        if created and not manifest_path(index_dir).exists() and holds_foreign_files(index_dir):
            lock.unlink(missing_ok=True)  # a folder of other files, where no index can be made: leave no trace


def _open_folder(index_dir: Path) -> int | None:
    """A descriptor of the index folder to lock beside its .lock file, None where the folder cannot be opened."""
    try:
        return os.open(index_dir, os.O_RDONLY)
    except OSError:
        return None


def _lock_both(fcntl: Any, lock_fd: int, folder_fd: int | None) -> None:
    """Lock the .lock file, then the index folder itself, or neither (BlockingIOError): a .lock removed while a
    writer held it (``rm index/.lock`` mid-run) is a new file to the next writer, never the folder."""
    fcntl.flock(lock_fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    if folder_fd is None:
        return
    try:
        fcntl.flock(folder_fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        fcntl.flock(lock_fd, fcntl.LOCK_UN)
        raise
    except OSError:  # a file system that locks no folder: the .lock file's lock alone, as before
        return


# A corpus walk's start, kept as the .lock file's modification time by a run that met a named pipe or a loop of links
# none had said (``mark_walk``): what it met unchanged since, that run said (``fileoutcomes.walk_skips``). Only such a
# run marks it: a run finding nothing new writes nothing to the index folder, its .lock's times too.
def last_walk(index_dir: Path) -> int | None:
    """When (ns) the last run that wrote the index began its walk of the corpus, less a second (file times are
    coarse); None when not known: no .lock file, or one no run marked (made anew: its change time is its
    modification time, while a mark sets the modification time a second or more before the change time)."""
    try:
        stat = (index_dir / LOCK_FILE).stat()
    except OSError:
        return None
    return stat.st_mtime_ns if stat.st_mtime_ns < stat.st_ctime_ns else None


def mark_walk(index_dir: Path, started_ns: int) -> None:
    """Record that a run walked the corpus from ``started_ns`` and reported what it met (``last_walk``)."""
    # A second less: the kernel's file times lag the clock by a tick, and a run finding nothing to do marks the
    # file within one (its change time had been no later than the mark: no mark read, its skips said again).
    earlier = started_ns - 1_000_000_000
    try:
        os.utime(index_dir / LOCK_FILE, ns=(earlier, earlier))
    except OSError:  # not marked: the next run says its pipes and loops again, as before
        pass
