"""Wildcards matched against the words as written, then searched as the terms the index holds.

The index holds stems: "running" is ``run``, "economy" is ``economi``. Matched only against stems, ``runn*``
missed "running" and ``*economy*`` found nothing. A WordPattern matches the body's words as written (the
spelling list kept beside the body) and the index terms themselves, and searches the terms of both.
The words a fuzzy word or "Did you mean" finds within some edits of a word typed: ``fuzzywords``.
"""

from __future__ import annotations

import bisect
import re
from itertools import islice

from whoosh import query as wq

from .currencysigns import TERM_SIGNS
from .errors import InvalidQuery, as_typed
from .folding import fold
from .functionwordlists import FUNCTION_WORDS
from .hyphens import PAIR_JOINT, number_pair
from .patternforms import doubled_words, marked, without_exact_forms, without_language_exact_forms
from .schema import BODY, LANG, SCHEMA
from .startup import lazy_compile
from .stemming import cached_stem, stemmed_languages
from .termsfile import segment_terms
from .textanalysis import stem_english
from .tokenpatterns import ABBREVIATED_WORDS

LOOKUPS_ON_DISK = 100  # written words' stems looked up one by one on disk; more, in the field's terms read once

_PATTERN_TYPO = lazy_compile(r"[\w*?]*[*?][\w*?]*(?:\^[\d.]*)?~\S*")  # co*~, oil*~2, co*^3~2: a pattern with a typo mark


def check_pattern_typos(text: str) -> None:
    """Refuse a ``~`` after a pattern (``co*~``, ``oil*~2``), outside quotes: read as the pattern ``co*~`` or as
    ``oil*`` beside the word ``2``, it found nothing, and a typo would look like no news."""
    for unquoted in text.split('"')[::2]:
        match = _PATTERN_TYPO.search(unquoted) if "~" in unquoted else None
        if match:
            word = re.sub(r"~[^\s^]*", "", match.group())  # co*~2^3: co*^3
            raise InvalidQuery(f"a pattern cannot take a ~ as well: {as_typed(match.group())}",
                               hint=f"a ~ allows typos in a whole word (offcer~); a pattern already finds many "
                                    f"words: type {word} alone")


WRITTEN = SCHEMA[BODY].spelling_fieldname(BODY)  # Whoosh's spelling field for the body: its words, folded, not stemmed


class WordPattern(wq.Wildcard):
    """A ``*`` and ``?`` pattern over the words of a title or body field, as written and as indexed.

    It is scored as an OR of the words it matches (fastscore.py). ``expand_patterns`` gives it
    its ``terms`` once per search; without them each use (counting, matching, each segment) reads the lexicon again.
    """

    terms: tuple[bytes, ...] | None = None
    # term -> its macron spelling, for terms that double a long vowel (``patternforms.doubled_spellings``)
    doubled: dict[bytes, bytes] | None = None

    def normalize(self) -> wq.Query:
        query = super().normalize()
        return self if isinstance(query, wq.Prefix) else query  # a prefix is matched as written too

    def _btexts(self, ixreader):  # type: ignore[no-untyped-def]
        return self.terms if self.terms is not None else matching_terms(ixreader, self.fieldname, self.text)


