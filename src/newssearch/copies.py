"""Syndicated copies: articles that are the same story, grouped as one hit.

Two articles are copies when they share a copy key (textkeys.py): three consecutive sentences of
their first six agree after case, diacritics, punctuation and spacing are set aside; unless that run opens
both and is followed by different text in both, which a publisher's standard note on top of different stories
is: then a second run among their first nine sentences is needed (``same_story``). That holds for
the same wire story run by several outlets with a dateline added, a word changed or the end cut, and
for the same file saved twice; and a short story with a word or a figure corrected, by a sentence of its first
two and nearly the same words and numbers, dated within days (``CopyIndex.same_text``); and articles at one
address (``storyaddress``: a feed's item and the page saved of it), dated within days. Copies of copies are one
story, across the whole index (a copy between two hits need not be a hit). Its earliest-dated copy among the hits
stands for it, a page before its AMP copy of that day (``amp_copy``); of copies as early and as high, the one with the
first id (not the first indexed: an update would change it). Only live articles count: versions
replaced by an update, still in old segments, do not.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable, Sequence

from .copyindex import CopyIndex, CopyTable
from .documents.article import Article
from .ranking import Scored
from .schema import to_article
from .textkeys import LEDE_RUNS, same_story

# With more hits than this share of the index, reading every article's keys once (about 5 µs an article) is
# faster than looking up each hit's keys in the term index (120-250 µs a hit; Reuters-21578, BBC News).
TABLE_SHARE = 1 / 30


def _group(keys: CopyIndex, docnum: int) -> set[int]:
    """``docnum`` and every live copy of it, and copy of a copy, in the index."""
    members, todo = {docnum}, [docnum]
    while todo:
        found = todo.pop()
        own = keys.of(found)
        for key in own[:LEDE_RUNS]:  # copies share a run of their ledes
            for other in keys.holders(key):
                if other not in members and _copies(keys, found, own, other):
                    members.add(other)
                    todo.append(other)
        for key in keys.sentences_of(found):  # a short story with a word corrected shares no run with its copy
            for other in keys.holders(key):
                if other not in members and keys.same_text(found, other):
                    members.add(other)
                    todo.append(other)
        for key in keys.address_of(found):  # a feed's item and its page: one address, a teaser's text too short
            for other in keys.holders(key):
                if other not in members and keys.near_days(found, other):
                    members.add(other)
                    todo.append(other)
    return members


def _copies(keys: CopyIndex, docnum: int, own: Sequence[str], other: int) -> bool:
    """Whether ``other`` is a copy of ``docnum`` (whose keys are ``own``), their texts read only when the keys leave it
    open (``same_story``)."""
    return same_story(own, keys.of(other), keys.counts, lambda: keys.alike(docnum, other),
                      lambda sentences, theirs: keys.openings_alike(docnum, other, sentences, theirs))


def story_of(reader, docnums: Iterable[int], keys: CopyIndex | None = None) -> dict[int, int]:  # type: ignore[no-untyped-def]
    """Each of ``docnums`` mapped to one member of its story among them (``keys``: the search's CopyIndex).

    A story is the index-wide group of ``group_of``: two hits linked only through a copy that is not a hit
    (left out by the query or its filters) are still one story.
    """
    keys = keys if keys is not None else CopyIndex(reader)
    hits = list(docnums)
    if len(hits) > TABLE_SHARE * reader.doc_count() or keys.table_read():
        keys.read_all()
    story: dict[int, int] = {}
    for docnum in hits:
        if docnum not in story:
            story.update(dict.fromkeys(_group(keys, docnum), docnum))
    return {docnum: story[docnum] for docnum in hits}


def one_per_story(scored: Scored, reader, keys: CopyIndex | None = None) -> Scored:  # type: ignore[no-untyped-def]
    """``scored`` with one hit per story: its earliest-dated copy among the hits (undated last), in its own place.

    Only hits stand for a story, so the copy shown matches the query and its filters (its dates, its NOT
    words), and the list keeps the order of ``scored``: a copy's own score, or its own date. Of copies as
    early and scored alike (the same text), the one with the first id stands: the first in ``scored`` is
    the first indexed, which had made the copy shown depend on the order of updates.
    """
    keys = keys if keys is not None else CopyIndex(reader)
    story = story_of(reader, [docnum for docnum, _ in scored], keys)
    days = keys.days
    place = {docnum: at for at, (docnum, _) in enumerate(scored)}
    score = dict(scored)

    def age(docnum: int) -> tuple[bool, int, float]:
        return days[docnum] == 0, days[docnum], -score[docnum]

    def earlier(docnum: int, other: int) -> bool:
        mine, theirs = age(docnum), age(other)
        if mine[:2] == theirs[:2]:  # of one day, the page itself before its AMP copy, whatever their scores
            if keys.amp_copy(other, docnum):
                return True
            if keys.amp_copy(docnum, other):
                return False
        if mine != theirs:
            return mine < theirs
        return (keys.id_of(docnum), place[docnum]) < (keys.id_of(other), place[other])

    shown: dict[int, int] = {}
    for docnum, _ in scored:
        first = shown.get(story[docnum])
        if first is None or earlier(docnum, first):
            shown[story[docnum]] = docnum
    kept = set(shown.values())
    return [(docnum, score) for docnum, score in scored if docnum in kept]


def group_of(searcher, docnum: int, keys: CopyIndex | None = None) -> list[int]:  # type: ignore[no-untyped-def]
    """``docnum`` and every live copy of it (and copy of a copy) in the index, earliest-dated first (undated last),
    then by id; ``keys``: the search's CopyIndex."""
    keys = keys if keys is not None else CopyIndex(searcher.reader())
    days = keys.days
    return sorted(_group(keys, docnum), key=lambda d: (days[d] == 0, days[d], d != docnum, keys.id_of(d)))


def copy_ids(searcher, docnum: int, among: Collection[int] | None = None,  # type: ignore[no-untyped-def]
             keys: CopyIndex | None = None) -> tuple[str, ...]:
    """The ids of ``docnum``'s other copies in the index (or ``among`` some articles), earliest-dated first."""
    keys = keys if keys is not None else CopyIndex(searcher.reader())
    return tuple(keys.id_of(d) for d in group_of(searcher, docnum, keys) if d != docnum and (among is None or d in among))


def copy_articles(searcher, docnum: int, kept: CopyTable | None = None) -> tuple[Article, ...]:  # type: ignore[no-untyped-def]
    """The articles of ``docnum``'s other copies in the index, earliest-dated first (undated last), then by id: where
    else its story ran, and where first (``show``); ``kept``: the snapshot's copy keys read in bulk."""
    keys = CopyIndex(searcher.reader(), kept)
    return tuple(to_article(searcher.stored_fields(other)) for other in group_of(searcher, docnum, keys) if other != docnum)
