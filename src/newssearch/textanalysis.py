"""The analyzer chain for news text: tokenize, lowercase, fold diacritics, drop a query's stopwords, stem.

What each step draws on lives in a module of its own (tokenpatterns, acronymterms, unspaced, innerwords, hyphens,
folding, stemming). The schema is pickled into the index, so every filter and the stem function here are module-level,
importable objects, and they stay in this module: an index names them by it (``newssearch.textanalysis.stem_english``).
"""

from __future__ import annotations

import itertools

from whoosh.analysis import (
    Filter,
    LowercaseFilter,
    RegexTokenizer,
    StemFilter,
    StopFilter,
    Token,
)

from .acronymterms import acronym_other_form, acronyms
from .apostrophes import straight_apostrophes
from .digitgroups import grouped_numbers
from .folding import double_vowels, fold
from .hyphens import compound_parts, hyphen_links, solid_words
from .innerwords import inner_words
from .stemming import ENGLISH_STEMMER, cached_stem, language_stemmer
from .stopwords import STOP_WORDS
from .timesofday import after_colon
from .tokenpatterns import (
    NAME_PATTERN,
    TOKEN_PATTERN,
    TOKEN_RE,
    Span,
    plain_word,
    word_spans,
)
from .unspaced import has_unspaced, split_unspaced


def stem_english(word: str) -> str:
    """The Snowball (Porter2) English stem of ``word``."""
    return ENGLISH_STEMMER.stemWord(word)


def compound_term(word: str) -> str:
    """The term of a word that is part of a hyphenated word, stopword or not: ``co`` -> ``co``."""
    return stem_english(fold(plain_word(word).lower()))


class NewsTokenizer(RegexTokenizer):
    """Whoosh's RegexTokenizer that marks acronyms (``token.acronym``) and gives them their term.

    It also cuts runs of letters of scripts without spaces into pairs (``split_unspaced``); when
    indexing, a pair's single letters follow it as other forms (``token.variant``), as does the word
    after an elided article (``elided``: "état" in "l'État").
    """

    def __call__(self, value: str, positions: bool = False, chars: bool = False,  # type: ignore[override]
                 keeporiginal: bool = False, removestops: bool = True, start_pos: int = 0,
                 start_char: int = 0, tokenize: bool = True, mode: str = "", **kwargs):  # type: ignore[no-untyped-def]
        if not tokenize or self.gaps:
            for t in super().__call__(value, positions, chars, keeporiginal, removestops, start_pos,
                                      start_char, tokenize, mode, **kwargs):
                t.acronym = t.compound = t.solid = False
                yield t
            return
        t = Token(positions, chars, removestops=removestops, mode=mode, **kwargs)
        value = straight_apostrophes(value)  # "O´Brien" is "O'Brien"
        spans = word_spans(value) if self.expression is TOKEN_RE else [m.span() for m in self.expression.finditer(value)]
        singles: dict[int, tuple[Span, ...]] = {}
        if has_unspaced(value):
            spans, singles = split_unspaced(value, spans)
        words = [value[start:end] for start, end in spans]
        special = acronyms(words)
        links = hyphen_links(value, spans)
        joined = compound_parts(links)
        solid = solid_words([plain_word(word) for word in words], links) if links and mode == "index" else {}
        if mode == "index":  # "40\u00a0000" is "40000" too, as "e-mail" is "email"
            solid |= grouped_numbers(value, spans)
        solid_ends = {last: (first, word) for first, (last, word) in solid.items()}
        for pos, (word, (start, end)) in enumerate(zip(words, spans)):
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
            if t.acronym and mode == "index" and (other := acronym_other_form(word.lower(), t.text)):
                t.text, t.variant = other, True  # "mps" at the place of "MPs" (mp), "ph.d" at "Ph.D" (phd)
                yield t
            for first, last in [] if t.acronym or mode != "index" else inner_words(word, after_colon(value, start)):
                t.text = plain_word(word[first:last])  # at the token's place: "état" in "l'État", "amazon" in "Amazon.com"
                t.variant = True
                if keeporiginal:
                    t.original = word[first:last]
                if chars:
                    t.startchar, t.endchar = start_char + start + first, start_char + start + last
                yield t
            if mode == "index" and pos in singles:
                for first, last in singles[pos]:  # a pair's single letters, at its position
                    t.text = t.original = value[first:last]
                    t.variant = True
                    if chars:
                        t.startchar, t.endchar = start_char + first, start_char + last
                    yield t
            if pos in solid:  # the hyphenated word written solid, at its first part's place: "email" for "e-mail"
                last_part, t.text = solid[pos]
                t.variant, t.acronym, t.solid = True, False, True
                if keeporiginal:
                    t.original = t.text
                if chars:
                    t.startchar, t.endchar = start_char + start, start_char + spans[last_part][1]
                yield t
            if pos in solid_ends:  # and at its last part's place, weighing nothing: "email address" is a phrase
                first_part, t.text = solid_ends[pos]  # of "e-mail address" as "send email" is of "send e-mail"
                t.variant, t.acronym, t.solid, t.boost = True, False, True, 0.0
                if keeporiginal:
                    t.original = t.text
                if chars:
                    t.startchar, t.endchar = start_char + spans[first_part][0], start_char + end
                yield t


