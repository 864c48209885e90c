"""Phrases word for word, stopwords too: "Bank of England", "Theresa May", "Take That".

The index holds every word (``NewsStopFilter`` drops stopwords from queries only), so a phrase keeps
the stopwords typed in it: "bank of england" finds "Bank of England", not "the bank, England", and
"united states" does not match "unit by state-owned". Proximity counts words as Lucene does:
``"a b"~N`` allows N words between (in this order), ``~0`` is the exact phrase.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterable
from functools import cache

from whoosh import query as wq
from whoosh.matching.wrappers import WrappingMatcher
from whoosh.qparser import PhrasePlugin
from whoosh.qparser.common import attach
from whoosh.query.spans import SpanNear, SpanWrappingMatcher

from .apostrophes import solid_name
from .errors import InvalidQuery, as_typed
from .folding import double_vowels
from .hyphens import hyphen_links, solid_words
from .marks import MARKS
from .patterns import WordPattern, written_pattern
from .placedfilters import words_placed
from .textanalysis import TEXT_ANALYZER, analyze
from .tokenpatterns import TOKEN_RE, plain_word
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


class NewsSequence(wq.Sequence):
    """Whoosh's Sequence (words in order, each a query of its own) that keeps its slop when rewritten, with
    ``gaps``: how many free words (a lone ``*`` or ``?`` in quotes) stand before each part.

    Whoosh's ``apply`` makes a new Sequence with the default slop, so ``"bank of eng*"~3`` became exact.
    A gap counts as a word of the sequence: in ``"bank * england"`` england is the second word after bank,
    and within ``"a * b"~N`` each word stands 1 to N+1 places after the one before, the free word too.
    """

    def __init__(self, subqueries, slop=1, ordered=True, boost=1.0, gaps=None):  # type: ignore[no-untyped-def]
        super().__init__(subqueries, slop=slop, ordered=ordered, boost=boost)
        self.gaps: tuple[int, ...] | None = tuple(gaps) if gaps and any(gaps) else None

    def apply(self, fn):  # type: ignore[no-untyped-def]
        return self.__class__([fn(q) for q in self.subqueries], slop=self.slop, ordered=self.ordered, boost=self.boost,
                              gaps=self.gaps)

    def normalize(self) -> wq.Query:
        return self.apply(lambda part: part.normalize())

    def __eq__(self, other: object) -> bool:
        return super().__eq__(other) and self.gaps == getattr(other, "gaps", None)

    def __hash__(self) -> int:
        return super().__hash__() ^ hash(self.gaps)

    def __repr__(self) -> str:
        return super().__repr__() if not self.gaps else f"{super().__repr__()[:-1]}, gaps={self.gaps})"

    def __str__(self) -> str:
        if not self.gaps:
            return super().__str__()
        words = []
        for part, gap in zip(self.subqueries, self.gaps):
            words += ["*"] * gap + [str(part)]
        return f"({self.JOINT.join(words)})"

    def matcher(self, searcher, context=None):  # type: ignore[no-untyped-def]
        placed = [words_placed(part) for part in self.subqueries]
        if any(new is not old for new, old in zip(placed, self.subqueries)):
            return self.__class__(placed, slop=self.slop, ordered=self.ordered, boost=self.boost,
                                  gaps=self.gaps).matcher(searcher, context)
        if not self.gaps or not self.subqueries:
            return super().matcher(searcher, context)
        context = (context or searcher.context()).set(needs_current=True)
        subs = [part.matcher(searcher, context) for part in self.subqueries]
        found, step = subs[0], self.slop
        for gap, following in zip(self.gaps[1:], subs[1:]):  # each part after the run so far, past its free words
            found = SpanNear.SpanNearMatcher(found, following, slop=(gap + 1) * step, mindist=gap + 1)
        if self.gaps[0]:
            found = AfterWords(found, self.gaps[0])
        return found if self.boost == 1.0 else WrappingMatcher(found, self.boost)


class AfterWords(SpanWrappingMatcher):
    """The spans of a sequence with at least ``lead`` words of its field before it (``"* of england"``)."""

    def __init__(self, child, lead: int) -> None:  # type: ignore[no-untyped-def]
        self.lead = lead
        super().__init__(child)

    def copy(self) -> AfterWords:
        return self.__class__(self.child.copy(), self.lead)

    def _replacement(self, newchild) -> AfterWords:  # type: ignore[no-untyped-def]
        return self.__class__(newchild, self.lead)

    def _get_spans(self) -> list:  # type: ignore[type-arg]
        return [span for span in self.child.spans() if span.start >= self.lead]


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


def solid_chains(text: str, tokens: list) -> list:  # type: ignore[type-arg]
    """A phrase's tokens with each hyphenated word as the one term of the word written solid.

    The index holds "e-mail" as "email" too, at its first and its last part's places, so the phrase
    "email address" finds "email address" and "e-mail address" alike. Inside a phrase ("a take-over fee")
    the solid word cannot stand for both parts, so the parser searches this phrase or the one as written.
    """
    spans = [(token.startchar, token.endchar) for token in tokens]
    links = hyphen_links(text, spans) if len(tokens) > 1 and not has_unspaced(text) else []
    if not links:
        return tokens
    solid = solid_words([plain_word(text[start:end]) for start, end in spans], links)
    kept = []
    at = 0
    while at < len(tokens):
        last, word = solid.get(at, (at, ""))
        terms = analyze(word) if word else []
        if len(terms) == 1:
            joined = tokens[at]
            joined.text, joined.endchar = terms[0], tokens[last].endchar
            kept.append(joined)
            at = last + 1
        else:
            kept.append(tokens[at])
            at += 1
    return kept


_MARKED_WORD = re.compile(rf"\w[\w{MARKS}]*")


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
        solid = TOKEN_RE.sub(lambda m: solid_name(m.group(), typed=True) or m.group(), text)
        if solid != text and solid not in found:
            found.append(solid)
    return found


def text_phrase(fieldname: str, text: str, boost: float = 1.0, analyzer=TEXT_ANALYZER) -> NewsPhrase:  # type: ignore[no-untyped-def]
    """The phrase ``text`` makes, its stopwords kept, in a field that ``analyzer`` indexes."""
    return phrase_of(fieldname, analyzer(text, mode="query", removestops=False), boost=boost)


_PATTERN_CHARS = re.compile(r"[*?]|\w~")  # a wildcard, or a fuzzy word, inside the quotes


# A word of a pattern as the tokenizer cuts it, its wildcards kept: "e-mail*" is the words "e" and "mail*".
PATTERN_WORD = rf"[\w*?](?:[\w*?{MARKS}]|[.'’](?=[\w*?]))*"


@cache
def _phrase_word() -> re.Pattern[str]:
    """A word of a phrase as typed, with its wildcards and its fuzzy mark: "bank of eng*", "police offcer~". Compiled
    at the first quotes (its table of marks is a millisecond to compile, paid by every query command's start)."""
    return re.compile(rf"({PATTERN_WORD})(~\d*)?")


def pattern_sequence(field, fieldname: str, text: str, slop: int = 1, boost: float = 1.0) -> wq.Query:  # type: ignore[no-untyped-def]
    """A phrase with wildcards or fuzzy words ("bank of eng*") as its words in sequence, each a term or a pattern;
    a lone ``*`` or ``?`` ("bank * england") is any one word at its place (a gap of the sequence); after the last
    word, where the index cannot tell that a word follows, a ``?`` is the question's mark (``check_gaps`` refuses a ``*``).

    ``expand_fuzzy``, ``expand_patterns`` and ``expand_sequence_patterns`` then give the patterns their words.
    """
    parts: list[wq.Query] = []
    gaps = [0]  # the free words before each part (and after the last, left out)
    for match in _phrase_word().finditer(text):
        word, fuzzy = match.groups()
        if not word.strip("*?"):
            gaps[-1] += 1
            continue
        if fuzzy and "*" not in word and "?" not in word:
            edits = int(fuzzy[1:]) if fuzzy[1:] else 1
            words: list[wq.Query] = [wq.FuzzyTerm(fieldname, written_pattern(word), maxdist=edits, prefixlength=0)]
        elif "*" in word or "?" in word:
            words = [WordPattern(fieldname, written_pattern(word))]
        else:
            words = [wq.Term(fieldname, t.text) for t in field.tokenize(word, mode="query", removestops=False)]
        parts += words
        gaps += [0] * len(words)
    if not parts:
        return wq.NullQuery
    if len(parts) < 2 and not gaps[0]:
        return parts[0].with_boost(boost)
    return NewsSequence(parts, slop=slop, boost=boost, gaps=gaps[:-1])


_QUOTED = re.compile(r'"([^"]*)"')


def check_gaps(text: str) -> None:
    """Refuse quotes holding only a lone ``*`` or ``?`` (``title:"*"``), and a lone ``*`` after the last word in
    quotes (``"bank of *"``): the index cannot tell that any word
    follows a phrase, and the phrase without it would find "bank of" at the end of a text too."""
    for quoted in _QUOTED.finditer(text):
        words = [match.group(1) for match in _phrase_word().finditer(quoted.group(1))]
        if words and not any(word.strip("*?") for word in words):  # title:"*": no word for it to stand beside
            raise InvalidQuery(f"nothing to search for in {as_typed(quoted.group())}",
                               hint='a lone * or ? in quotes is one word beside the words quoted, and there are none: '
                                    'add a word ("* of england"), or type * unquoted for every article')
        last = max((at for at, word in enumerate(words) if word.strip("*?")), default=None)
        if last is not None and any("*" in word for word in words[last + 1:]):
            phrase = " ".join(words[: last + 1])
            raise InvalidQuery(f"a lone * after the last word in quotes cannot be searched: {as_typed(quoted.group())}",
                               hint=f'the index cannot tell that a word follows: drop the * ("{phrase}"), '
                                    f'or give it a letter ("{phrase} a*")')


class StopwordPhrasePlugin(PhrasePlugin):
    """Whoosh's phrase syntax keeping the phrase's stopwords, with Lucene's proximity: ``~N`` allows N words between."""

    class PhraseNode(PhrasePlugin.PhraseNode):
        def query(self, parser):  # type: ignore[no-untyped-def]
            fieldname = self.fieldname or parser.fieldname
            field = parser.schema[fieldname] if parser.schema and fieldname in parser.schema else None
            if field is None or not field.analyzer:
                return super().query(parser)
            if _PATTERN_CHARS.search(self.text):
                return attach(pattern_sequence(field, fieldname, self.text, self.slop, self.boost), self)
            phrases: list[NewsPhrase] = []
            for text in with_solid_names(spellings(self.text)):  # "Thomas Müller", "Thomas mueller"; "OBrien"
                for phrase in self._phrases(field, fieldname, text):
                    if phrase not in phrases:
                        phrases.append(phrase)
            return attach(phrases[0] if len(phrases) == 1 else wq.DisjunctionMax(phrases), self)

        def _phrases(self, field, fieldname: str, text: str) -> list[NewsPhrase]:  # type: ignore[no-untyped-def]
            """The phrase of ``text``; with a hyphenated word, that phrase with the word solid, and as written."""
            tokens = [t.copy() for t in field.tokenize(text, mode="query", chars=True, removestops=False)]
            written = [t.copy() for t in tokens]
            chained = solid_chains(text, tokens)
            phrase = phrase_of(fieldname, chained, self.slop, self.boost, self.textstartchar)
            if len(chained) < len(written):  # a hyphenated word: the phrase as written, or with it solid
                return [phrase, phrase_of(fieldname, written, self.slop, self.boost, self.textstartchar)]
            return [phrase]

    class PhraseTagger(PhrasePlugin.PhraseTagger):
        def create(self, parser, match):  # type: ignore[no-untyped-def]
            between = match.group("slop")
            slop = int(between) + 1 if between else 1  # Whoosh's slop is the distance: 1 is side by side
            return StopwordPhrasePlugin.PhraseNode(match.group("text"), match.start("text"), slop)

    def __init__(self) -> None:
        super().__init__(expr=r'"(?P<text>.*?)"(~(?P<slop>[0-9]+))?')

    def taggers(self, parser):  # type: ignore[no-untyped-def]
        return [(self.PhraseTagger(self.expr), 0)]
