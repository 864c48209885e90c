"""One exception family; every message is written for the person at the terminal."""

from __future__ import annotations

import re

_CONTROL = re.compile(r"[\x00-\x1f\x7f]")


def as_typed(text: str) -> str:
    """``text`` in quotes as the user typed it, for a message: repr() would double a backslash
    (``'C:\\\\temp'``) and escape an apostrophe (``'"Blair\\'s"'``). Double quotes when it holds an apostrophe alone;
    a control character written as an escape (``\\n``), so that a message stays one line."""
    text = _CONTROL.sub(lambda m: repr(m.group())[1:-1], text)
    return f'"{text}"' if "'" in text and '"' not in text else f"'{text}'"


class NewsSearchError(Exception):
    """Base of every error newssearch raises to its callers."""

    hint: str | None = None

    def __init__(self, message: str, hint: str | None = None) -> None:
        super().__init__(message)
        if hint is not None:
            self.hint = hint

    def __str__(self) -> str:
        message = super().__str__()
        return f"{message} ({self.hint})" if self.hint else message


class IndexNotFound(NewsSearchError):
    """There is no index at the given location yet."""


class IndexCorrupt(NewsSearchError):
    """The index folder exists but cannot be read as a newssearch index."""


class IndexOutdated(IndexCorrupt):
    """The index was built by a version of newssearch with another index format."""

    def __init__(self, message: str, corpus: str | None = None, hint: str | None = None) -> None:
        super().__init__(message, hint=hint)
        self.corpus = corpus


class IndexNotWritable(NewsSearchError):
    """The index folder cannot be written: read-only, a disk full, a file in the way, a path too long."""


class IndexLocked(NewsSearchError):
    """Another process holds the index writer longer than we are willing to wait."""


class CorpusNotFound(NewsSearchError):
    """The folder to index does not exist or is not a folder."""


class ArticleNotFound(NewsSearchError):
    """No article with the given id is in the index."""


class InvalidArgument(NewsSearchError):
    """A function of newssearch was given a value of the wrong type, or out of the range it accepts."""


class InvalidQuery(InvalidArgument):
    """A query or a query option cannot be understood."""


class IndexClosed(NewsSearchError):
    """A NewsIndex was used after ``close()`` (or after its ``with`` block)."""


class UnreadableFile(NewsSearchError):
    """A corpus file cannot be turned into articles; the message is the reason."""
