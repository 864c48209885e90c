"""Per-document column values (dates, facets, copy keys) that stay right across index segments."""

from __future__ import annotations

from whoosh import columns


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
