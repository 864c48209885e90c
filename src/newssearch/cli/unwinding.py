"""How a command ends: its exit codes, and SIGTERM and SIGHUP unwinding it as a Ctrl-C does."""

from __future__ import annotations

import errno
import signal
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from enum import IntEnum
from typing import NoReturn

from .streams import terminal_hung_up


class ExitStatus(IntEnum):
    """Exit codes: like grep, 1 means 'nothing found'."""

    OK = 0
    NO_RESULTS = 1
    ERROR = 2
    HUNG_UP = 129  # 128 + SIGHUP, as a shell reports a process the signal ended
    INTERRUPTED = 130
    TERMINATED = 143  # 128 + SIGTERM


# The attribute a command sets on the KeyboardInterrupt that stops it, to say what became of its work.
STOP_NOTE = "newssearch_note"


class Terminated(KeyboardInterrupt):
    """A SIGTERM (``timeout``, ``kill``, a service stopping) or a SIGHUP (the terminal closed) in flight: it unwinds
    as a Ctrl-C does, writers let go of and workers stopped (what is committed stays), and ends in one line and
    TERMINATED or HUNG_UP."""

    def __init__(self, signum: int = signal.SIGTERM) -> None:
        super().__init__(signum)
        self.signum = signum


# The line and exit code of each signal that unwinds: the system's name of the signal, as a shell reports it.
ENDINGS: dict[int, tuple[str, ExitStatus]] = {signal.SIGTERM: ("Terminated.", ExitStatus.TERMINATED),
                                               signal.SIGHUP: ("Hangup.", ExitStatus.HUNG_UP)}


def _terminate(signum: int, _frame: object) -> None:
    if signum == signal.SIGHUP:
        hang_up()
    raise Terminated(signum)


def hang_up() -> NoReturn:
    """End the command as its terminal's hangup (SIGHUP) does: ``Terminated``, any further SIGHUP ignored while it
    unwinds (a write's EIO comes first as often as not, its SIGHUP then on its way: raised again, it had broken into
    the clearing up the first one started)."""
    if threading.current_thread() is threading.main_thread() and signal.getsignal(signal.SIGHUP) is _terminate:
        signal.signal(signal.SIGHUP, _hung_up_already)
    raise Terminated(signal.SIGHUP)


def _hung_up_already(_signum: int, _frame: object) -> None:
    """A SIGHUP after the first: the command is ending as a hangup already."""


@contextmanager
def hangup_when_terminal_gone() -> Iterator[None]:
    """A write to our terminal that failed because its window closed (EIO) as the hangup on its way (``hang_up``):
    which of the two comes first is chance, and the command ends the same either way (129)."""
    try:
        yield
    except OSError as exc:
        if exc.errno != errno.EIO or exc.filename is not None or not terminal_hung_up():
            raise
        hang_up()


@contextmanager
def signals_unwind() -> Iterator[None]:
    """While the command runs, a SIGTERM or SIGHUP raises ``Terminated`` (only the main thread may set a handler).
    Either ignored when we started stays ignored: a SIGHUP under ``nohup`` (the run is meant to outlive its terminal),
    a SIGTERM a supervisor or a parent shell chose to ignore for us (``trap '' TERM``)."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    unwinding = [signum for signum in ENDINGS if signal.getsignal(signum) is not signal.SIG_IGN]
    previous = {signum: signal.signal(signum, _terminate) for signum in unwinding}
    try:
        yield
    finally:
        for signum, handler in previous.items():
            signal.signal(signum, handler)
