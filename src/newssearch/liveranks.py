"""The rarest or the commonest of some words by the live articles holding them, reading few postings.

Where an update left deleted articles, a word's live count is known only by reading its postings (livecounts.py):
about 1 ms a word on Reuters, 40 ms for "a". Its stored counts bound it: no more than they say, no fewer than
they less each segment's deleted articles. A word those bounds put surely among the chosen, or surely not, is not
read: of the 1,700 words of ``e-a*`` on Reuters with 1% of it updated, only those near the fiftieth are.
"""

from __future__ import annotations

import bisect
from collections.abc import Iterable

from .livecounts import live_doc_frequency

READ_AT_ONCE = 20  # words read between two looks at which are still unsure: each look sorts them all
Bounds = dict[str, tuple[int, int]]  # word -> the fewest and the most live articles that may hold it


def ranked_by_live_count(reader, fieldnames: Iterable[str], words: Iterable[str], limit: int,  # type: ignore[no-untyped-def]
                         most: bool = False) -> tuple[list[str], set[str]]:
    """The ``limit`` of ``words`` that the fewest live articles hold in ``fieldnames`` (all told; with ``most``, the
    most; a tie to the word first in order), in word order; and words no live article holds (never among them), every
    one of them unless ``most``.
    """
    fieldnames, sign = tuple(fieldnames), -1 if most else 1
    if not reader.has_deletions():  # the stored counts are the live ones
        counts = {word: sum(reader.doc_frequency(name, word) for name in fieldnames) for word in words}
        ranked = sorted((sign * count, word) for word, count in counts.items() if count)
        return sorted(word for _, word in ranked[:limit]), {word for word, count in counts.items() if not count}
    bounds = _bounds(reader, fieldnames, words)
    unheld = {word for word, (_, high) in bounds.items() if not high}
    while True:
        chosen, unsure = _chosen(bounds, unheld, limit, sign)
        if not unsure:
            return sorted(chosen), unheld
        # A word whose count is known is unsure only while another that may come before it is unsure too: that one
        # is read. The likeliest first (by the stored counts): once read, they tell many of the others out.
        unread = [word for word in unsure if bounds[word][0] != bounds[word][1]]
        for word in sorted(unread, key=lambda word: (sign * bounds[word][1], word))[: max(limit, READ_AT_ONCE)]:
            count = sum(live_doc_frequency(reader, name, word) for name in fieldnames)
            bounds[word] = (count, count)
            if not count:
                unheld.add(word)


def _bounds(reader, fieldnames: tuple[str, ...], words: Iterable[str]) -> Bounds:  # type: ignore[no-untyped-def]
    """Each word's bounds from the stored counts: a segment's deleted articles may all have held it, or none."""
    leaves = [(leaf, leaf.doc_count_all() - leaf.doc_count()) for leaf, _ in reader.leaf_readers()]
    bounds: Bounds = {}
    for word in words:
        stored = [(leaf.doc_frequency(name, word), deleted) for name in fieldnames for leaf, deleted in leaves]
        bounds[word] = (sum(max(0, count - deleted) for count, deleted in stored), sum(count for count, _ in stored))
    return bounds


def _chosen(bounds: Bounds, unheld: set[str], limit: int, sign: int) -> tuple[list[str], list[str]]:
    """The words surely among the ``limit`` first by ``sign`` * count, and those neither surely in nor surely out.

    A word is surely in when some live article holds it and fewer than ``limit`` others may come first; surely out
    when ``limit`` others that live articles hold surely do. Places are (sign * count, word): no two the same.
    """
    held = {word: bound for word, bound in bounds.items() if word not in unheld}
    first = {word: (sign * (high if sign < 0 else low), word) for word, (low, high) in held.items()}  # its best place
    last = {word: (sign * (low if sign < 0 else high), word) for word, (low, high) in held.items()}  # its worst
    firsts = sorted(first.values())
    surely_held_lasts = sorted(last[word] for word, (low, _) in held.items() if low)
    chosen, unsure = [], []
    for word, (low, _) in held.items():
        may_come_first = bisect.bisect_left(firsts, last[word]) - (first[word] < last[word])  # less itself
        if low and may_come_first < limit:
            chosen.append(word)
        elif bisect.bisect_left(surely_held_lasts, first[word]) < limit:
            unsure.append(word)
    return chosen, unsure
