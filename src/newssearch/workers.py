"""Worker processes that the indexer never leaves behind, and that print nothing of their own.

A Ctrl-C at the terminal reaches every process of the foreground group. The workers ignore it: the
indexer handles it, stops them (without waiting for their work to end) and says "Interrupted." once,
where each worker would have printed a traceback. A worker whose indexer is gone (killed with SIGKILL,
say) exits by itself: a forked worker shares the indexer's writer lock, and an orphan would hold it for ever.
"""

from __future__ import annotations

import os
import signal
import threading
import time
from collections.abc import Callable, Iterator
from concurrent.futures import ProcessPoolExecutor
from contextlib import contextmanager

PARENT_POLL_SECONDS = 0.2  # how often a worker checks that its indexer is still there
STOP_SECONDS = 5.0         # how long to wait for a stopped worker to end


@contextmanager
def process_pool(workers: int, initializer: Callable[..., None] | None = None,
                 initargs: tuple[object, ...] = ()) -> Iterator[ProcessPoolExecutor]:
    """A process pool whose workers ignore Ctrl-C and are stopped at once when the block fails or is interrupted."""
    pool = ProcessPoolExecutor(max_workers=workers, initializer=_start_worker,
                               initargs=(os.getpid(), initializer, initargs))
    try:
        yield pool
    except BaseException:
        stop(pool)
        raise
    pool.shutdown(wait=True)


def stop(pool: ProcessPoolExecutor) -> None:
    """End ``pool``'s workers now, their current work unfinished (it was not committed)."""
    processes = list((getattr(pool, "_processes", None) or {}).values())
    pool.shutdown(wait=False, cancel_futures=True)
    for process in processes:
        process.terminate()
    for process in processes:
        process.join(STOP_SECONDS)


def _start_worker(parent: int, initializer: Callable[..., None] | None, initargs: tuple[object, ...]) -> None:
    """In a worker: leave Ctrl-C to the indexer, exit when it is gone, then run ``initializer``."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)

    def watch() -> None:
        while os.getppid() == parent:
            time.sleep(PARENT_POLL_SECONDS)
        os._exit(1)

    threading.Thread(target=watch, daemon=True).start()
    if initializer is not None:
        initializer(*initargs)
