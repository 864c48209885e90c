"""Per-document column values (dates, facets, copy keys) that stay right across index segments."""

from __future__ import annotations

import struct
import sys
from array import array

from whoosh import columns, fields


def column_of(reader, field: str):  # type: ignore[no-untyped-def]
    """A column reader over every document of ``reader``: ``column[docnum]`` is that document's value.

    Whoosh's own multi-segment column reader leaves out the segments that have no value for the field
    at all (a batch of undated or source-less articles), then maps later document numbers to the wrong
    segment, or fails with IndexError when no segment has one. Each segment answers here, with the
    field's default where it has no column; an index of no articles has an empty column.
    """
    if reader.doc_count_all() == 0:  # a new index of no articles: Whoosh's EmptyReader has no columns
        return columns.EmptyColumnReader(None, 0)
    leaves = reader.leaf_readers()
    if len(leaves) == 1:
        return leaves[0][0].column_reader(field)
    return columns.MultiColumnReader([leaf.column_reader(field) for leaf, _ in leaves],
                                     [offset for _, offset in leaves])


def whole_column(reader, field: str):  # type: ignore[no-untyped-def]
    """``column_of(reader, field)`` when every segment of ``reader`` holds the column, else None: an index made before
    the column was (or a segment of one) must not read as a document without a value."""
    return column_of(reader, field) if has_column(reader, field) else None


def column_values(reader, field: str) -> list:  # type: ignore[no-untyped-def,type-arg]
    """``list(column_of(reader, field))``, a numeric column read a segment at a time: Whoosh reads it a value at a
    time, a seek and a read each (2-5 s for the days of 100,000 articles)."""
    if reader.doc_count_all() == 0:
        return []
    values: list = []  # type: ignore[type-arg]
    for leaf, _offset in reader.leaf_readers():
        raw = leaf.column_reader(field, translate=False)
        if type(raw) is columns.VarBytesColumn.Reader:
            values += _var_bytes_values(raw, leaf.schema[field].from_column_value)
            continue
        if type(raw) is not columns.NumericColumn.Reader:
            values += leaf.column_reader(field)
            continue
        data = raw._dbfile.get(raw._basepos, raw._count * raw._fixedlen)
        numbers = array(raw._typecode)
        if numbers.itemsize == raw._fixedlen:
            numbers.frombytes(data)
            if sys.byteorder == "little":
                numbers.byteswap()  # stored big-endian
            read = numbers.tolist()
        else:
            read = [value for (value,) in struct.iter_unpack("!" + raw._typecode, data)]
        read += [raw._default] * (raw._doccount - raw._count)  # the documents after its last value
        kind = leaf.schema[field]  # a plain column (the lengths) is read as stored
        if isinstance(kind, fields.NUMERIC) and not (kind.numtype is int and not kind.signed and not kind.decimal_places):
            read = [kind.from_column_value(value) for value in read]
        values += read
    return values


def _var_bytes_values(raw: columns.VarBytesColumn.Reader, translate) -> list:  # type: ignore[no-untyped-def,type-arg]
    """Every value of a segment's column of byte strings (the copy keys), its data read in one piece: Whoosh reads
    it a value at a time (0.4 s for the keys of 100,000 articles)."""
    lengths, offsets = raw._lengths, raw._offsets
    if not lengths:
        return []
    data = raw._dbfile.get(raw._basepos, max(offset + length for offset, length in zip(offsets, lengths)))
    return [translate(data[offset : offset + length]) for offset, length in zip(offsets, lengths)]


def has_column(reader, field: str) -> bool:  # type: ignore[no-untyped-def]
    """Whether every segment of ``reader`` (one at least) holds the column of ``field``: an index, or a segment, made
    before the column was has none."""
    leaves = reader.leaf_readers() if reader.doc_count_all() else []
    return bool(leaves) and all(leaf.has_column(field) for leaf, _ in leaves)


def deleted_docnums(reader) -> set[int]:  # type: ignore[no-untyped-def]
    """The numbers of the documents an update deleted (Whoosh asks each document's segment one at a time)."""
    return {offset + docnum for leaf, offset in reader.leaf_readers() if leaf.has_deletions()
            for docnum in leaf.deleted_docs_set}
