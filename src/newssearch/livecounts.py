"""Counts and statistics of the live articles only: Whoosh counts the versions an update deleted until their
segment merges.

An update marks a changed file's old version deleted; Whoosh's counts (articles, articles holding a word, words in a
field) keep it until its segment is merged or rewritten (``segwriter.PURGE_SHARE``), so an updated index had ranked
otherwise than a rebuild of the same folder. An index without deleted articles gives Whoosh's own counts, unread.
"""

from __future__ import annotations

from collections import Counter
from weakref import WeakKeyDictionary

from .doccolumns import column_values, deleted_docnums, has_column
from .postingblocks import posting_blocks
from .schema import LENGTHS
from .termsfile import segment_terms


def live_frequency(reader, fieldname: str, term: str, enough: int | None = None) -> int:  # type: ignore[no-untyped-def]
    """How many live articles hold ``term``: Whoosh's doc_frequency counts deleted ones too, until a merge.

    Counting the live ones reads the posting lists of segments with deleted articles; when even the count less every deleted article
    is over ``enough``, that count is known to be over it, and the stored one is returned unread.
    """
    if not reader.has_deletions():
        return reader.doc_frequency(fieldname, term)
    if (fieldname, term) not in reader:
        return 0
    stored = reader.doc_frequency(fieldname, term)
    if enough is not None and stored - (reader.doc_count_all() - reader.doc_count()) > enough:
        return stored
    return live_doc_frequency(reader, fieldname, term)


def holds_live_term(reader, fieldname: str) -> bool:  # type: ignore[no-untyped-def]
    """Whether some live article holds a term of ``fieldname``, whatever the field's type: a date's terms are
    numbers' bytes, read as they are (decoded as words, they had made a ``date:`` search that found nothing fail as a
    damaged index). Whoosh's lexicon keeps a deleted article's terms until a merge: a term only deleted articles may
    hold reads its postings."""
    deletions = reader.has_deletions()
    return any(not deletions or live_frequency(reader, fieldname, term, enough=0) for term in reader.lexicon(fieldname))


def live_values(reader, fieldname: str) -> list[str]:  # type: ignore[no-untyped-def]
    """The terms of a stored field whose one term is its stored value (the article id) that a live article holds.

    Only the terms the deleted articles stored are looked up, each live while more articles hold it than
    deleted ones stored it: reading every term's postings took 5 s over Reuters' 21,000 ids with 1,000 deleted.
    """
    terms = [term.decode("utf-8") for term in _lexicon(reader, fieldname)]
    if not reader.has_deletions():
        return terms
    deleted = Counter(reader.stored_fields(docnum).get(fieldname) for docnum in range(reader.doc_count_all())
                      if reader.is_deleted(docnum))
    gone = {term for term, count in deleted.items()
            if term is not None and reader.doc_frequency(fieldname, term) <= count}
    return [term for term in terms if term not in gone]


def _lexicon(reader, fieldname: str) -> list[bytes]:  # type: ignore[no-untyped-def]
    """Every term of ``fieldname`` in any segment, sorted, as ``reader.lexicon`` yields them: each segment's read in
    one piece (``termsfile.segment_terms``), not key by key: 14 ms for Reuters' 19,000 ids in two segments, not 60."""
    segments = [segment_terms(segment, fieldname) for segment, _ in reader.leaf_readers()]
    terms = segments[0] if len(segments) == 1 else sorted({term for terms in segments for term in terms})
    return [term.encode("utf-8") if isinstance(term, str) else term for term in terms]


def live_doc_frequency(reader, fieldname: str, text: str | bytes) -> int:  # type: ignore[no-untyped-def]
    """How many live articles hold the term ``text`` of ``fieldname`` (see ``_live_sum``)."""
    if not reader.has_deletions():
        return reader.doc_frequency(fieldname, text)
    return int(_live_sum(reader, fieldname, text))


