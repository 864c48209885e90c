"""A segment's term look-ups kept for the life of an open index: each word's term info is read from the terms
file once.

Whoosh finds a term in a segment's terms file by a hash table on disk, several small reads a look-up, and a search
looks each word up again and again: whether the segment holds it, its postings, its idf (in every segment, for the
whole index's count), "Did you mean"'s counts of the typed words. A segment's terms file never changes (an update
writes new segments), so what it holds for a term is kept here, raw, and decoded as Whoosh decodes it.
"""

from __future__ import annotations

from whoosh.codec.whoosh3 import W3TermInfo, W3TermsReader
from whoosh.reading import TermNotFound

CACHE_LIMIT = 20_000  # terms kept a segment (a few MB; a wildcard of more words starts it again)


class KeptTerms:
    """A Whoosh 3 segment's terms reader (``W3TermsReader``) whose term look-ups are kept; the same answers."""

    def __init__(self, terms: W3TermsReader) -> None:
        self._terms = terms
        self._kept: dict[tuple[str, bytes], bytes | None] = {}

    def __getattr__(self, name: str) -> object:
        return getattr(self._terms, name)  # what is not a look-up of one term: the reader's own

    def _stored(self, fieldname: str, tbytes: bytes) -> bytes | None:
        """The terms file's bytes for the term (its term info), or None where the segment lacks it."""
        key = (fieldname, tbytes)
        try:
            return self._kept[key]
        except KeyError:
            pass
        terms = self._terms
        stored = terms._tindex.get(terms._keycoder(fieldname, tbytes))
        if len(self._kept) >= CACHE_LIMIT:
            self._kept.clear()
        self._kept[key] = stored
        return stored

    def __contains__(self, term: tuple[str, bytes]) -> bool:
        """Whether the segment holds the term ``(fieldname, tbytes)``."""
        return self._stored(*term) is not None

    def term_info(self, fieldname: str, tbytes: bytes) -> W3TermInfo:
        """The term's info (counts, extent of its postings), or TermNotFound, as Whoosh's reader gives it."""
        stored = self._stored(fieldname, tbytes)
        if stored is None:
            raise TermNotFound(f"No term {fieldname}:{tbytes!r}")
        return W3TermInfo.from_bytes(stored)

    def frequency(self, fieldname: str, tbytes: bytes) -> float:
        """How often the segment's articles hold the term, all told."""
        return self._found(fieldname, tbytes).weight()

    def doc_frequency(self, fieldname: str, tbytes: bytes) -> int:
        """How many of the segment's articles hold the term (deleted ones too, as Whoosh counts)."""
        return self._found(fieldname, tbytes).doc_frequency()

    def _found(self, fieldname: str, tbytes: bytes) -> W3TermInfo:
        """The term's info, or KeyError as Whoosh's counts raise it (the segment reader counts 0 then)."""
        stored = self._stored(fieldname, tbytes)
        if stored is None:
            raise KeyError((fieldname, tbytes))
        return W3TermInfo.from_bytes(stored)

    def matcher(self, fieldname: str, tbytes: bytes, format_, scorer=None):  # type: ignore[no-untyped-def]
        """The term's postings, read from where its kept info says they are."""
        return self._terms._codec.postings_reader(self._terms._postfile, self.term_info(fieldname, tbytes), format_,
                                                  term=(fieldname, tbytes), scorer=scorer)


def keep_term_lookups(reader) -> None:  # type: ignore[no-untyped-def]
    """Keep the term look-ups of each segment of ``reader`` (an open index's, for as long as it is open)."""
    for leaf, _offset in reader.leaf_readers():
        terms = getattr(leaf, "_terms", None)
        if type(terms) is W3TermsReader:
            leaf._terms = KeptTerms(terms)
