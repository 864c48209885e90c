"""The analyzer chain for news text: tokenize, lowercase, fold diacritics, drop a query's stopwords, stem.

What each step draws on lives in a module of its own (tokenforms, tokenpatterns, acronymterms, unspaced, innerwords,
apostrophes, hyphens, folding, stemming). The schema is pickled into the index, so every filter and the stem function
here are module-level, importable objects, and they stay in this module: an index names them by it
(``newssearch.textanalysis.stem_english``). What they call at run time may live elsewhere (stemmedonce: a word's
forms stemmed by its article's language, each term once at its place).
"""

from __future__ import annotations

import functools
import itertools
import re

from whoosh.analysis import (
    Filter,
    LowercaseFilter,
    RegexTokenizer,
    StemFilter,
    StopFilter,
    Token,
)

from .apostrophes import solid_names, straight_apostrophes
from .digitgroups import DOT_GROUP_LANGUAGES, dot_grouped
from .folding import double_vowels, fold
from .stemming import cached_stem, english_stem, language_stemmer
from .stopwords import CONTENT_STOPWORDS, GRAMMAR_WORDS, STOP_WORDS
from .tokenforms import inner_spellings, other_forms, words_of
from .tokenpatterns import (
    NAME_RE,
    TOKEN_RE,
    plain_word,
)

# The mark a function word's term ends in. The index holds every word, for phrases, and Snowball stems some words
# to a function word ("downing" and "downs" to "down", "wells" to "well", "willing" to "will", "asked" to "ask"):
# unmarked, ``downing street`` had found every "stand down" on Wall Street first, and ``quit`` every "quite". No
# token holds a control character, so no word's stem ends in it.
FUNCTION_MARK = "\x1f"


def stem_english(word: str) -> str:
    """The English stem of ``word`` (``stemming.english_stem``: Snowball's, Porter2, but for the word families it
    conflates with unrelated words, ``overstemming``); a function word (``GRAMMAR_WORDS``: "down", "quite") is a
    term of its own, as written with ``FUNCTION_MARK`` after it, which no other word's stem is."""
    if word in GRAMMAR_WORDS:
        return word + FUNCTION_MARK
    return english_stem(word)


def compound_term(word: str) -> str:
    """The term of a word that is part of a hyphenated word, stopword or not: ``co`` -> ``co``."""
    return stem_english(fold(plain_word(word).lower()))


class NewsTokenizer(RegexTokenizer):
    """Whoosh's RegexTokenizer that marks acronyms (``token.acronym``) and gives them their term.

    It also cuts runs of letters of scripts without spaces into pairs (``split_unspaced``); when
    indexing, a pair's single letters follow it as other forms (``token.variant``), as does the word
    after an elided article (``elided``: "état" in "l'État").
    """

    def __call__(self, value: str, positions: bool = False, chars: bool = False,  # type: ignore[no-untyped-def]
                 keeporiginal: bool = False, removestops: bool = True, start_pos: int = 0,
                 start_char: int = 0, tokenize: bool = True, mode: str = "", **kwargs):
        """Each word of ``value`` at its place, and when indexing, its other forms after it (``tokenforms.other_forms``)."""
        if not tokenize or self.gaps:
            yield from self._regex_tokens(value, positions, chars, keeporiginal, removestops, start_pos, start_char,
                                          tokenize, mode, **kwargs)
            return
        t = Token(positions, chars, removestops=removestops, mode=mode, **kwargs)
        value = straight_apostrophes(value)  # "O´Brien" is "O'Brien"
        spelling = kwargs.get("spelling", False) and mode != "index"
        words = words_of(value, self.expression, mode == "index", spelling, kwargs.get("lang"))
        special, joined, others = words.acronyms, words.joined, words.others
        lang = kwargs.get("lang") if mode == "index" and kwargs.get("lang") in DOT_GROUP_LANGUAGES else None
        for pos, (word, (start, end)) in enumerate(zip(words.written, words.spans)):
            t.acronym = pos in special
            t.compound = pos in joined
            t.variant = t.solid = False
            t.text = special[pos] if t.acronym else plain_word(word)
            t.boost = 1.0
            if keeporiginal:
                t.original = word
            t.stopped = False
            if positions:
                t.pos = start_pos + pos
            if chars:
                t.startchar = start_char + start
                t.endchar = start_char + end
            yield t
            if pos in others:
                yield from other_forms(t, words, pos, keeporiginal, chars, start_char)
            elif spelling and pos in words.inner:
                yield from inner_spellings(t, word, words.inner[pos])
            if lang and (number := dot_grouped(word, lang)):  # "1000" at the place of a German "1.000"
                t.text, t.variant = number, True
                yield t

    def __setstate__(self, state: dict[str, object]) -> None:
        """Unpickled from an index's folder, the token pattern itself again (``TOKEN_RE``), not an equal copy: the
        token rules ask for it by identity (its glued amounts, its fast paths), and a copy is what unpickling gives
        once Python's regex cache has let it go (after hundreds of other patterns: ``$5m`` had searched "million").
        (An index opened by ``liveindex`` unpickles TOKEN_RE itself: ``tocschema``.)"""
        self.__dict__.update(state)
        expression = self.__dict__.get("expression")
        if isinstance(expression, re.Pattern) and (expression.pattern, expression.flags) == (TOKEN_RE.pattern,
                                                                                            TOKEN_RE.flags):
            self.expression = TOKEN_RE

    def _regex_tokens(self, value: str, *args, **kwargs):  # type: ignore[no-untyped-def]
        """Whoosh's own tokens (not tokenizing, or cutting at gaps), none of them an acronym or a hyphenated word."""
        for t in super().__call__(value, *args, **kwargs):
            t.acronym = t.compound = t.solid = False
            yield t


