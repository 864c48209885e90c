"""One exception family; every message is written for the person at the terminal."""

from __future__ import annotations

import errno
import re
from collections.abc import Callable

_CONTROL = re.compile(r"[\x00-\x1f\x7f]")
DELETED_DURING_RUN = "deleted during the run (gone by the time it was read)"


def as_typed(text: str) -> str:
    """``text`` in quotes as the user typed it, for a message: repr() would double a backslash
    (``'C:\\\\temp'``) and escape an apostrophe (``'"Blair\\'s"'``). Double quotes when it holds an apostrophe alone;
    a control character written as an escape (``\\n``), so that a message stays one line."""
    text = _CONTROL.sub(lambda m: repr(m.group())[1:-1], text)
    return f'"{text}"' if "'" in text and '"' not in text else f"'{text}'"


def in_a_list(items: list[str]) -> str:
    """``items`` as a message lists them: ``a``, ``a and b``, ``a, b and c``."""
    return items[0] if len(items) == 1 else f"{', '.join(items[:-1])} and {items[-1]}"


def read_problem(exc: OSError) -> str:
    """Why a corpus file listed by a run could not be read: deleted since it was listed (``DELETED_DURING_RUN``; it
    had been the OS's "No such file or directory", as of a file refused), else the OS's reason."""
    if exc.errno == errno.ENOENT:
        return DELETED_DURING_RUN
    return f"cannot read file: {exc.strerror or exc}"


class Worded:
    """A message in two wordings: a Python caller's (``sort="date"``, ``build_index(…)``) and the command line's
    (``--sort date``, ``newssearch index …``); ``str()`` is the Python one. (No dataclass: importing dataclasses
    would slow ``import newssearch``, which loads this module.)"""

    __slots__ = ("api", "cli")

    def __init__(self, api: str, cli: str) -> None:
        self.api, self.cli = api, cli

    def __repr__(self) -> str:
        return f"Worded(api={self.api!r}, cli={self.cli!r})"

    def __str__(self) -> str:
        return self.api

    def map(self, change: Callable[[str], str]) -> Worded:
        """Both wordings put into the same sentence: ``command.map(lambda c: f"run `{c}`")``."""
        return Worded(change(self.api), change(self.cli))


Text = str | Worded


def reword(text: Text, change: Callable[[str], str]) -> Text:
    """``text`` (one wording or two) put into a sentence."""
    return text.map(change) if isinstance(text, Worded) else change(text)


def cli_words(text: Text) -> str:
    """``text`` as the command line words it."""
    return text.cli if isinstance(text, Worded) else text


class NewsSearchError(Exception):
    """Base of every error newssearch raises to its callers.

    ``str(error)`` and ``hint`` name what a Python caller passes (parameters, functions); ``for_cli()`` is the same
    error in the command line's words (flags, commands), where the two differ.
    """

    hint: str | None = None
    cli_message: str | None = None
    cli_hint: str | None = None

    def __init__(self, message: Text, hint: Text | None = None) -> None:
        super().__init__(str(message))
        if isinstance(message, Worded):
            self.cli_message = message.cli
        if hint is not None:
            self.hint, self.cli_hint = str(hint) or None, cli_words(hint)

    def __str__(self) -> str:
        return _with_hint(super().__str__(), self.hint)

    def for_cli(self) -> str:
        """The message as the command line says it: its flags and commands, not the API's parameters."""
        return _with_hint(self.cli_message or super().__str__(), self.cli_hint or self.hint)


def _with_hint(message: str, hint: str | None) -> str:
    """``message (hint)``, or the message alone."""
    return f"{message} ({hint})" if hint else message


class IndexNotFound(NewsSearchError):
    """There is no index at the given location yet."""


class IndexCorrupt(NewsSearchError):
    """The index folder exists but cannot be read as a newssearch index."""


class IndexOutdated(IndexCorrupt):
    """The index was built by a version of newssearch with another index format."""

    def __init__(self, message: Text, corpus: str | None = None, hint: Text | None = None) -> None:
        super().__init__(message, hint=hint)
        self.corpus = corpus


class IndexNotWritable(NewsSearchError):
    """The index folder cannot be written: read-only, a disk full, a file in the way, a path too long."""


class IndexLocked(NewsSearchError):
    """Another process holds the index writer longer than we are willing to wait."""


class CorpusNotFound(NewsSearchError):
    """The corpus to index does not exist, cannot be read, or is neither a folder nor a file of articles."""


class ArticleNotFound(NewsSearchError):
    """No article with the given id is in the index."""


class InvalidArgument(NewsSearchError):
    """A function of newssearch was given a value of the wrong type, or out of the range it accepts."""


class InvalidQuery(InvalidArgument):
    """A query or a query option cannot be understood."""


class IndexClosed(NewsSearchError):
    """A NewsIndex was used after ``close()`` (or after its ``with`` block)."""


class IndexRefreshed(NewsSearchError):
    """A NewsIndex was refreshed while its ``articles()`` were being read: the snapshot they came from is gone."""


class UnreadableFile(NewsSearchError):
    """A corpus file cannot be turned into articles; the message is the reason."""