def matching_terms(reader, fieldname: str, pattern: str, written: list[str] | None = None,  # type: ignore[no-untyped-def]
                   lexicons: Lexicons | None = None) -> tuple[bytes, ...]:
    """The terms of ``fieldname`` that ``pattern`` matches, or that the body words it matches (``written``) are indexed as."""
    terms = _matches(reader, fieldname, pattern, lexicons)
    # The terms in memory when the pattern was matched there, or read at once (one read, 0.4 s for 220,000 words)
    # when many are to be looked up: ``*ing``'s 4,500 stems, w*'s 200,000 had each been looked up on disk.
    words = written_words(reader, pattern, lexicons) if written is None else written
    held = lexicons.term_set(fieldname) if lexicons is not None and (
        lexicons.has_terms(fieldname) or len(words) > LOOKUPS_ON_DISK) else None
    # A written word's English stem only: a pattern is one OR of terms, which cannot keep another language's stem to
    # that language's articles (with German articles in the index, "market" of market* is German "mark", and had found
    # every English "marks"). Another language's stems that the pattern matches as they are (wahl* : wahl) are in.
    stem = cached_stem(stem_english)  # (shared: title:w* and w*, and the cut, stem the same 200,000 words)
    for word in words:
        term = stem(word).encode("utf-8")
        if term not in terms and (term in held if held is not None else (fieldname, term) in reader):
            terms.add(term)
    terms |= doubled_words(reader, fieldname, terms, words, held)  # maor*: "Maaori" too, as the word Maori finds it
    terms = without_exact_forms(terms)
    if any(marked(term) for term in terms):  # read at need: the index's languages (0.4 ms), for their exact forms
        terms = without_language_exact_forms(terms, index_languages(reader))
    return tuple(sorted(terms))


def index_languages(reader) -> tuple[str, ...]:  # type: ignore[no-untyped-def]
    """The languages with a stemmer of their own (``stemming``) that the index holds articles in: its ``lang`` values."""
    return stemmed_languages(reader.field_terms(LANG)) if LANG in reader.schema else ()


def listed_languages(reader) -> tuple[str, ...]:  # type: ignore[no-untyped-def]
    """The languages of the index's articles whose function words are listed (``FUNCTION_WORDS``, see
    ``functionterms``): the few ``lang`` values it holds."""
    return tuple(sorted(code for code in reader.field_terms(LANG) if code in FUNCTION_WORDS)) \
        if LANG in reader.schema else ()


def written_words(reader, pattern: str, lexicons: Lexicons | None = None) -> list[str]:  # type: ignore[no-untyped-def]
    """The body's words as written that ``pattern`` matches."""
    if WRITTEN not in reader.schema:
        return []
    words = [word.decode("utf-8") for word in _matches(reader, WRITTEN, pattern, lexicons)]
    return words + [word for word in abbreviated_words(pattern)
                    if word not in words and (WRITTEN, word.encode("utf-8")) in reader]


def abbreviated_words(pattern: str) -> list[str]:
    """The words the index writes for the abbreviations that ``pattern`` matches as written (``ABBREVIATED_WORDS``):
    ``dlr*`` matches the wire's "dlrs", held as "dollars", and ``ml*`` its "mln", held as "million"; never that
    word's other words ("dollarisation")."""
    wildcard = wq.Wildcard(WRITTEN, pattern)
    prefix = wildcard._find_prefix(pattern)
    if not any(abbreviation.startswith(prefix) for abbreviation in ABBREVIATED_WORDS):  # polic*: no more to do
        return []
    matches = re.compile(wildcard._get_pattern()).match
    return sorted({word for abbreviation, word in ABBREVIATED_WORDS.items() if matches(abbreviation)})


def _matches(reader, fieldname: str, pattern: str, lexicons: Lexicons | None = None) -> set[bytes]:  # type: ignore[no-untyped-def]
    """The terms of ``fieldname`` that ``pattern`` matches, segment by segment (faster than one merged lexicon);
    a pattern with no letters before its first ``*`` or ``?`` is matched against the ``lexicons`` kept in memory."""
    wildcard = wq.Wildcard(fieldname, pattern)
    found: set[bytes] = set()
    prefix = wildcard._find_prefix(pattern)
    if lexicons is None or (prefix and not _opens_many(reader, fieldname, prefix)):
        for segment, _offset in reader.leaf_readers():  # letters first: Whoosh reads only the words they open
            found.update(wildcard._btexts(segment))
        return _without_other_forms(found, prefix)
    matches, from_bytes = re.compile(wildcard._get_pattern()).match, reader.schema[fieldname].from_bytes
    start = prefix.encode("utf-8")
    for words in lexicons.terms(fieldname):  # as Whoosh's _btexts, over the list (from the prefix's place in it)
        first = bisect.bisect_left(words, start)
        last = bisect.bisect_left(words, start + b"\xff", first) if start else len(words)
        found.update(word for word in words[first:last] if matches(from_bytes(word)))
    return _without_other_forms(found, prefix)