class NameTokenizer(RegexTokenizer):
    """Whoosh's RegexTokenizer for names, which cuts "O'Brien" at its apostrophe (o, brien); when indexing, a name's
    two parts written solid follow its first part, at its place (``apostrophes.solid_name``), so that
    ``author:obrien`` finds "Jane O'Brien" and ``author:"Jane OBrien"`` too."""

    def __call__(self, value: str, positions: bool = False, chars: bool = False,  # type: ignore[no-untyped-def]
                 keeporiginal: bool = False, removestops: bool = True, start_pos: int = 0,
                 start_char: int = 0, tokenize: bool = True, mode: str = "", **kwargs):
        """Whoosh's tokens of ``value``, and when indexing each name written solid after its first part."""
        tokens = super().__call__(value, positions, chars, keeporiginal, removestops, start_pos, start_char,
                                  tokenize, mode, **kwargs)
        names = solid_names(value, self.expression) if mode == "index" and tokenize and not self.gaps else {}
        if not names:
            yield from tokens
            return
        for pos, t in enumerate(tokens):
            t.solid = False
            yield t
            if pos in names:  # another spelling at the place, not a word of the name (``token.solid``)
                t.text, t.solid = names[pos], True
                if keeporiginal:
                    t.original = t.text
                yield t


class NewsStopFilter(StopFilter):
    """Whoosh's StopFilter that drops stopwords from queries only, and keeps acronyms ("US" is not "us")
    and the parts of hyphenated words ("co" in "co-operation") even there.

    The index holds every word, as Elasticsearch's does, so a phrase finds "Theresa May", "Take That" and
    "Bank of England" word for word; a query's stopwords are left out of ranking. Asked not to remove
    stopwords (``removestops=False``: a phrase), it keeps them too. Another form of a word (``token.variant``:
    the exact spelling FoldFilter adds, the single letters of a CJK pair) goes with its word.

    The spelling pass (``spelling_words``: a token's ``spelling``) keeps the stop-list words a keyword query
    searches (``spelled``: "different", "welcome"), so that a fuzzy word, a pattern or "Did you mean" reaches them.
    """

    spelled = CONTENT_STOPWORDS  # stop-list words that are spelling words all the same

    def __call__(self, tokens):  # type: ignore[no-untyped-def]
        stoplist, minsize, maxsize, renumber = self.stops, self.min, self.max, self.renumber
        pos = None
        kept = False
        counted = None  # the place of the last word the length counts: a word once, not once per form
        for t in tokens:
            if not getattr(t, "variant", False):  # another form is kept or dropped with its word
                text = t.text
                kept = getattr(t, "acronym", False) or getattr(t, "compound", False) or (
                    len(text) >= minsize and (maxsize is None or len(text) <= maxsize) and text not in stoplist
                ) or (getattr(t, "spelling", False) and text in self.spelled)
            if t.mode == "index" or not t.removestops:  # every word: the index, and a phrase's words
                # a word a query searches: the field's length counts only these (and not a hyphenated
                # word written solid again: its parts are counted)
                here = t.pos if t.positions else None  # (a place is known only when positions are asked for)
                t.searched = kept and not getattr(t, "solid", False) and (here is None or here != counted)
                if t.searched:
                    counted = here
                t.stopped = False
                yield t
                continue
            if kept and renumber and t.positions and not getattr(t, "variant", False):
                pos = t.pos if pos is None else pos + 1
            if kept:
                if renumber and t.positions:
                    t.pos = pos
                yield t


