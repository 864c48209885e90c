"""A wildcard matching very many words cut to its commonest ones, as Elasticsearch caps a pattern's expansions.

``w*`` on an index with a 2 MB file of 200,000 made-up words (word0 ... word199999) had matched 200,004 words, each
looked up in the lexicon and its postings read: 40 seconds. Above MAX_PATTERN_TERMS words a pattern searches its
MAX_PATTERN_TERMS commonest (by the articles the terms file says hold each word, deleted ones too: one read of the
word list, no look-up a word), and the query's notice says so. Ordinary patterns (``polic*``, ``*ing`` on Reuters)
match far fewer and are searched whole, as before.
"""

from __future__ import annotations

from collections.abc import Sequence

from .errors import as_typed
from .stemming import cached_stem
from .termsfile import segment_term_counts
from .textanalysis import stem_english

MAX_PATTERN_TERMS = 5_000  # above fastscore.PATTERN_SCORED_WORDS: a cut pattern is scored by constant score


def doc_counts(reader, fieldname: str) -> dict[bytes, int]:  # type: ignore[no-untyped-def]
    """Each term of ``fieldname`` with the articles holding it, summed over the segments, read from the terms file
    in one piece a segment (``termsfile.segment_term_counts``)."""
    counts: dict[bytes, int] = {}
    for segment, _offset in reader.leaf_readers():
        if fieldname in segment.schema:
            for term, count in segment_term_counts(segment, fieldname):
                counts[term] = counts.get(term, 0) + count
    return counts


def commonest(reader, fieldname: str, terms: Sequence[bytes], limit: int | None = None) -> list[bytes]:  # type: ignore[no-untyped-def]
    """``terms`` if there are no more than ``limit`` (MAX_PATTERN_TERMS), else the ``limit`` that most articles hold
    in ``fieldname`` (a tie to the first in order), sorted."""
    limit = MAX_PATTERN_TERMS if limit is None else limit
    if len(terms) <= limit:
        return sorted(terms)
    counts = doc_counts(reader, fieldname)
    return sorted(sorted(terms, key=lambda term: (-counts.get(term, 0), term))[:limit])


def kept_words(written: list[str], terms: Sequence[bytes]) -> list[str]:
    """The words as written among ``written`` that a pattern cut to ``terms`` still searches: those whose English
    stem, or which themselves, are among them (only these are then stemmed as other languages stem them)."""
    kept = set(terms)
    stem = cached_stem(stem_english)  # each stemmed by matching_terms already
    return [word for word in written if stem(word).encode("utf-8") in kept or word.encode("utf-8") in kept]


def capped_patterns_notice(capped: dict[str, int]) -> str | None:
    """The note on the patterns cut to their commonest words: "'w*' matches 200,004 words; searched the 5,000 most
    common"; None for none."""
    if not capped:
        return None
    return "; ".join(f"{as_typed(typed)} matches {count:,} words; searched the {MAX_PATTERN_TERMS:,} most common"
                     for typed, count in capped.items()) + " (type more of the word to search them all)"
