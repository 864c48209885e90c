"""Phrases word for word, stopwords too: "Bank of England", "Theresa May", "Take That".

The index holds every word (``NewsStopFilter`` drops stopwords from queries only), so a phrase keeps
the stopwords typed in it: "bank of england" finds "Bank of England", not "the bank, England", and
"united states" does not match "unit by state-owned". Proximity counts words as Lucene does:
``"a b"~N`` allows N words between (in this order), ``~0`` is the exact phrase.
"""

from __future__ import annotations

from collections.abc import Iterable

from whoosh import query as wq
from whoosh.qparser import PhrasePlugin
from whoosh.qparser.common import attach

from .textanalysis import TEXT_ANALYZER


class NewsPhrase(wq.Phrase):
    """Whoosh's Phrase; one word is a Term that keeps the phrase's boost (Whoosh's drops it)."""

    def normalize(self) -> wq.Query:
        if len(self.words) != 1:
            return super().normalize()
        term = wq.Term(self.fieldname, self.words[0], boost=self.boost)
        if self.char_ranges:
            term.startchar, term.endchar = self.char_ranges[0]
        return term


def phrase_of(fieldname: str, tokens: Iterable, slop: int = 1, boost: float = 1.0,  # type: ignore[type-arg]
              startchar: int | None = None) -> NewsPhrase:
    """The phrase of analysed ``tokens`` (with chars when ``startchar`` is given); Whoosh's ``slop``: 1 is exact."""
    words: list[str] = []
    char_ranges: list[tuple[int, int]] = []
    for t in tokens:
        words.append(t.text)
        if startchar is not None:
            char_ranges.append((startchar + t.startchar, startchar + t.endchar))
    return NewsPhrase(fieldname, words, slop=slop, boost=boost, char_ranges=char_ranges or None)


def text_phrase(fieldname: str, text: str, boost: float = 1.0, analyzer=TEXT_ANALYZER) -> NewsPhrase:  # type: ignore[no-untyped-def]
    """The phrase ``text`` makes, its stopwords kept, in a field that ``analyzer`` indexes."""
    return phrase_of(fieldname, analyzer(text, mode="query", removestops=False), boost=boost)


class StopwordPhrasePlugin(PhrasePlugin):
    """Whoosh's phrase syntax keeping the phrase's stopwords, with Lucene's proximity: ``~N`` allows N words between."""

    class PhraseNode(PhrasePlugin.PhraseNode):
        def query(self, parser):  # type: ignore[no-untyped-def]
            fieldname = self.fieldname or parser.fieldname
            field = parser.schema[fieldname] if parser.schema and fieldname in parser.schema else None
            if field is None or not field.analyzer:
                return super().query(parser)
            tokens = field.tokenize(self.text, mode="query", chars=True, removestops=False)
            return attach(phrase_of(fieldname, tokens, self.slop, self.boost, self.textstartchar), self)

    class PhraseTagger(PhrasePlugin.PhraseTagger):
        def create(self, parser, match):  # type: ignore[no-untyped-def]
            between = match.group("slop")
            slop = int(between) + 1 if between else 1  # Whoosh's slop is the distance: 1 is side by side
            return StopwordPhrasePlugin.PhraseNode(match.group("text"), match.start("text"), slop)

    def __init__(self) -> None:
        super().__init__(expr=r'"(?P<text>.*?)"(~(?P<slop>[0-9]+))?')

    def taggers(self, parser):  # type: ignore[no-untyped-def]
        return [(self.PhraseTagger(self.expr), 0)]