def live_weight(reader, fieldname: str, text: str | bytes) -> float:  # type: ignore[no-untyped-def]
    """How often the live articles hold the term ``text`` of ``fieldname``, all told: the sum of its weights (see
    ``_live_sum``)."""
    if not reader.has_deletions():
        return reader.frequency(fieldname, text)
    return _live_sum(reader, fieldname, text, weighed=True)


# Each reader's live counts, read once: a reader is a snapshot, and one search asks for a word's count several times
# (the rarest words, then the scorer's idf, the feedback words, the spelling): reader -> {(fieldname, term, weighed): count}
_COUNTED: WeakKeyDictionary[object, dict[tuple[str, bytes, bool], float]] = WeakKeyDictionary()


def _live_sum(reader, fieldname: str, text: str | bytes, weighed: bool = False) -> float:  # type: ignore[no-untyped-def]
    """How many live articles hold the term ``text`` of ``fieldname``, or with ``weighed`` the sum of its weights
    in them (its occurrences).

    A segment with no deleted article gives its stored count; the others read the term's postings a block at a
    time: a set intersection per block for the articles, no Python step per posting (stepping Whoosh's matcher
    one posting at a time had made ``similar`` over Reuters 2.5 times slower).
    """
    counted = _COUNTED.setdefault(reader, {})
    term = text.encode("utf-8") if isinstance(text, str) else text  # Whoosh passes either
    key = (fieldname, term, weighed)
    if key not in counted:
        # Both sums in the one reading of the postings: ``similar`` weighs its article's words (Bo1), then scores the
        # key words with their live counts (BM25's idf), and reading them twice had cost it a fifth of its time.
        counted[fieldname, term, False], counted[fieldname, term, True] = _live_sums(reader, fieldname, text)
    return counted[key]


def _live_sums(reader, fieldname: str, text: str | bytes) -> tuple[float, float]:  # type: ignore[no-untyped-def]
    """How many live articles hold the term ``text`` of ``fieldname``, and the sum of its weights in them."""
    articles = weights_sum = 0.0
    for leaf, _ in reader.leaf_readers():
        stored = leaf.doc_frequency(fieldname, text)
        if not stored:
            continue
        if not leaf.has_deletions():
            articles += stored
            weights_sum += leaf.frequency(fieldname, text)
            continue
        deleted = leaf.deleted_docs_set
        for ids, weights, _ in posting_blocks(leaf.postings(fieldname, text)):
            articles += len(ids) - len(deleted.intersection(ids))
            weights_sum += sum(weight for docnum, weight in zip(ids, weights) if docnum not in deleted)
    return articles, weights_sum


def exact_field_length(reader, fieldname: str) -> int | None:  # type: ignore[no-untyped-def]
    """The words of ``fieldname`` in the live articles, all told, from its column of exact lengths (``LENGTHS``): what
    a rebuilt index counts, whatever was deleted or merged since; None in an index (or a segment) made without it."""
    column = LENGTHS.get(fieldname)
    if column is None or column not in reader.schema or not has_column(reader, column):  # (an older index's schema)
        return None
    lengths = column_values(reader, column)
    deleted = deleted_docnums(reader) if reader.has_deletions() else ()
    return sum(lengths) - sum(lengths[docnum] for docnum in deleted)


def live_field_length(reader, fieldname: str) -> int:  # type: ignore[no-untyped-def]
    """The words of ``fieldname`` in the live articles, all told: exact where the index holds each article's length
    (``exact_field_length``).

    Else a deleted article's length is known only as Whoosh stores it for scoring, in one lossy byte (within 3%), so
    the total is within a few tenths of a percent of a rebuilt index's, not exact: it only sets the average length.
    """
    exact = exact_field_length(reader, fieldname)
    if exact is not None:
        return exact
    total = reader.field_length(fieldname)
    for leaf, _ in reader.leaf_readers() if reader.has_deletions() else ():
        if leaf.has_deletions():
            # (Whoosh gives None, not 0, for an article without the field: a deleted text file without a byline
            # had made every author: search fail)
            total -= sum(leaf.doc_field_length(docnum, fieldname, 0) or 0 for docnum in leaf.deleted_docs_set)
    return max(0, total)
