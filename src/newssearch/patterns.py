"""Wildcards matched against the words as written, then searched as the terms the index holds for them.

The index holds stems: "running" is ``run``, "economy" is ``economi``. Matched only against stems, ``runn*``
missed "running" and ``*economy*`` found nothing. A WordPattern matches the body's words as written (the
spelling list kept beside the body) and the index terms themselves, and searches the terms of both.
"""

from __future__ import annotations

from whoosh import query as wq

from .schema import BODY, SCHEMA
from .textanalysis import fold, stem_english

WRITTEN = SCHEMA[BODY].spelling_fieldname(BODY)  # Whoosh's spelling field for the body: its words, folded, not stemmed


class WordPattern(wq.Wildcard):
    """A ``*`` and ``?`` pattern over the words of a title or body field, as written and as indexed.

    Like Whoosh's Wildcard it scores every match alike (``constantscore``). ``expand_patterns`` gives it
    its ``terms`` once per search; without them each use (counting, matching, each segment) reads the lexicon again.
    """

    terms: tuple[bytes, ...] | None = None

    def normalize(self) -> wq.Query:
        query = super().normalize()
        return self if isinstance(query, wq.Prefix) else query  # a prefix is matched as written too

    def _btexts(self, ixreader):  # type: ignore[no-untyped-def]
        return self.terms if self.terms is not None else matching_terms(ixreader, self.fieldname, self.text)


def matching_terms(reader, fieldname: str, pattern: str, written: list[str] | None = None) -> tuple[bytes, ...]:  # type: ignore[no-untyped-def]
    """The terms of ``fieldname`` that ``pattern`` matches, or that the body words it matches (``written``) are indexed as."""
    terms = _matches(reader, fieldname, pattern)
    for word in written_words(reader, pattern) if written is None else written:
        term = stem_english(word).encode("utf-8")
        if term not in terms and (fieldname, term) in reader:
            terms.add(term)
    return tuple(sorted(terms))


def written_words(reader, pattern: str) -> list[str]:  # type: ignore[no-untyped-def]
    """The body's words as written that ``pattern`` matches."""
    if WRITTEN not in reader.schema:
        return []
    return [word.decode("utf-8") for word in _matches(reader, WRITTEN, pattern)]


def _matches(reader, fieldname: str, pattern: str) -> set[bytes]:  # type: ignore[no-untyped-def]
    """The terms of ``fieldname`` that ``pattern`` matches, segment by segment (faster than one merged lexicon)."""
    found: set[bytes] = set()
    for segment, _offset in reader.leaf_readers():
        found.update(wq.Wildcard(fieldname, pattern)._btexts(segment))
    return found


def written_pattern(text: str) -> str:
    """A pattern as typed, in the form of the words it is matched against: lower case, accents folded."""
    return fold(text.lower())
