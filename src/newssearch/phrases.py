"""Phrases word for word, stopwords too: "Bank of England", "Theresa May", "Take That".

The index holds every word (``NewsStopFilter`` drops stopwords from queries only), so a phrase keeps
the stopwords typed in it: "bank of england" finds "Bank of England", not "the bank, England", and
"united states" does not match "unit by state-owned". Proximity counts words as Lucene does:
``"a b"~N`` allows N words between (in this order), ``~0`` is the exact phrase.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterable

from whoosh import query as wq
from whoosh.qparser import PhrasePlugin
from whoosh.qparser.common import attach

from . import config
from .ampersands import joiner_spellings
from .apostrophes import solid_name
from .currencysigns import european_number
from .decimalcommas import bare_decimal_joins
from .dotwords import dotted_chain
from .folding import double_vowels
from .hyphens import hyphen_links, number_pair, solid_spellings
from .initialisms import initialism_chain
from .numberwords import number_readings
from .patternphrases import PATTERN_CHARS, pattern_sequence
from .schema import SEARCH_FIELDS
from .textanalysis import TEXT_ANALYZER, analyze
from .tokenpatterns import NAME_RE, token_pattern_for
from .unspaced import has_unspaced


class NewsPhrase(wq.Phrase):
    """Whoosh's Phrase; one word is a Term that keeps the phrase's boost (Whoosh's drops it)."""

    def normalize(self) -> wq.Query:
        if len(self.words) != 1:
            return super().normalize()
        term = wq.Term(self.fieldname, self.words[0], boost=self.boost)
        if self.char_ranges:
            term.startchar, term.endchar = self.char_ranges[0]
        return term


class AmountPhrase(wq.Phrase):
    """An amount's number (and scale) and its currency's word, a word or two apart at most ("50 mln dlrs", "50 mln
    U.S. dlrs": ``currencyamounts``): matched as Whoosh's Phrase, marked whole as one amount (``highlights``)."""


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


def solid_chains(text: str, tokens: list, pairs_only: bool = False, pairs: bool = True) -> list:  # type: ignore[type-arg]
    """A phrase's tokens with each hyphenated word as the one term of the word written solid, and each number pair's
    first number as the pair's term ("1-0" "0": the index holds it there, so that the pair is the one written, never
    a 1 and a 0 of two pairs, wherever it stands in the phrase); ``pairs_only``: the number pairs alone; ``pairs``
    False: no number pair, for a field whose index holds none (an address, a name: only the title and the body do).

    The index holds "e-mail" as "email" too, at its first and its last part's places, so the phrase
    "email address" finds "email address" and "e-mail address" alike. Inside a phrase ("a take-over fee")
    the solid word cannot stand for both parts, so the parser searches this phrase or the one as written.
    """
    spans = [(token.startchar, token.endchar) for token in tokens]
    links = hyphen_links(text, spans) if len(tokens) > 1 and not has_unspaced(text) else []
    if not links:
        return tokens
    solid = solid_spellings(text, spans, links)
    kept = []
    at = 0
    while at < len(tokens):
        last, word = solid.get(at, (at, ""))
        if pairs and number_pair(word):  # "1-0" at its first number's place, its other numbers after it, as written
            joined = tokens[at]
            joined.text = word
            kept += [joined, *tokens[at + 1 : last + 1]]
            at = last + 1
            continue
        terms = analyze(word) if word and not pairs_only and not number_pair(word) else []
        if len(terms) == 1:
            joined = tokens[at]
            joined.text, joined.endchar = terms[0], tokens[last].endchar
            kept.append(joined)
            at = last + 1
        else:
            kept.append(tokens[at])
            at += 1
    return kept


def decimal_chains(text: str, tokens: list) -> list | None:  # type: ignore[type-arg]
    """A typed phrase's (or word's) tokens with each number typed with a decimal comma and no currency ("1,50": 1 and
    50) as the one term of its decimal (1.50), as the index holds "€1,50", "1,50 €" and "€1.50"; None when it types
    none. Either reading may be meant: a bare text's "1,50" is two numbers (``decimalcommas``), so the parser searches
    this phrase or the one as written."""
    joins = bare_decimal_joins(text, [(token.startchar, token.endchar) for token in tokens])
    kept = list(tokens)
    for at in reversed(joins):
        terms = analyze(european_number(text[tokens[at].startchar:tokens[at + 1].endchar]))
        if len(terms) == 1:
            joined = tokens[at].copy()
            joined.text, joined.endchar = terms[0], tokens[at + 1].endchar
            kept[at : at + 2] = [joined]
    return kept if len(kept) < len(tokens) else None


_MARKED_WORD = NAME_RE  # a word with its marks: the name analyzer's pattern, compiled once, on first use


def written_out(text: str) -> str:
    """``text`` with each word that has an umlaut or a macron written out: "Thomas Müller" -> "Thomas mueller".

    The index holds such a word written out too (``double_vowels``) but not the written-out spelling's
    folded one, so the phrase "Thomas Müller" (thomas muller) missed "Thomas Mueller"; the phrase with the
    word written out finds both. Other words keep their case ("US" stays the acronym).
    """
    if text.isascii():
        return text
    return _MARKED_WORD.sub(lambda m: doubled if (doubled := double_vowels(m.group().lower())) != m.group().lower()
                            else m.group(), text)


MAX_MIXED_WORDS = 3  # marked words of a phrase whose every mix of spellings is searched (2 ** 3 phrases at most)


def spellings(text: str) -> list[str]:
    """``text`` as typed and with its marked words written out, each word either way ("Māori Waitematā": also
    "maaori Waitematā", "Māori waitemataa", "maaori waitemataa"), as articles mix the styles ("Maaori Waitemata");
    with more than MAX_MIXED_WORDS marked words, only all of them one way or the other."""
    if text.isascii():
        return [text]
    marked = [m for m in _MARKED_WORD.finditer(text) if double_vowels(m.group().lower()) != m.group().lower()]
    if not marked or len(marked) > MAX_MIXED_WORDS:
        return list(dict.fromkeys([text, written_out(text)]))
    found = []
    for choice in itertools.product((False, True), repeat=len(marked)):
        spelled, at = [], 0
        for match, doubled in zip(marked, choice):
            spelled += [text[at:match.start()], double_vowels(match.group().lower()) if doubled else match.group()]
            at = match.end()
        found.append("".join(spelled) + text[at:])
    return found


def with_solid_names(texts: list[str]) -> list[str]:
    """``texts`` (a phrase's spellings), each followed by itself with its names written solid when it has any:
    "Jane O'Brien", "Jane OBrien". The index holds "O'Brien" solid too (``apostrophes.solid_name``), so the second
    finds "Jane O'Brien" and "Jane OBrien" alike, at any place in the phrase; the first, a name written in lower
    case ("o'brien")."""
    if "'" not in "".join(texts) and "’" not in "".join(texts):
        return texts
    found = []
    for text in texts:
        found.append(text)
        solid = token_pattern_for(text).sub(lambda m: solid_name(m.group(), typed=True) or m.group(), text)
        if solid != text and solid not in found:
            found.append(solid)
    return found


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
            if PATTERN_CHARS.search(self.text):
                return attach(pattern_sequence(field, fieldname, self.text, self.slop, self.boost), self)
            phrases: list[NewsPhrase] = []
            worded: list[NewsPhrase] = []  # its number words before a scale as typed (``number_readings``)
            typed = joiner_spellings(self.text, proximity=self.slop > 1)  # "Fisher & Paykel", "Fisher and Paykel"
            for text in with_solid_names([text for each in typed for text in spellings(each)]):  # "Thomas mueller"
                found, as_typed = self._phrases(field, fieldname, text)
                phrases += [phrase for phrase in found if phrase not in phrases]
                worded += [phrase for phrase in as_typed if phrase not in worded]
            query = phrases[0] if len(phrases) == 1 else wq.DisjunctionMax(phrases)
            if worded:  # "four mln": "four" as typed found too, and ranked above "£4m"'s 4, a shorter text's
                query = wq.Or([query, worded[0] if len(worded) == 1 else wq.DisjunctionMax(worded)])
            return attach(query, self)

        def _phrases(self, field, fieldname: str,  # type: ignore[no-untyped-def]
                     text: str) -> tuple[list[NewsPhrase], list[NewsPhrase]]:
            """The phrases of ``text``, and those of it with its number words before a scale as typed (none when it
            types none): each number word is its digits in the first (``"four mln tonnes"``: 4 million tonn, which
            finds "4 mln tonnes" and "four million tonnes"), and a mix of digits and words for two or three of them;
            as typed in the second, which finds the word where no scale follows it in the text ("five"~3 "Million",
            "twenty-five million") and ranks the words typed above their digits' other spellings ("£4m") by
            EXACT_FORM_BOOST, as a word typed with its marks ranks that spelling first (``number_readings``)."""
            tokens = [t.copy() for t in field.tokenize(text, mode="query", chars=True, removestops=False)]
            if fieldname not in SEARCH_FIELDS:
                return self._readings(fieldname, text, tokens, self.boost), []
            # "S&P 500": s&p p 500, either reading, never "S, P 500" (``initialisms``); ".NET framework": .net framework
            tokens = dotted_chain(text, initialism_chain(text, tokens))
            readings = number_readings(text, tokens)
            if len(readings) == 1:
                return self._readings(fieldname, text, tokens, self.boost), []
            return ([phrase for reading in readings[:-1] for phrase in self._readings(fieldname, text, reading,
                                                                                       self.boost)],
                    self._readings(fieldname, text, readings[-1], self.boost * config.EXACT_FORM_BOOST))

        def _readings(self, fieldname: str, text: str, tokens: list,  # type: ignore[type-arg]
                      boost: float) -> list[NewsPhrase]:
            """The phrases of ``text``'s analysed ``tokens``: with a hyphenated word, solid and as written; with a
            number typed with a decimal comma, each of those with it the decimal too (``decimal_chains``)."""
            written = [t.copy() for t in tokens]
            pairs = fieldname in SEARCH_FIELDS  # url:2004/05, source:"24/7 Wall St": their numbers, as indexed
            chained = solid_chains(text, tokens, pairs=pairs)
            written = solid_chains(text, written, pairs_only=True) if pairs else written  # a score, "1-0", as a pair
            readings = [chained, written] if len(chained) < len(written) else [chained]  # hyphenated: solid, as written
            if fieldname in SEARCH_FIELDS and "," in text:
                readings += [joined for reading in readings if (joined := decimal_chains(text, reading))]
            return [phrase_of(fieldname, reading, self.slop, boost, self.textstartchar) for reading in readings]

    class PhraseTagger(PhrasePlugin.PhraseTagger):
        def create(self, parser, match):  # type: ignore[no-untyped-def]
            between = match.group("slop")
            slop = int(between) + 1 if between else 1  # Whoosh's slop is the distance: 1 is side by side
            return StopwordPhrasePlugin.PhraseNode(match.group("text"), match.start("text"), slop)

    def __init__(self) -> None:
        super().__init__(expr=r'"(?P<text>.*?)"(~(?P<slop>[0-9]+))?')

    def taggers(self, parser):  # type: ignore[no-untyped-def]
        return [(self.PhraseTagger(self.expr), 0)]
