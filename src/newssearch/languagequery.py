"""A query's words searched as each language the index stems stems them: ``Wahl`` finds "Wahlen" in German articles.

The index stems an article's words by its language's rules (``stemming``); a typed word does not say which language
it is in, so a title or body term of it is searched as the best of its stems under English and under each
language the index holds articles in, and a phrase as the best of its phrases with every word stemmed one way. An
index of English articles (or of articles of no known language) gets the query it always had.
"""

from __future__ import annotations

from whoosh import query as wq

from .expansions import map_terms
from .phrases import NewsPhrase
from .schema import SEARCH_FIELDS
from .textanalysis import TEXT_ANALYZER


def stem_tables(words: list[str], languages: tuple[str, ...]) -> dict[str, dict[str, str]]:
    """For each language, the term each word's English term is in it, where the two differ (``{"de": {"wahlen":
    "wahl"}}``); stopwords too, as phrases keep them. A word the two languages cut into different words has none."""
    tables: dict[str, dict[str, str]] = {}
    for lang in languages:
        table = tables.setdefault(lang, {})
        for word in words:
            english = _terms(word, None)
            other = _terms(word, lang)
            if len(english) == len(other):
                for term, stem in zip(english, other):
                    if term != stem:
                        table.setdefault(term, stem)
    return tables


def _terms(word: str, lang: str | None) -> list[str]:
    """The terms of a typed word, stopwords kept, stemmed as in an article in ``lang`` (None: English)."""
    if lang is None:
        return [t.text for t in TEXT_ANALYZER(word, mode="query", removestops=False)]
    return [t.text for t in TEXT_ANALYZER(word, mode="query", removestops=False, lang=lang)]


def with_language_stems(query: wq.Query, words: list[str], languages: tuple[str, ...]) -> wq.Query:
    """``query`` with each title and body term of the typed ``words`` as the best of its stems in English and in
    ``languages`` (the index's, see ``patterns.index_languages``), and each phrase as the best of its phrases, one
    per language; under a Not too (``-Wahl`` leaves out every article with "Wahlen"). No languages: ``query``."""
    tables = stem_tables(words, languages) if languages else {}
    if not any(tables.values()):
        return query

    def stemmed(leaf: wq.Query) -> wq.Query:
        if getattr(leaf, "fieldname", None) not in SEARCH_FIELDS:
            return leaf
        if type(leaf) is wq.Term:
            others = sorted({table[leaf.text] for table in tables.values() if leaf.text in table})
            return wq.DisjunctionMax([leaf, *(wq.Term(leaf.fieldname, other, boost=leaf.boost) for other in others)]
                                     ) if others else leaf
        if isinstance(leaf, NewsPhrase):
            phrases = [leaf]
            for table in tables.values():
                phrase = NewsPhrase(leaf.fieldname, [table.get(word, word) for word in leaf.words], slop=leaf.slop,
                                    boost=leaf.boost, char_ranges=leaf.char_ranges)
                if phrase not in phrases:
                    phrases.append(phrase)
            return wq.DisjunctionMax(phrases) if len(phrases) > 1 else leaf
        return leaf

    return map_terms(query, stemmed)
