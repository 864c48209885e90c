"""Whether and where one word of a text matches a query's terms, as snippets mark it (``wordspans``).

A word may match as its index term, its other acronym form ("MPs" for ``mps``), a word inside it ("État" in "l'État"),
its name written solid ("O'Brien" for ``obrien``) or its umlauts written out ("Müller" for ``mueller``). How a word
may read is the same for every query and cached; the verdicts against one query's terms are kept for all its hits.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from functools import lru_cache

from .acronymterms import acronym_other_form
from .apostrophes import solid_name
from .folding import double_vowels
from .gluedamounts import SCALE_ENDS, glued_number
from .innerwords import inner_words, kept_amount
from .textanalysis import compound_term

STOPWORD = (0, 0, "")  # a word's verdict: a stopword (unless inside a hyphenated word)
Verdict = tuple[int, int, str] | None  # where in a word its match is, and its key; None for no match


class Judged:
    """The verdicts of the words judged so far against one query's terms, and the words among them that match."""

    def __init__(self, term_of: Callable[[str], str | None], terms: Callable[[str], bool]) -> None:
        self.term_of, self.terms = term_of, terms
        self.verdicts: dict[str, Verdict] = {}
        self.matching: set[str] = set()

    def judge(self, word: str) -> Verdict:
        """``word``'s verdict, kept."""
        verdict = self.verdicts[word] = word_verdict(word, self.term_of, self.terms)
        if verdict is not None and verdict is not STOPWORD:
            self.matching.add(word)
        return verdict

    def judge_all(self, words: Iterable[str]) -> None:
        """Each of ``words``' verdict, kept: ``judge`` in one loop, without its two calls a word (an article's
        hundreds of words new to a query were most of a snippet's time)."""
        verdicts, matching, term_of, terms = self.verdicts, self.matching, self.term_of, self.terms
        for word in words:
            readings = word_readings(word, term_of)
            if readings is None:
                verdicts[word] = STOPWORD
                continue
            for reading in readings:
                if terms(reading[2]):
                    verdicts[word] = reading
                    matching.add(word)
                    break
            else:
                verdicts[word] = None

    def matching_among(self, words: set[str]) -> set[str]:
        """The ``words`` that match, their verdicts kept: ``judge_all`` of those not judged yet, then ``matching``'s.

        When the query's terms are a set and ``term_of`` one kept across queries (a cached function), the words are
        looked up by the terms they read as (``_read_words``) rather than judged one by one: a hit's hundreds of words
        new to a query but read before by the process, as most are, cost no step of Python each (their loop in
        ``judge_all`` had been a sixth of a snippet's spans)."""
        terms = getattr(self.terms, "__self__", None)
        # judged one by one: a term_of made for one hit (no cache of its own, as ``wordterms.marked_terms_in``'s in a
        # language of its own) would keep its words for nothing; and so many terms that to look up each costs more
        if (not isinstance(terms, (set, frozenset)) or not hasattr(self.term_of, "cache_info")
                or len(terms) > len(words)):
            self.judge_all(words.difference(self.verdicts))
            return words & self.matching
        read = _read_words(self.term_of)
        for word in words.difference(read.words):  # new to the process: read once
            read.add(word, word_readings(word, self.term_of))
        found: set[str] = set()
        for term in terms:
            holders = read.by_term.get(term)
            if holders:
                found |= words & holders
        for word in found.difference(self.verdicts):
            self.judge(word)
        return found


class ReadWords:
    """Words read (``word_readings``) by one ``term_of``, and the words each term is a reading of: whatever the query,
    a word matches when one of its readings' terms is the query's."""

    def __init__(self) -> None:
        self.words: set[str] = set()
        self.by_term: dict[str, set[str]] = {}

    def add(self, word: str, readings: tuple[tuple[int, int, str], ...] | None) -> None:
        """``word`` read: under each of its readings' terms first, so that a word among ``words`` is under all."""
        for _, _, term in readings or ():
            self.by_term.setdefault(term, set()).add(word)
        self.words.add(word)


MAX_READ_WORDS = 65_536  # words kept by ``_read_words``, as ``word_readings`` caches; then it starts anew


def _read_words(term_of: Callable[[str], str | None]) -> ReadWords:
    """The words read by ``term_of`` so far (a new ``ReadWords`` once they are more than MAX_READ_WORDS: a caller
    holding the old one goes on with it, whole)."""
    read = _READ.get(term_of)
    if read is None or len(read.words) > MAX_READ_WORDS:
        read = _READ[term_of] = ReadWords()
    return read


_READ: dict[Callable[[str], str | None], ReadWords] = {}


@lru_cache(maxsize=2)  # a search's (and one beside it in another thread): each holds the words its hits' texts had
def judged_words(term_of: Callable[[str], str | None], terms: Callable[[str], bool]) -> Judged:
    """The words judged against ``terms`` (a query's, by identity: a bound ``__contains__``), shared by every snippet
    of its hits: a text's words are judged only where no text before had them, and only the matching words are
    looked for, by set operations in C (10,000 Reuters hits had each judged every distinct word of their article,
    most of ``query --csv -n 10000``'s time). The key holds ``terms``, so no other query can take its identity."""
    return Judged(term_of, terms)


def word_verdict(word: str, term_of: Callable[[str], str | None], terms: Callable[[str], bool]) -> Verdict:
    """Whether and where ``word`` matches: its term, a word inside it ("État" in "l'État"), or its umlauts
    written out; ``STOPWORD`` for a stopword."""
    readings = word_readings(word, term_of)
    if readings is None:
        return STOPWORD
    return next((reading for reading in readings if terms(reading[2])), None)


@lru_cache(maxsize=65536)
def word_readings(word: str, term_of: Callable[[str], str | None]) -> tuple[tuple[int, int, str], ...] | None:
    """Every term ``word`` may match as, with where in it, in the order ``word_verdict`` tries them; None for a
    stopword. Whatever the query, a word reads the same: only which reading matches depends on it."""
    term = term_of(word)
    if term is None:
        return None
    readings = [(len(word) - len(word.lstrip()), len(word), term)]  # " pct" (tokenpatterns._PERCENT) marked from its p
    other = acronym_other_form(word.lower(), term)  # "MPs" for ``mps``, "Ph.D" for ``ph.d``
    if other is not None:
        readings.append((0, len(word), other))
    for first, last in inner_words(word):  # "État" in "l'État", "Amazon" in "Amazon.com"
        inner = word[first:last].lower() if kept_amount(word[first:last]) else term_of(word[first:last])
        if inner is not None:
            readings.append((first, last, inner))
    name = solid_name(word) if "'" in word or "’" in word else None  # "O'Brien" for ``obrien``, marked whole
    if name is not None and (solid := term_of(name)) is not None:
        readings.append((0, len(word), solid))
    # "£1.2bn" for ``1.2``: its number is a token of its own at index time, but a snippet marks the amount whole
    number = glued_number(word) if word[-1:] in SCALE_ENDS else None
    if number is not None and (value := term_of(number)) is not None:
        readings.append((0, len(word), value))
    written = written_out_term(word)  # "Müller" for ``mueller``
    if written is not None:
        readings.append((0, len(word), written))
    return tuple(readings)


def written_out_term(word: str) -> str | None:
    """The term of ``word`` with its umlauts or macrons written out (``Müller``: mueller), or None if it has none."""
    if word.isascii():
        return None
    written = double_vowels(word.lower())
    return compound_term(written) if written != word.lower() else None
