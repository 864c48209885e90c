"""In how many articles, and which, a typed word is found, as each language the index holds stems it: "Did you mean"'s
counts.

A word is searched as the best of its stems in English and in each language the index stems articles in
(``languagequery``), another language's stem in that language's articles only. Counted by its English stem alone, a
Dutch "woningen" (Dutch stem woon, English woningen) was in no article: "Did you mean" offered "weniger" for
``wonigen`` and "précise" for a Spanish ``precio`` it had found. Counted here as it is searched, it is the Dutch
articles' word.
"""

from __future__ import annotations

from weakref import WeakKeyDictionary

from .livecounts import live_frequency
from .patterns import index_languages
from .postingblocks import posting_blocks
from .schema import BODY, LANG
from .wordterms import searched_terms

_LANGUAGES: WeakKeyDictionary[object, dict[str, frozenset[int]]] = WeakKeyDictionary()  # reader -> {language: its live articles' numbers}


def _language_articles(reader) -> dict[str, frozenset[int]]:  # type: ignore[no-untyped-def]
    """For each language the index stems besides English, the live articles in it, read once per reader."""
    if reader not in _LANGUAGES:
        _LANGUAGES[reader] = {
            lang: frozenset(docnum for docnum in reader.postings(LANG, lang).all_ids() if not reader.is_deleted(docnum))
            for lang in index_languages(reader)}
    return _LANGUAGES[reader]


def other_stems(reader, word: str) -> list[tuple[list[str], frozenset[int]]]:  # type: ignore[no-untyped-def]
    """``word``'s terms in each language the index stems besides English where they are not its English terms, with
    the articles in that language."""
    languages = _language_articles(reader)
    if not languages:
        return []  # an index of English articles (or of no known language): counted as it always was
    english = searched_terms(word)
    found = []
    for lang, articles in languages.items():
        terms = searched_terms(word, lang=lang)
        if terms and terms != english:
            found.append((terms, articles))
    return found


def word_count(reader, word: str, fieldname: str = BODY, enough: int | None = None) -> int:  # type: ignore[no-untyped-def]
    """In how many live articles ``fieldname`` holds ``word``'s terms (summed over them) as the best language stems
    them: English in any article, another language in its own. A count over ``enough`` may be unexact (see
    ``livecounts.live_frequency``)."""
    count = sum(live_frequency(reader, fieldname, term, enough) for term in searched_terms(word))
    for terms, articles in other_stems(reader, word):
        count = max(count, sum(len(_holders(reader, fieldname, term) & articles) for term in terms))
    return count


def articles_with(reader, fieldname: str, word: str) -> set[int]:  # type: ignore[no-untyped-def]
    """The live articles whose ``fieldname`` holds every term of ``word``, as English or their own language stems it."""
    found = _holding_all(reader, fieldname, searched_terms(word))
    for terms, articles in other_stems(reader, word):
        found |= _holding_all(reader, fieldname, terms) & articles
    return found


def all_terms(reader, words: list[str]) -> set[str]:  # type: ignore[no-untyped-def]
    """Every term of ``words``, as English and each language the index stems besides it stem them."""
    terms = {term for word in words for term in searched_terms(word)}
    return terms.union(*(other for word in words for other, _ in other_stems(reader, word)))


def _holding_all(reader, fieldname: str, terms: list[str]) -> set[int]:  # type: ignore[no-untyped-def]
    """The articles (deleted ones too) whose ``fieldname`` holds every one of ``terms``."""
    found: set[int] | None = None
    for term in terms:
        docs = _holders(reader, fieldname, term)
        found = docs if found is None else found & docs
    return found or set()


def _holders(reader, fieldname: str, term: str) -> set[int]:  # type: ignore[no-untyped-def]
    """The live articles whose ``fieldname`` holds ``term``, read a block of postings at a time (Whoosh's ``all_ids``
    steps through them one by one: a fifth of a "Did you mean" over 100,000 articles)."""
    found: set[int] = set()
    if (fieldname, term) not in reader:
        return found
    for leaf, offset in reader.leaf_readers():
        if (fieldname, term) not in leaf:
            continue
        ids: set[int] = set()
        for block, _weights, _values in posting_blocks(leaf.postings(fieldname, term)):
            ids.update(block)
        if leaf.has_deletions():
            ids -= leaf.deleted_docs_set
        found.update(ids if not offset else (docnum + offset for docnum in ids))
    return found
