"""Syndicated copies: articles whose text is the same story, grouped as one hit.

Two articles are copies when the first words of their bodies agree after case, diacritics,
punctuation and spacing are set aside: the same wire story run by several outlets, or the same
file saved twice. The earliest-dated copy stands for the group.
"""

from __future__ import annotations

from whoosh import sorting

from .schema import COPY_KEY, DAY_NUMBER, ID


def collapse_facet() -> sorting.FacetType:
    """The facet that keeps one hit per copy group (articles without a key stand alone)."""
    return sorting.FieldFacet(COPY_KEY)


def group_of(searcher, docnum: int) -> list[int]:  # type: ignore[no-untyped-def]
    """Every live document in ``docnum``'s copy group, earliest-dated first (undated last)."""
    reader = searcher.reader()
    key = reader.column_reader(COPY_KEY)[docnum]  # the column: no need to unpickle the stored body
    if not key:
        return [docnum]
    members = list(searcher.document_numbers(**{COPY_KEY: key}))
    days = reader.column_reader(DAY_NUMBER)
    return sorted(members, key=lambda d: (days[d] == 0, days[d], d != docnum, d))


def copy_ids(searcher, group: list[int]) -> tuple[str, ...]:  # type: ignore[no-untyped-def]
    """The ids of a group's members after the first."""
    return tuple(searcher.stored_fields(d)[ID] for d in group[1:])


def story_count(reader, docnums: set[int]) -> int:  # type: ignore[no-untyped-def]
    """How many stories ``docnums`` hold: each copy group counts once, articles without a key once each."""
    column = reader.column_reader(COPY_KEY)
    keys = [column[docnum] for docnum in docnums]
    return len({key for key in keys if key}) + sum(1 for key in keys if not key)
