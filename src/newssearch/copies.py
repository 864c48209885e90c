"""Syndicated copies: articles that are the same story, grouped as one hit.

Two articles are copies when they share a copy key (textkeys.py): three consecutive sentences of
their first six agree after case, diacritics, punctuation and spacing are set aside. That holds for
the same wire story run by several outlets with a dateline added, a word changed or the end cut, and
for the same file saved twice. Copies of copies are one story. Its earliest-dated copy among the hits stands for it.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable

from .doccolumns import column_of
from .ranking import Scored
from .schema import COPY_KEY, DAY_NUMBER, ID

# A key more articles than this share is boilerplate (a standard disclaimer), not one story: ignored.
BOILERPLATE_ARTICLES = 200


class _Keys:
    """The copy keys of documents, with the boilerplate check cached."""

    def __init__(self, reader) -> None:  # type: ignore[no-untyped-def]
        self.reader = reader
        self.column = column_of(reader, COPY_KEY)
        self._common: dict[str, bool] = {}

    def of(self, docnum: int) -> list[str]:
        """``docnum``'s keys."""
        return (self.column[docnum] or "").split()

    def shared(self, key: str) -> bool:
        """False when ``key`` is boilerplate."""
        common = self._common.get(key)
        if common is None:
            common = self._common[key] = self.reader.doc_frequency(COPY_KEY, key) > BOILERPLATE_ARTICLES
        return not common


def story_of(reader, docnums: Iterable[int]) -> dict[int, int]:  # type: ignore[no-untyped-def]
    """Each of ``docnums`` mapped to one member of its story among them (copies linked through keys)."""
    keys = _Keys(reader)
    parent: dict[int, int] = {}
    holder: dict[str, int] = {}

    def root(d: int) -> int:
        while parent[d] != d:
            parent[d] = parent[parent[d]]
            d = parent[d]
        return d

    for docnum in docnums:
        parent.setdefault(docnum, docnum)
        for key in keys.of(docnum):
            other = holder.setdefault(key, docnum)
            if other != docnum and keys.shared(key):
                a, b = root(docnum), root(other)
                if a != b:
                    parent[max(a, b)] = min(a, b)
    return {docnum: root(docnum) for docnum in parent}


def one_per_story(scored: Scored, reader) -> Scored:  # type: ignore[no-untyped-def]
    """``scored`` with one hit per story: its earliest-dated copy among the hits (undated last), in its own place.

    Only hits stand for a story, so the copy shown matches the query and its filters (its dates, its NOT
    words), and the list keeps the order of ``scored``: a copy's own score, or its own date.
    """
    story = story_of(reader, [docnum for docnum, _ in scored])
    days = column_of(reader, DAY_NUMBER)
    place = {docnum: at for at, (docnum, _) in enumerate(scored)}

    def age(docnum: int) -> tuple[bool, int, int]:
        return days[docnum] == 0, days[docnum], place[docnum]

    shown: dict[int, int] = {}
    for docnum, _ in scored:
        first = shown.get(story[docnum])
        if first is None or age(docnum) < age(first):
            shown[story[docnum]] = docnum
    kept = set(shown.values())
    return [(docnum, score) for docnum, score in scored if docnum in kept]


def group_of(searcher, docnum: int) -> list[int]:  # type: ignore[no-untyped-def]
    """``docnum`` and every live copy of it (and copy of a copy) in the index, earliest-dated first (undated last)."""
    reader = searcher.reader()
    keys = _Keys(reader)
    members, todo, seen_keys = {docnum}, [docnum], set()
    while todo:
        for key in keys.of(todo.pop()):
            if key not in seen_keys and keys.shared(key):
                seen_keys.add(key)
                found = set(searcher.document_numbers(**{COPY_KEY: key})) - members
                members |= found
                todo.extend(found)
    days = column_of(reader, DAY_NUMBER)
    return sorted(members, key=lambda d: (days[d] == 0, days[d], d != docnum, d))


def copy_ids(searcher, docnum: int, among: Collection[int] | None = None) -> tuple[str, ...]:  # type: ignore[no-untyped-def]
    """The ids of ``docnum``'s other copies in the index (or ``among`` some articles), earliest-dated first."""
    return tuple(searcher.stored_fields(d)[ID] for d in group_of(searcher, docnum)
                 if d != docnum and (among is None or d in among))
