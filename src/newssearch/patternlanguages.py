"""A pattern's words written in articles of other languages, searched as those languages stem them.

A pattern matches the body's words as written and searches them as their English terms (``patterns.matching_terms``).
A word written in a German or French article is indexed as its language stems it: "Regierungen" as regier, and
"présidentielle" as presidentiel. No article holds their English terms (regierungen, presidentiell), so
``Regierung?n`` and ``présidentiell?`` had found nothing. Such a word is searched as each index
language's stem of it, in that language's articles only. A word whose English term an article holds ("markets":
market) gets no other stem: German stems it mark, and ``market*`` would find the German articles about the Mark.
"""

from __future__ import annotations

from collections.abc import Callable

from whoosh import query as wq

from .patternforms import doubled_spellings
from .patterns import Lexicons, WordPattern
from .schema import BODY
from .stemming import cached_stem, language_stemmer
from .textanalysis import stem_english
from .wordterms import searched_terms

# A pattern matching more written words than this (a*, *e over 990 pages: 7,000 and 15,000) is searched as their
# English terms alone: it finds most articles as it is, and their stems in 11 languages had doubled its time (*e: 4.4 s
# to 8 s); *ung (2,200 words) still finds the German articles of its words.
MAX_STEMMED_WORDS = 5_000
LOOKUPS_ON_DISK = 100  # terms looked up one by one on disk; more, in the field's terms read once (a*: 100,000)
_ENGLISH = cached_stem(stem_english)  # the analyser's own cache of English stems

Stems = dict[str, set[str]]  # a language -> its terms of some words


def other_language_stems(words: list[str], reader, languages: tuple[str, ...],  # type: ignore[no-untyped-def]
                         lexicons: Lexicons | None) -> Stems:
    """The terms each of ``languages`` stems those of the written ``words`` (lower case, folded) as whose English term
    no article's body holds; none for more than MAX_STEMMED_WORDS words."""
    if len(words) > MAX_STEMMED_WORDS:
        return {}
    has = _holds(reader, BODY, lexicons, len(words))
    stems: Stems = {lang: set() for lang in languages}
    for word in words:
        if has(_ENGLISH(word)):
            continue
        for lang in languages:
            stems[lang].update(_language_terms(word, lang))
    return stems


def pattern_in_languages(pattern: WordPattern, stems: Stems, reader,  # type: ignore[no-untyped-def]
                         lexicons: Lexicons | None) -> wq.Query:
    """``pattern`` (its terms given) or the best of it and, in the articles of each language of ``stems``, the
    pattern of its terms that the pattern's field holds and the pattern has not."""
    from .languagequery import in_language  # it imports expansions, which imports this module

    has = _holds(reader, pattern.fieldname, lexicons, sum(map(len, stems.values())))
    own = set(pattern.terms or ())
    languages: dict[bytes, list[str]] = {}  # a term -> the languages stemming a word so: each term read once
    for lang, terms in sorted(stems.items()):
        for term in terms:
            if term.encode("utf-8") not in own and has(term):
                languages.setdefault(term.encode("utf-8"), []).append(lang)
    by_languages: dict[tuple[str, ...], list[bytes]] = {}
    for found, langs in sorted(languages.items()):
        by_languages.setdefault(tuple(langs), []).append(found)
    if not by_languages:
        return pattern
    return wq.DisjunctionMax([pattern, *(in_language(pattern_of(reader, pattern, tuple(terms)), list(langs))
                                         for langs, terms in by_languages.items())])


def pattern_of(reader, leaf: WordPattern, terms: tuple[bytes, ...]) -> WordPattern:  # type: ignore[no-untyped-def]
    """``leaf`` as the pattern of ``terms``."""
    pattern = WordPattern(leaf.fieldname, leaf.text, boost=leaf.boost)
    pattern.terms = terms
    pattern.doubled = doubled_spellings(reader, leaf.fieldname, terms)
    return pattern


def _holds(reader, fieldname: str, lexicons: Lexicons | None, lookups: int) -> Callable[[str], bool]:  # type: ignore[no-untyped-def]
    """Whether ``fieldname`` holds a term: in its terms read once (``lexicons``) when they are, or when there are many
    ``lookups`` to make, else on disk."""
    if lexicons is not None and (lexicons.has_terms(fieldname) or lookups > LOOKUPS_ON_DISK):
        held = lexicons.term_set(fieldname)
        return lambda term: term.encode("utf-8") in held
    return lambda term: (fieldname, term) in reader


def _language_terms(word: str, lang: str) -> list[str]:
    """The terms ``lang`` stems a written word as: a word of letters alone by the language's stemmer itself, as the
    analyser does (which takes 70 microseconds a word, where a* matches 7,000 words in 11 languages)."""
    stem = language_stemmer(lang) if word.isalpha() else None
    return [stem(word)] if stem is not None else searched_terms(word, lang=lang)
