"""The index's writer lock: one writer at a time, an OS file lock that dies with its process."""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

from .errors import IndexLocked
from .store import holds_foreign_files, manifest_path

LOCK_FILE = ".lock"


def being_written(index_dir: Path) -> bool:
    """Whether a newssearch process holds the index's writer lock now (a first build not yet committed)."""
    try:
        import fcntl

        with open(index_dir / LOCK_FILE, "rb") as handle:
            fcntl.flock(handle.fileno(), fcntl.LOCK_SH | fcntl.LOCK_NB)
    except BlockingIOError:
        return True
    except (ImportError, OSError):
        return False
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
    try:
        deadline = time.monotonic() + timeout
        while True:
            try:
                fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
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
        if created and not manifest_path(index_dir).exists() and holds_foreign_files(index_dir):
            lock.unlink(missing_ok=True)  # a folder of other files, where no index can be made: leave no trace
