"""One NewsIndex shared by threads: its calls run one at a time, none after ``close()``, and index bytes found
damaged while reading are IndexCorrupt, as they are when the index is opened.

Whoosh reads the index through shared file objects (we open it without mmap, see liveindex.py), so two
searches at once on one handle would seek and read each other's places: wrong hits, or a zlib.error.
"""

from __future__ import annotations

import functools
import linecache
import os
import pickle
import struct
import threading
import zlib
from collections.abc import Callable
from pathlib import Path
from types import TracebackType
from typing import Any, Protocol, TypeVar

from . import liveindex, store
from .errors import IndexClosed, NewsSearchError
from .postingblocks import DamagedPostings
from .recency import DamagedDay
from .schema import DamagedStored
from .startup import lazy_compile

# What Whoosh raises when the bytes it reads are not those it wrote: a flipped byte in a compressed
# block, a length, a pickle or a term, or an offset past the end of a file. Within a NewsIndex call the
# index's files are the only files read, so an OSError there is one of them failing.
_DAMAGE: tuple[type[BaseException], ...] = (zlib.error, struct.error, pickle.UnpicklingError, UnicodeDecodeError,
                                            EOFError, OSError, DamagedDay, DamagedStored, DamagedPostings)
# DamagedDay: a stored day no date has; DamagedStored: stored fields that loaded but are not the indexer's;
# DamagedPostings: a posting block's numbers that are not those its header records
_DAMAGE_MESSAGES = ("Block tag error",)  # Whoosh raises a bare Exception for a posting block it cannot read
# ... and, inside its own code, a lookup with a damaged number: a term's field number past the list of fields. Only
# raised by Whoosh's own frames do these mean damage: raised by newssearch's, they are a fault of its own.
_DAMAGE_IN_WHOOSH: tuple[type[BaseException], ...] = (IndexError, KeyError)
_WHOOSH = os.sep + "whoosh" + os.sep
# ... and anything raised where Whoosh unpickles bytes it read (a block's info, a term's inlined postings, stored
# fields): pickle meets garbage with ValueError ("unsupported pickle protocol: 253"), TypeError, AttributeError,
# ImportError or OverflowError as well as UnpicklingError.
_UNPICKLING = lazy_compile(r"\bload(?:s|_pickle)?\(")

CLOSED_HINT = "open it again with newssearch.open_index()"


class Guarded(Protocol):
    """What ``guarded`` needs of the object whose methods it wraps."""

    index_dir: Path
    manifest: store.Manifest
    _lock: threading.RLock
    _closed: bool


Method = TypeVar("Method", bound=Callable[..., Any])


def is_damage(exc: BaseException) -> bool:
    """Whether ``exc``, raised by Whoosh reading an open index, means the index's files are damaged."""
    if isinstance(exc, NewsSearchError):
        return False
    if isinstance(exc, _DAMAGE):
        return True
    if isinstance(exc, _DAMAGE_IN_WHOOSH):
        return _raised_in_whoosh(exc)
    if _raised_unpickling_in_whoosh(exc):
        return True
    return type(exc) is Exception and str(exc).startswith(_DAMAGE_MESSAGES)


def _innermost(exc: BaseException) -> TracebackType | None:
    """The innermost Python frame of ``exc``'s traceback (a C function such as pickle's has none of its own)."""
    last = exc.__traceback__
    while last is not None and last.tb_next is not None:
        last = last.tb_next
    return last


def _raised_in_whoosh(exc: BaseException) -> bool:
    """Whether the innermost frame of ``exc``'s traceback is Whoosh's code."""
    last = _innermost(exc)
    return last is not None and _WHOOSH in last.tb_frame.f_code.co_filename


def _raised_unpickling_in_whoosh(exc: BaseException) -> bool:
    """Whether ``exc`` came from the line of Whoosh's code that unpickles bytes read from the index."""
    last = _innermost(exc)
    if last is None or _WHOOSH not in (name := last.tb_frame.f_code.co_filename):
        return False
    return _UNPICKLING.search(linecache.getline(name, last.tb_lineno)) is not None


def guarded(method: Method) -> Method:
    """``method`` of a NewsIndex, run holding the handle's lock, refused once the handle is closed, and with
    damaged index bytes raised as IndexCorrupt naming the command that rebuilds the index."""

    @functools.wraps(method)
    def call(self: Guarded, *args: Any, **kwargs: Any) -> Any:
        with self._lock:
            if self._closed:
                raise IndexClosed("the index handle is closed", hint=CLOSED_HINT)
            try:
                return method(self, *args, **kwargs)
            except Exception as exc:
                raise_if_damage(self, exc)
                raise

    return call  # type: ignore[return-value]


def raise_if_damage(handle: Guarded, exc: BaseException) -> None:
    """Raise IndexCorrupt naming the command that rebuilds ``handle``'s index if ``exc`` means its bytes are
    damaged; else return, for the caller to raise ``exc`` as it is. For a guarded method's call, and each step of
    an iteration it returns (a ``try`` costs nothing until an error: this wraps every call of the API)."""
    if is_damage(exc):
        raise liveindex.damaged(handle.index_dir, handle.manifest, exc) from exc
