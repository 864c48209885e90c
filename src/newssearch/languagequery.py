"""A query's words searched as each language the index stems stems them: ``Wahl`` finds "Wahlen" in German articles.

The index stems an article's words by its language's rules (``stemming``); a typed word does not say which language
it is in, so a title or body term of it is searched as the best of its stems under English and under each
language the index holds articles in, and a phrase as the best of its phrases with every word stemmed one way. A
stem of another language counts only in articles in that language (``in_language``): all languages share one field,
and German's stem of ``market`` ("mark") or ``time`` ("tim") would otherwise find English articles with "marks" or
"Tim". An index of English articles (or of articles of no known language) gets the query it always had.
"""

from __future__ import annotations

from collections.abc import Hashable
from functools import lru_cache
from typing import TypeVar

from whoosh import query as wq

from .expansions import map_terms
from .folding import fold
from .phrases import NewsPhrase
from .schema import LANG, SEARCH_FIELDS
from .textanalysis import TEXT_ANALYZER

_Alternative = TypeVar("_Alternative", bound=Hashable)  # a stem, or a phrase's words
WORD_TERMS_CACHE = 8192  # typed words by language: a pasted paragraph's, in an index of several languages


def stem_tables(words: list[str], languages: tuple[str, ...]) -> dict[str, dict[str, str]]:
    """For each language, the term each word's English term is in it, where the two differ (``{"de": {"wahlen":
    "wahl"}}``); stopwords too, as phrases keep them. A word the two languages cut into different words has none."""
    tables: dict[str, dict[str, str]] = {}
    english_terms = [word_terms(word, None) for word in words] if languages else []  # once, not once per language
    for lang in languages:
        table = tables.setdefault(lang, {})
        for word, english in zip(words, english_terms):
            other = word_terms(word, lang)
            if len(english) == len(other):
                for term, stem in zip(english, other):
                    if term != stem:
                        table.setdefault(term, stem)
    return tables


def word_terms(word: str, lang: str | None) -> list[str]:
    """The terms of a typed word, stopwords kept, stemmed as in an article in ``lang`` (None: English)."""
    return list(_word_terms(word, lang))


@lru_cache(maxsize=WORD_TERMS_CACHE)
def _word_terms(word: str, lang: str | None) -> tuple[str, ...]:
    """``word_terms``, kept for the query's next parse: a search parses its query again for its count and notes (a
    pasted paragraph's thousand words had been analysed again each time, for each language)."""
    if lang is None:
        return tuple(t.text for t in TEXT_ANALYZER(word, mode="query", removestops=False))
    return tuple(t.text for t in TEXT_ANALYZER(word, mode="query", removestops=False, lang=lang))


def any_language(languages: list[str]) -> wq.Query:
    """The articles in any of ``languages`` (codes)."""
    return wq.Or([wq.Term(LANG, lang) for lang in languages]) if len(languages) > 1 else wq.Term(LANG, languages[0])


def language_codes(query: wq.Query) -> frozenset[str] | None:
    """The codes of an ``any_language`` query; None for any other query."""
    leaves = [query] if query.is_leaf() else list(query.leaves())
    if leaves and all(type(leaf) is wq.Term and leaf.fieldname == LANG for leaf in leaves):
        return frozenset(str(leaf.text) for leaf in leaves)
    return None


def in_language(query: wq.Query, languages: list[str]) -> wq.Query:
    """``query`` matching only articles in one of ``languages`` (codes), scored by ``query`` alone."""
    return wq.Require(query, any_language(languages))


def required_languages(node: wq.Query) -> frozenset[str] | None:
    """The languages an ``in_language`` query counts in; None for any other query."""
    return language_codes(node.b) if type(node) is wq.Require else None


def outside_languages(query: wq.Query, languages: list[str]) -> wq.Query:
    """``query`` matching only articles in none of ``languages`` (codes): a word that is their function word
    (``functionterms``)."""
    return wq.And([query, wq.Not(any_language(languages))])


def excluded_languages(node: wq.Query) -> frozenset[str] | None:
    """The languages an ``outside_languages`` query (or a part typed ``-lang:de``) does not count in; None for any
    other query."""
    if type(node) is not wq.And or len(node.subqueries) != 2 or type(node.subqueries[1]) is not wq.Not:
        return None
    return language_codes(node.subqueries[1].query)


