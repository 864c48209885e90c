"""Worker processes that the indexer never leaves behind, and that print nothing of their own.

A Ctrl-C at the terminal reaches every process of the foreground group, and so does the SIGHUP of a closed
terminal. The workers ignore both: the indexer handles them, stops them (within GRACE_SECONDS, whatever their
work) and says "Interrupted." (or "Hangup.") once, where each worker would have printed a traceback (or, of a
SIGHUP, died at once, perhaps while writing a result: see ``stop``). A SIGTERM (``timeout``, ``kill``) ends a
worker at once, as the system's default does: the indexer's own handler for it (see ``cli.app``) is not theirs.
A worker whose indexer is gone (killed with SIGKILL, say) exits by itself: a forked worker shares the indexer's
writer lock, and an orphan would hold it for ever.
"""

from __future__ import annotations

import gc
import os
import signal
import threading
import time
from collections.abc import Callable, Iterator
from concurrent.futures import ProcessPoolExecutor
from contextlib import contextmanager

PARENT_POLL_SECONDS = 0.2  # how often a worker checks that its indexer is still there
STOP_SECONDS = 5.0         # how long to wait for a stopped worker to end
GRACE_SECONDS = 2.0        # how long a stopped worker may take to end the task it is on, before it is terminated


@contextmanager
def process_pool(workers: int, initializer: Callable[..., None] | None = None,
                 initargs: tuple[object, ...] = ()) -> Iterator[ProcessPoolExecutor]:
    """A process pool whose workers ignore Ctrl-C and are stopped (``stop``) when the block fails or is interrupted."""
    pool = ProcessPoolExecutor(max_workers=workers, initializer=_start_worker,
                               initargs=(os.getpid(), initializer, initargs))
    try:
        _start_frozen(pool)
        yield pool
    except BaseException:
        stop(pool)
        raise
    pool.shutdown(wait=True)


def _start_frozen(pool: ProcessPoolExecutor) -> None:
    """Start ``pool``'s workers with the indexer's objects out of reach of their garbage collector.

    A forked worker shares the indexer's memory until it writes to it, and a collection in the worker writes
    to every object it walks, the indexer's walk and jobs too (a build of 100k files: 25 MB copied into each
    worker). Frozen at the fork, they stay shared; the indexer's own collector has them back at once.
    """
    gc.freeze()
    try:
        _start_all(pool)
    finally:
        gc.unfreeze()


def _start_all(pool: ProcessPoolExecutor) -> None:
    """Start ``pool``'s workers with Ctrl-C (and SIGTERM, SIGHUP) held back, then let it reach the indexer.

    A Ctrl-C that reached a worker as it started, before it could ignore it, killed it mid-start and left
    the pool broken: the indexer could hang at exit. Held back (a worker starts with the indexer's mask,
    and then ignores the signal), it is delivered to the indexer alone, once the workers run. A SIGTERM
    so early would have met the indexer's handler in the worker.
    """
    held = signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGINT, signal.SIGTERM, signal.SIGHUP})
    try:
        pool.submit(int).result()  # the first task starts the workers
    finally:
        signal.pthread_sigmask(signal.SIG_SETMASK, held)


def stop(pool: ProcessPoolExecutor) -> None:
    """End ``pool``'s workers: the work not started is cancelled, the task each is on may end within
    GRACE_SECONDS, and then they are terminated (none of it was committed).

    Terminated at once, a worker could die while writing its result: the pool's manager thread then
    waited for the rest of it for ever, and the indexer hung at exit after saying "Interrupted.". A task that
    outlasts the grace (a loaded machine) may still be cut so: once the workers are gone, the indexer's own copy of
    the results pipe's writing end is closed, the last one, and the manager thread reads its end instead of waiting.
    """
    processes = list((getattr(pool, "_processes", None) or {}).values())
    results = getattr(pool, "_result_queue", None)  # before shutdown, which forgets it
    pool.shutdown(wait=False, cancel_futures=True)
    deadline = time.monotonic() + GRACE_SECONDS
    for process in processes:
        process.join(max(0.0, deadline - time.monotonic()))
    for process in processes:
        if process.is_alive():
            process.terminate()
    for process in processes:
        process.join(STOP_SECONDS)
    _close_writing_end(results)


def _close_writing_end(results: object) -> None:
    """Close the indexer's copy of the writing end of the pool's results pipe (a ``SimpleQueue``); the indexer never
    writes to it (the pool wakes its manager by a pipe of its own), and with the workers gone the manager thread's
    read of a result cut short ends (EOF: the pool broken) instead of waiting for the rest."""
    writer = getattr(results, "_writer", None)
    if writer is not None:
        try:
            writer.close()
        except OSError:
            pass


def _start_worker(parent: int, initializer: Callable[..., None] | None, initargs: tuple[object, ...]) -> None:
    """In a worker: leave Ctrl-C and SIGHUP to the indexer, end at once on SIGTERM (``stop`` sends it; the indexer's
    handler, inherited, would raise inside the worker's loop, which goes on), exit when the indexer is gone, then
    run ``initializer``."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGHUP, signal.SIG_IGN)  # the indexer stops us; gone, it is noticed below
    signal.signal(signal.SIGTERM, signal.SIG_DFL)
    signal.pthread_sigmask(signal.SIG_UNBLOCK, {signal.SIGTERM})  # held back by ``_start_all`` as it forked

    def watch() -> None:
        while os.getppid() == parent:
            time.sleep(PARENT_POLL_SECONDS)
        os._exit(1)

    threading.Thread(target=watch, daemon=True).start()
    if initializer is not None:
        initializer(*initargs)