def _without_other_forms(terms: set[bytes], prefix: str) -> set[bytes]:
    """``terms`` (a pattern's, opening with ``prefix``) but a number's other forms, which no word is: its term after a
    currency sign ("$50", the real's "r$50": ``currencysigns``; ``?50`` had found "$50m", ``r*`` "R$50") and a
    number pair's ("1-0": ``hyphens.solid_words``; ``1*`` is the words that open with 1, not a score's; ``1-0*``,
    whose prefix is a pair's, is the pairs it opens)."""
    signs = prefix[:1] in _SIGNED_PREFIXES
    pairs = (not prefix or prefix[0].isdigit()) and PAIR_JOINT not in prefix
    if not signs and not pairs:
        return terms
    return {term for term in terms if not (signs and term.startswith(_SIGN_BYTES))
            and not (pairs and _PAIR_BYTE in term and number_pair(term.decode("utf-8")))}  # one pass: *e* has many


_SIGN_BYTES = tuple(sign.encode("utf-8") for sign in TERM_SIGNS)
_SIGNED_PREFIXES = ("", *(sign[:1] for sign in TERM_SIGNS))  # a pattern's prefix a sign's term may open with
_PAIR_BYTE = PAIR_JOINT.encode("utf-8")


PREFIX_KEYS_ON_DISK = 2_000  # words a prefix opens that Whoosh reads key by key; more, in the word list read at once


def _opens_many(reader, fieldname: str, prefix: str) -> bool:  # type: ignore[no-untyped-def]
    """Whether over PREFIX_KEYS_ON_DISK words of ``fieldname`` open with ``prefix`` in some segment: ``w*`` opens
    200,000 words of a made-up 2 MB article, which Whoosh had read a seek and two reads each (8 s)."""
    return any(next(islice(segment.expand_prefix(fieldname, prefix), PREFIX_KEYS_ON_DISK, None), None) is not None
               for segment, _offset in reader.leaf_readers() if fieldname in segment.schema)


class Lexicons:
    """The words of an index's fields, each segment's list read from disk once and then kept: an open index
    handle's (a snapshot, so they cannot change), for the patterns opening with ``*`` or ``?`` and the fuzzy
    words and "Did you mean" of its queries. Each list is read in one piece (``segment_terms``): Whoosh reads it
    key by key, 0.3-0.4 s for Reuters' 91,000 body words."""

    def __init__(self, reader) -> None:  # type: ignore[no-untyped-def]
        self.reader = reader
        self._terms: dict[str, list[list[bytes]]] = {}
        self._sets: dict[str, frozenset[bytes]] = {}
        self._written: list[list[str]] | None = None

    def terms(self, fieldname: str) -> list[list[bytes]]:
        """Each segment's terms of ``fieldname``, sorted."""
        if fieldname not in self._terms:
            self._terms[fieldname] = [segment_terms(segment, fieldname) if fieldname in segment.schema else []
                                      for segment, _offset in self.reader.leaf_readers()]
        return self._terms[fieldname]

    def has_terms(self, fieldname: str) -> bool:
        """Whether the terms of ``fieldname`` are in memory already."""
        return fieldname in self._terms

    def term_set(self, fieldname: str) -> frozenset[bytes]:
        """Every segment's terms of ``fieldname`` in one set (a deleted article's too, as Whoosh's ``in``), made once."""
        if fieldname not in self._sets:
            self._sets[fieldname] = frozenset(term for terms in self.terms(fieldname) for term in terms)
        return self._sets[fieldname]

    def has_written(self) -> bool:
        """Whether the body words as written are in memory already."""
        return self._written is not None

    def written(self) -> list[list[str]]:
        """Each segment's body words as written (``fuzzywords.written_lexicons``)."""
        if self._written is None:
            self._written = [[word.decode("utf-8") for word in words] for words in self.terms(WRITTEN)]
        return self._written


def written_pattern(text: str) -> str:
    """A pattern as typed, in the form of the words it is matched against: lower case, accents folded."""
    return fold(text.lower())
