"""Phrases that keep the places of the stopwords between their words.

The index drops stopwords but keeps every word's place in the text, as Lucene does: "Bank of England"
is ``bank`` at 0 and ``england`` at 2. A phrase is its words and the distance from each to the next
(``gaps``), so "bank of england" matches "Bank of England" but not "bank, England", and "united states"
does not match "unit by state-owned".
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from itertools import pairwise

from whoosh import matching
from whoosh import query as wq
from whoosh.qparser import PhrasePlugin
from whoosh.qparser.common import attach
from whoosh.query.spans import SpanNear2, bisect_spans

from .textanalysis import TEXT_ANALYZER


class GappedPhrase(wq.Phrase):
    """Whoosh's Phrase whose words stand ``gaps`` places apart (1: side by side), ``slop`` - 1 more at most.

    With every gap 1 it is Whoosh's Phrase: ``"a b"`` side by side, ``"a b"~5`` at most 5 places apart.
    """

    def __init__(self, fieldname: str, words: list[str], slop: int = 1, boost: float = 1.0,
                 char_ranges: list[tuple[int, int]] | None = None, gaps: Sequence[int] | None = None) -> None:
        super().__init__(fieldname, words, slop=slop, boost=boost, char_ranges=char_ranges)
        self.gaps = tuple(gaps) if gaps is not None else (1,) * max(0, len(words) - 1)
        if len(self.gaps) != max(0, len(words) - 1) or any(gap < 1 for gap in self.gaps):
            raise ValueError(f"a phrase of {len(words)} words needs {max(0, len(words) - 1)} gaps of 1 or more")

    def __eq__(self, other: object) -> bool:
        return bool(super().__eq__(other)) and self.gaps == other.gaps  # type: ignore[attr-defined]

    def __hash__(self) -> int:
        return super().__hash__() ^ hash(self.gaps)

    def __repr__(self) -> str:
        return f"{super().__repr__()[:-1]}, gaps={self.gaps!r})"

    def pattern(self) -> tuple[str | None, ...]:
        """The phrase place by place: its words, None where any word may stand ("bank", None, "england")."""
        places: list[str | None] = [self.words[0]] if self.words else []
        for gap, word in zip(self.gaps, self.words[1:]):
            places += [None] * (gap - 1) + [word]
        return tuple(places)

    def normalize(self) -> wq.Query:
        if not self.words:
            return wq.NullQuery
        if len(self.words) == 1:  # one Term, keeping the boost (Whoosh's Phrase drops it)
            term = wq.Term(self.fieldname, self.words[0], boost=self.boost)
            if self.char_ranges:
                term.startchar, term.endchar = self.char_ranges[0]
            return term
        return self

    def matcher(self, searcher, context=None):  # type: ignore[no-untyped-def]
        if all(gap == 1 for gap in self.gaps):
            return super().matcher(searcher, context)
        if self.fieldname not in searcher.schema:
            return matching.NullMatcher()
        field = searcher.schema[self.fieldname]
        if not field.format or not field.format.supports("positions"):
            raise wq.QueryError(f"Phrase search: {self.fieldname!r} field has no positions")
        reader = searcher.reader()
        terms = []
        for word in self.words:
            try:
                text = field.to_bytes(word)
            except ValueError:
                return matching.NullMatcher()
            if (self.fieldname, text) not in reader:
                return matching.NullMatcher()  # a word no article has: no article has the phrase
            terms.append(wq.Term(self.fieldname, text))
        near = _GappedNear(terms, self.gaps, self.slop).matcher(searcher, context)
        return matching.WrappingMatcher(near, boost=self.boost) if self.boost != 1.0 else near


class _GappedNear(SpanNear2):
    """Words in order, each ``gap`` to ``gap + slop - 1`` places after the one before."""

    def __init__(self, qs: list[wq.Query], gaps: tuple[int, ...], slop: int) -> None:
        super().__init__(qs, slop=slop, ordered=True, mindist=1)
        self.gaps = gaps

    def matcher(self, searcher, context=None):  # type: ignore[no-untyped-def]
        return _GappedNearMatcher([q.matcher(searcher, context) for q in self.qs], self.gaps, self.slop)


class _GappedNearMatcher(SpanNear2.SpanNear2Matcher):
    def __init__(self, ms: list, gaps: tuple[int, ...], slop: int) -> None:  # type: ignore[type-arg]
        self.gaps = gaps  # set first: the parent's __init__ looks for the first match
        super().__init__(ms, slop=slop, ordered=True, mindist=1)

    def copy(self):  # type: ignore[no-untyped-def]
        return self.__class__([m.copy() for m in self.ms], self.gaps, self.slop)

    def _get_spans(self):  # type: ignore[no-untyped-def]
        spans = self.ms[0].spans()
        for m, gap in zip(self.ms[1:], self.gaps):
            if not spans:
                return []
            nearest, farthest = gap, gap + self.slop - 1
            following = m.spans()
            joined = set()
            for span in spans:
                j = bisect_spans(following, span.end + nearest)
                while j < len(following) and following[j].start <= span.end + farthest:
                    joined.add(span.to(following[j]))
                    j += 1
            spans = sorted(joined)
        return spans


def phrase_of(fieldname: str, tokens: Iterable, slop: int = 1, boost: float = 1.0,  # type: ignore[type-arg]
              startchar: int | None = None) -> GappedPhrase:
    """The phrase of analysed ``tokens`` (with positions; with chars when ``startchar`` is given).

    Its ``normalize()`` makes one word a Term and none nothing.
    """
    words: list[str] = []
    places: list[int] = []
    char_ranges: list[tuple[int, int]] = []
    for t in tokens:
        words.append(t.text)
        places.append(t.pos)
        if startchar is not None:
            char_ranges.append((startchar + t.startchar, startchar + t.endchar))
    gaps = [later - earlier for earlier, later in pairwise(places)]
    return GappedPhrase(fieldname, words, slop=slop, boost=boost, char_ranges=char_ranges or None, gaps=gaps)


def text_phrase(fieldname: str, text: str, boost: float = 1.0, analyzer=TEXT_ANALYZER) -> GappedPhrase:  # type: ignore[no-untyped-def]
    """The phrase ``text`` makes when searched in a field that ``analyzer`` indexes."""
    return phrase_of(fieldname, analyzer(text, mode="query", positions=True), boost=boost)


class GappedPhrasePlugin(PhrasePlugin):
    """Whoosh's phrase syntax (``"a b"``, ``"a b"~5``) making GappedPhrase queries."""

    class PhraseNode(PhrasePlugin.PhraseNode):
        def query(self, parser):  # type: ignore[no-untyped-def]
            fieldname = self.fieldname or parser.fieldname
            field = parser.schema[fieldname] if parser.schema and fieldname in parser.schema else None
            if field is None or not field.analyzer:
                return super().query(parser)
            tokens = field.tokenize(self.text, mode="query", chars=True, positions=True)
            return attach(phrase_of(fieldname, tokens, self.slop, self.boost, self.textstartchar), self)

    class PhraseTagger(PhrasePlugin.PhraseTagger):
        def create(self, parser, match):  # type: ignore[no-untyped-def]
            slop = match.group("slop")
            return GappedPhrasePlugin.PhraseNode(match.group("text"), match.start("text"), int(slop) if slop else 1)

    def taggers(self, parser):  # type: ignore[no-untyped-def]
        return [(self.PhraseTagger(self.expr), 0)]
