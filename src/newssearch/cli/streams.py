"""The process's standard streams: a closed one opened on the null device, each fitted to print any text, and
what becomes of our output when its reader goes away or it cannot be written."""

from __future__ import annotations

import codecs
import errno
import os
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from ..errors import NewsSearchError


class ReaderGone(Exception):
    """The reader of our output went away (``| head``, ``| true``): not an error of ours."""


# Errors of a write to our output the user can act on: ``> /dev/full``, a full disk or quota, a terminal gone.
_OUTPUT_ERRNOS = frozenset({errno.ENOSPC, errno.EDQUOT, errno.EFBIG, errno.EIO})


@contextmanager
def reader_may_go() -> Iterator[None]:
    """A closed pipe as ReaderGone: click's main() catches an OSError of EPIPE itself and exits 1, the code of
    "no hits", before the boundary (app.py) sees it. Output that cannot be written (``> /dev/full``) as a one-line
    NewsSearchError; an OSError naming a file is the library's, not our output's, and stays what it is."""
    try:
        yield
    except BrokenPipeError as exc:
        raise ReaderGone() from exc
    except OSError as exc:
        if exc.errno not in _OUTPUT_ERRNOS or exc.filename is not None:
            raise
        reason = exc.strerror or os.strerror(exc.errno)
        raise NewsSearchError(f"cannot write the results: {reason[:1].lower()}{reason[1:]}") from exc


def terminal_hung_up() -> bool:
    """Whether our stdout or stderr is a terminal that hung up (its window closed): asked for its settings, it fails
    with EIO, where a file or a pipe says it is no terminal at all (ENOTTY)."""
    try:
        import termios
    except ImportError:  # Windows: no terminal hangs up this way
        return False
    for stream in (sys.stdout, sys.stderr):
        try:
            termios.tcgetattr(stream.fileno())
        except termios.error as exc:
            if exc.args[0] == errno.EIO:
                return True
        except (AttributeError, OSError, ValueError):  # no stream, or not a real file (a test's)
            pass
    return False


def discard_output() -> None:
    """Point stdout and stderr at the null device, for a reader that went away (Python's advice for SIGPIPE)."""
    devnull = os.open(os.devnull, os.O_WRONLY)
    for stream in (sys.stdout, sys.stderr):
        try:
            os.dup2(devnull, stream.fileno())
        except (OSError, ValueError):  # not a real file (a test's stream): nothing will flush to a pipe
            pass
    os.close(devnull)


def open_closed_streams() -> None:
    """A standard stream the shell closed (``>&-``, ``2>&-``), which Python leaves None, as the null device: what
    would go there goes nowhere, as print() does with it, rather than failing on its first use."""
    if sys.stdout is None:
        sys.stdout = open(os.devnull, "w", encoding="utf-8")  # noqa: SIM115 - for the life of the process
    if sys.stderr is None:
        sys.stderr = open(os.devnull, "w", encoding="utf-8")  # noqa: SIM115


def fit_encoding(stream: Any) -> None:
    """Let ``stream`` print everything: a folder name that is not UTF-8 as its bytes, as ls does; to a file or a
    pipe, UTF-8 whatever the locale (JSON is UTF-8); to a terminal of another encoding (Latin-1), what it
    cannot show as ``?`` rather than failing on a snippet's "…"."""
    if not hasattr(stream, "reconfigure"):
        return
    if codecs.lookup(stream.encoding or "ascii").name == "utf-8":
        stream.reconfigure(errors="surrogateescape")
    elif stream.isatty():
        stream.reconfigure(errors=_REPLACE_UNSHOWABLE)
    else:
        stream.reconfigure(encoding="utf-8", errors="surrogateescape")


def _replace_unshowable(error: UnicodeError) -> tuple[str | bytes, int]:
    """An encoding error handler: a byte of a file name that was not UTF-8 is that byte, anything else ``?``."""
    if not isinstance(error, UnicodeEncodeError):
        raise error
    part = error.object[error.start:error.end]
    if all("\udc80" <= ch <= "\udcff" for ch in part):
        return bytes(ord(ch) - 0xDC00 for ch in part), error.end
    return "?" * len(part), error.end


_REPLACE_UNSHOWABLE = "newssearch-unshowable"
codecs.register_error(_REPLACE_UNSHOWABLE, _replace_unshowable)