def with_language_stems(query: wq.Query, words: list[str], languages: tuple[str, ...]) -> wq.Query:
    """``query`` with each title and body term of the typed ``words`` as the best of its stems in English and in
    ``languages`` (the index's, see ``patterns.index_languages``), and each phrase as the best of its phrases, one
    per language; a language's stem or phrase (where it is not English's) in articles in that language only. Under a
    Not too (``-Wahl`` leaves out every article with "Wahlen"). No languages: ``query``."""
    tables = stem_tables(words, languages) if languages else {}
    # a word typed with its marks is also stemmed without them, as the index stems every word both ways: "García"
    # finds a Portuguese "Garcia" (stemmed garc; García as typed, garci)
    plain = [folded for word in words if (folded := fold(word.lower())) != word.lower()] if languages else []
    unmarked = stem_tables(plain, languages) if plain else {}
    both = [tables, {lang: {**table, **unmarked[lang]} for lang, table in tables.items()}] if plain else [tables]
    if not any(table for tables_ in both for table in tables_.values()):
        return query
    english: list[list[str]] = []  # each typed word's English terms, made once for every phrase's typed_run

    def stemmed(leaf: wq.Query) -> wq.Query:
        if getattr(leaf, "fieldname", None) not in SEARCH_FIELDS:
            return leaf
        if type(leaf) is wq.Term:
            stems = _by_alternative([(lang, table[leaf.text]) for tables_ in both for lang, table in tables_.items()
                                     if leaf.text in table])
            return _best(leaf, [in_language(wq.Term(leaf.fieldname, stem, boost=leaf.boost), langs)
                                for stem, langs in stems.items()])
        if isinstance(leaf, NewsPhrase):
            english[:] = english or [word_terms(word, None) for word in words]
            run = typed_run(list(leaf.words), words, english)
            runs = [run, [fold(word.lower()) for word in run] if run else None]  # as typed, and without marks
            phrases = _by_alternative([(lang, _phrase_in(lang, list(leaf.words), table, typed))
                                       for tables_, typed in zip(both, runs) for lang, table in tables_.items()])
            return _best(leaf, [in_language(NewsPhrase(leaf.fieldname, list(words), slop=leaf.slop, boost=leaf.boost,
                                                       char_ranges=leaf.char_ranges), langs)
                                for words, langs in phrases.items() if list(words) != list(leaf.words)])
        return leaf

    return map_terms(query, stemmed, skip=(wq.Require,))  # a language's own terms (exact forms) kept


def typed_run(phrase: list[str], words: list[str], terms: list[list[str]] | None = None) -> list[str] | None:
    """The typed ``words``, one after another, whose English terms (stopwords kept; ``terms``, each word's, when
    made already) are ``phrase``'s words; None when no run of them is."""
    terms = terms if terms is not None else [word_terms(word, None) for word in words]
    for start in range(len(words)):
        got: list[str] = []
        end = start
        while end < len(words) and len(got) < len(phrase):
            got += terms[end]
            end += 1
        if got == phrase:
            return words[start:end]
    return None


def _phrase_in(lang: str, phrase: list[str], table: dict[str, str], typed: list[str] | None) -> tuple[str, ...]:
    """``phrase``'s words as ``lang`` stems them: each typed word of it (``typed``) stemmed as itself, since two words
    English stems alike ("Dies", "die": die) may be two in ``lang`` (dies, die); else each term by ``table``."""
    if typed is not None:
        own = [word_terms(word, lang) for word in typed]
        if [len(terms) for terms in own] == [len(word_terms(word, None)) for word in typed]:
            return tuple(term for terms in own for term in terms)
    return tuple(table.get(word, word) for word in phrase)


def _by_alternative(alternatives: list[tuple[str, _Alternative]]) -> dict[_Alternative, list[str]]:
    """The languages of each alternative (a stem, a phrase's words), in order of language code, once each."""
    grouped: dict[_Alternative, list[str]] = {}
    for lang, alternative in sorted(set(alternatives), key=lambda pair: pair[0]):
        grouped.setdefault(alternative, []).append(lang)
    return grouped


def _best(leaf: wq.Query, others: list[wq.Query]) -> wq.Query:
    """``leaf`` or the best of it and ``others``."""
    return wq.DisjunctionMax([leaf, *others]) if others else leaf