class NewsStemFilter(StemFilter):
    """Whoosh's StemFilter that leaves acronyms whole ("U.S" is not "u."), and stems an article's words by its
    language's rules when the analyzer is told it (``lang="de"``, a keyword every token carries; see ``stemming``).

    In another language than English a word's other forms that stem alike (Snowball German stems "müller",
    "muller" and "mueller" all to ``mull``) are one term at its place, not a word counted three times.
    Stems are cached once per language (``stemming.cached_stem``), the same caches one-pass indexing uses.
    """

    def clear(self) -> None:
        """Set ``_stem``: the stem function with the one cache of its stems (Whoosh's own cache for a ``lang``)."""
        super().clear()
        if not self.lang and self.cachesize:
            self._stem = cached_stem(self.stemfn)

    def __call__(self, tokens):  # type: ignore[no-untyped-def]
        stemfn, ignore = self._stem, self.ignore
        tokens = iter(tokens)
        first = next(tokens, None)
        other = language_stemmer(getattr(first, "lang", None))  # one Token, carrying the analyzer's keywords
        if other is not None:
            # imported here: a search's start-up loads this module, and only another language's articles need it
            from .stemmedonce import stemmed_once

            yield from stemmed_once(first, tokens, other, ignore)
            return
        for t in tokens if first is None else itertools.chain((first,), tokens):
            if not t.stopped and not getattr(t, "acronym", False) and t.text not in ignore:
                t.text = stemfn(t.text)
            yield t


class FoldFilter(Filter):
    """Fold diacritics; when indexing, also keep the exact form and the double-vowel spelling.

    Queries are folded, so ``waitemata`` and ``Waitematā`` both find ``Waitematā``; the exact
    form kept at the same position (``token.variant``) lets a search rank exact-spelling matches first.
    """

    def __eq__(self, other: object) -> bool:
        return other.__class__ is self.__class__

    def __call__(self, tokens):  # type: ignore[no-untyped-def]
        for t in tokens:
            text = t.text
            t.written = text  # a query word as typed: an article's language stems it so (NewsStemFilter)
            if text.isascii():
                yield t
                continue
            folded = fold(text)
            t.text = folded
            yield t
            if t.mode != "index":
                continue
            seen = {folded}
            was_variant = getattr(t, "variant", False)
            for variant in (text, double_vowels(text)):
                if variant not in seen:
                    seen.add(variant)
                    t.text = variant
                    t.variant = True
                    yield t
            t.variant = was_variant


def make_analyzer(stem: bool = True):  # type: ignore[no-untyped-def]
    """Tokenize, lowercase, fold, drop stopwords and (optionally) stem."""
    # minsize 1: one letter or digit is a word too ("Channel 4", "Plan B"); "a" and "i" are stopwords
    # (the index holds them all; a query leaves them out).
    chain = (NewsTokenizer(TOKEN_RE) | LowercaseFilter() | FoldFilter()
             | NewsStopFilter(stoplist=STOP_WORDS, minsize=1))
    if stem:
        chain = chain | NewsStemFilter(stemfn=stem_english, cachesize=100000)
    return chain


def make_name_analyzer(tokenizer: type[NameTokenizer] = NameTokenizer):  # type: ignore[no-untyped-def]
    """Names and sources: tokenize (with ``tokenizer``: authorgaps' for the author field), lowercase and fold, no
    stopwords or stemming."""
    return tokenizer(NAME_RE) | LowercaseFilter() | FoldFilter()


TEXT_ANALYZER = make_analyzer()
NAME_ANALYZER = make_name_analyzer()


def spelling_words(field, value: str) -> set[str]:  # type: ignore[no-untyped-def]
    """The spelling words of ``value`` in ``field``: Whoosh's ``spellable_words`` (the words unstemmed, a query's
    stopwords left out), with the stop-list words a keyword query searches ("different": NewsStopFilter.spelled)."""
    return {t.text for t in field.analyzer(value, no_morph=True, spelling=True)}


def analyze(text: str, analyzer=TEXT_ANALYZER, mode: str = "query", lang: str | None = None) -> list[str]:  # type: ignore[no-untyped-def]
    """The terms ``analyzer`` makes of ``text``; stemmed as in an article in the language ``lang`` when given."""
    if analyzer is TEXT_ANALYZER:
        return list(_text_terms(text, mode, lang))
    return _terms(analyzer, text, mode, lang)


@functools.lru_cache(maxsize=100_000)
def _text_terms(text: str, mode: str, lang: str | None) -> tuple[str, ...]:
    """TEXT_ANALYZER's terms of ``text``, kept: a pasted page's words are each analysed several times a parse, and its
    notes parse it again (with --match any, its dashes spaced)."""
    return tuple(_terms(TEXT_ANALYZER, text, mode, lang))


def _terms(analyzer, text: str, mode: str, lang: str | None) -> list[str]:  # type: ignore[no-untyped-def]
    """The terms ``analyzer`` makes of ``text`` in ``mode`` (and ``lang``, when given)."""
    return [t.text for t in (analyzer(text, mode=mode) if lang is None else analyzer(text, mode=mode, lang=lang))]
