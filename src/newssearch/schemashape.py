"""Whether the schema an index's table of contents holds is ours: a flipped byte there can still unpickle.

Whoosh pickles the schema into the TOC. A flipped byte in a pickle memo reference loads one field's object
where another's was (``title`` as the ``lang`` ID field), and searches then failed deep in Whoosh with a raw
TermNotFound or AttributeError. An index of this FORMAT (the manifest's check) was written with ``SCHEMA``,
so its schema has the same fields with the same types and settings; only a field's column may be missing (an
index from before ``id`` had one is read without it: ``whole_column``), so columns are left out of the comparison.
"""

from __future__ import annotations

import functools
from typing import Any

from whoosh import fields

from .schema import SCHEMA

_PLAIN = (bool, int, float, str, bytes, type(None), tuple, frozenset)
_COLUMN = "column_type"
Shape = tuple[Any, ...]


def same_shape(schema: object) -> bool:
    """Whether ``schema`` (loaded from an index's TOC) has ``SCHEMA``'s fields, types, analyzers and settings."""
    return isinstance(schema, fields.Schema) and _shape(schema) == _our_shape()


@functools.lru_cache(maxsize=1)
def _our_shape() -> Shape:
    """The shape of ``SCHEMA``, worked out once."""
    return _shape(SCHEMA)


def _shape(schema: fields.Schema) -> Shape:
    """Each field's name, type and plain settings but its column, with its format's and analyzer parts'."""
    return tuple((name, _part(field, _COLUMN), _part(getattr(field, "format", None)),
                  _analyzer(getattr(field, "analyzer", None)))
                 for name, field in sorted(schema.items()))


def _analyzer(analyzer: object) -> Shape:
    """The shapes of an analyzer's tokenizer and filters (a composite's items; else the analyzer itself)."""
    return tuple(_part(item) for item in getattr(analyzer, "items", (analyzer,)))


def _part(obj: object, leave_out: str = "") -> Shape:
    """An object's type and its plain attributes (flags, numbers, names) but ``leave_out``; objects inside it are
    left out."""
    if obj is None:
        return ()
    attributes = getattr(obj, "__dict__", {})
    return (type(obj).__qualname__, tuple(sorted((key, value) for key, value in attributes.items()
                                                 if isinstance(value, _PLAIN) and key != leave_out)))
