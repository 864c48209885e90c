"""The live index's schema, unpickled from its table of contents' bytes (read for ``tocchecks``), for Whoosh to use.

Whoosh unpickles the schema at each read of the TOC (an open, a reader, a searcher), and a compiled pattern unpickles
by compiling it (``re._compile``): the token pattern's compile, some 4 ms, was paid by every query as the index
opened, though a text without "++" or "#" never uses it (``tokenpatterns.token_pattern_for``). Unpickled here, a
tokenizer's pattern is ``tokenpatterns.indexed_pattern``'s, the token pattern ``TOKEN_RE`` itself, compiled on first
use; handed to Whoosh (``FileIndex(storage, schema)``), it skips the pickle in each read of the TOC. The pickle's
bytes are the index's as written: an index built before opens the same way, and Whoosh reads any other.
"""

from __future__ import annotations

import io
import pickle
from typing import Any

from whoosh.fields import Schema

from .tocchecks import schema_pickle, toc_version
from .tokenpatterns import indexed_pattern

_WHOOSH_TOC_VERSION = -111  # whoosh.index._CURRENT_TOC_VERSION: a TOC of another version is read by Whoosh's loaders


class _SchemaUnpickler(pickle.Unpickler):
    """An Unpickler making a pickled pattern by ``indexed_pattern``."""

    def find_class(self, module: str, name: str) -> Any:
        """``indexed_pattern`` for ``re._compile``; any other name as pickle finds it."""
        if (module, name) == ("re", "_compile"):
            return indexed_pattern
        return super().find_class(module, name)


def toc_schema(data: bytes) -> Schema | None:
    """The schema pickled in a TOC's bytes ``data``, checked safe to unpickle (``tocchecks.checked_toc``); None for a
    TOC of another version or one that does not unpickle (Whoosh's own read then says what is wrong)."""
    try:
        if toc_version(data) != _WHOOSH_TOC_VERSION:
            return None
        at, length = schema_pickle(data)
        schema = _SchemaUnpickler(io.BytesIO(data[at:at + length])).load()
    except Exception:  # noqa: BLE001 - a damaged pickle raises many types; Whoosh's read raises it again, reported
        return None
    return schema if isinstance(schema, Schema) else None