class NewsStopFilter(StopFilter):
    """Whoosh's StopFilter that drops stopwords from queries only, and keeps acronyms ("US" is not "us")
    and the parts of hyphenated words ("co" in "co-operation") even there.

    The index holds every word, as Elasticsearch's does, so a phrase finds "Theresa May", "Take That" and
    "Bank of England" word for word; a query's stopwords are left out of ranking. Asked not to remove
    stopwords (``removestops=False``: a phrase), it keeps them too. Another form of a word (``token.variant``:
    the exact spelling FoldFilter adds, the single letters of a CJK pair) goes with its word.
    """

    def __call__(self, tokens):  # type: ignore[no-untyped-def]
        stoplist, minsize, maxsize, renumber = self.stops, self.min, self.max, self.renumber
        pos = None
        kept = False
        for t in tokens:
            if not getattr(t, "variant", False):  # another form is kept or dropped with its word
                text = t.text
                kept = getattr(t, "acronym", False) or getattr(t, "compound", False) or (
                    len(text) >= minsize and (maxsize is None or len(text) <= maxsize) and text not in stoplist
                )
            if t.mode == "index" or not t.removestops:  # every word: the index, and a phrase's words
                # a word a query searches: the field's length counts only these (and not a hyphenated
                # word written solid again: its parts are counted)
                t.searched = kept and not getattr(t, "solid", False)
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
            yield from _stemmed_once(first, tokens, other, ignore)
            return
        for t in tokens if first is None else itertools.chain((first,), tokens):
            if not t.stopped and not getattr(t, "acronym", False) and t.text not in ignore:
                t.text = stemfn(t.text)
            yield t


def _stemmed_once(first, tokens, stemfn, ignore):  # type: ignore[no-untyped-def]
    """``first`` and ``tokens`` stemmed by ``stemfn``, a form (``token.variant``) whose term its place already has
    left out."""
    seen: set[str] = set()
    for t in itertools.chain((first,), tokens):
        if not t.stopped and not getattr(t, "acronym", False) and t.text not in ignore:
            t.text = stemfn(t.text)
        if not getattr(t, "variant", False):
            seen = {t.text}
        elif t.text in seen:
            continue
        else:
            seen.add(t.text)
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
    chain = (NewsTokenizer(TOKEN_PATTERN) | LowercaseFilter() | FoldFilter()
             | NewsStopFilter(stoplist=STOP_WORDS, minsize=1))
    if stem:
        chain = chain | NewsStemFilter(stemfn=stem_english, cachesize=100000)
    return chain


def make_name_analyzer():  # type: ignore[no-untyped-def]
    """Names and sources: tokenize, lowercase and fold, no stopwords or stemming."""
    return RegexTokenizer(NAME_PATTERN) | LowercaseFilter() | FoldFilter()


TEXT_ANALYZER = make_analyzer()
NAME_ANALYZER = make_name_analyzer()


def analyze(text: str, analyzer=TEXT_ANALYZER, mode: str = "query", lang: str | None = None) -> list[str]:  # type: ignore[no-untyped-def]
    """The terms ``analyzer`` makes of ``text``; stemmed as in an article in the language ``lang`` when given."""
    if lang is None:
        return [t.text for t in analyzer(text, mode=mode)]
    return [t.text for t in analyzer(text, mode=mode, lang=lang)]
