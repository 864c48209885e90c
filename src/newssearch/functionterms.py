"""A query's words that are a language's function words count for nothing in that language's articles.

The index holds every word, and a query leaves out English's stop words only: "die" and "der" in ``die Wahl in der
Türkei``, "la" and "des" in ``la réforme des retraites`` or "te" in ``te reo Māori`` were searched in every article,
ranked German, French or Māori articles by how often they use them, and were marked all over their snippets. As
each language's analyser in Lucene drops its own stop words in its own field, a typed word that is one of a
language's function words (``functionwords.FUNCTION_WORDS``) is searched outside that language's articles only
(``war`` and ``die`` are still English words in English articles), and under ``--match all`` is not required in them
either: there, only the query's other words are. A query of such words alone finds no article of their language.
"""

from __future__ import annotations

from whoosh import query as wq

from .folding import double_vowels
from .functionwordlists import FUNCTION_WORDS, fold
from .languagequery import any_language, in_language, language_codes, outside_languages, required_languages, word_terms
from .schema import SEARCH_FIELDS
from .stemming import SNOWBALL_NAMES

Stops = dict[str, frozenset[str]]  # a term of a typed function word -> the languages it is one of


def without_function_words(query: wq.Query, words: list[str], languages: tuple[str, ...], match: str) -> wq.Query:
    """``query`` with each term of a typed function word searched outside the articles of its ``languages`` (those of
    the index it is one of), and under ``match`` "all" not required in them."""
    stops = function_terms(words, languages) if languages else {}
    if not stops:
        return query
    if match == "all":
        query = _free_in_languages(query, stops)
    return _outside(query, stops)


def function_terms(words: list[str], languages: tuple[str, ...]) -> Stops:
    """For each term a typed function word is searched as (as English, each of ``languages`` and its spelling as
    typed have it), the languages among ``languages`` it is a function word of; a term that another typed word is
    searched as too is none ("war" beside "wars")."""
    stops: dict[str, frozenset[str]] = {}
    others: set[str] = set()
    for word in words:
        of = frozenset(lang for lang in languages if fold(word) in FUNCTION_WORDS[lang])
        terms = _terms(word, languages)
        if not of:
            others.update(terms)
            continue
        for term in terms:
            stops[term] = stops.get(term, frozenset()) | of
    return {term: of for term, of in stops.items() if term not in others}


def _terms(word: str, languages: tuple[str, ...]) -> set[str]:
    """Every term ``word`` may be searched as: English's and each stemmed language's, as typed, and its spelling
    with umlauts written out (``longvowels``: "für" is searched as "fuer" too, which German articles stem as fur)."""
    terms = set(word_terms(word, None))
    for lang in languages:
        if lang in SNOWBALL_NAMES:
            terms.update(word_terms(word, lang))
    if (written_out := double_vowels(word.lower())) != word.lower():
        terms.update(word_terms(written_out, None))
    return terms | {word.lower(), fold(word)}


def _outside(node: wq.Query, stops: Stops) -> wq.Query:
    """``node`` with each title or body term of a function word matching outside its languages' articles only, and a
    stem of it kept to articles of a language it is no function word of (a NOT's words as typed)."""
    if isinstance(node, wq.Not):
        return node
    term = _searched_term(node)
    if term is not None and term.text in stops:
        languages = required_languages(node)
        if languages is None:
            return outside_languages(node, sorted(stops[term.text]))
        kept = languages - stops[term.text]
        return in_language(term, sorted(kept)) if kept else wq.NullQuery
    if node.is_leaf() or languages_of(node) is not None or isinstance(node, wq.Sequence):
        return node  # a phrase's words all count, with a pattern or a free word in it too ("réforme des retr*")
    node = node.apply(lambda child: _outside(child, stops))
    if isinstance(node, wq.CompoundQuery) and wq.NullQuery in node.subqueries:
        node.subqueries = [child for child in node.subqueries if child is not wq.NullQuery] or [wq.NullQuery]
    return node


def _free_in_languages(node: wq.Query, stops: Stops) -> wq.Query:
    """Under an And, each part made of function words alone matching every article of their languages too, scoring
    nothing there, unless every part is made of that language's function words (it has nothing else to find)."""
    if isinstance(node, (wq.Not, wq.Sequence)) or node.is_leaf() or languages_of(node) is not None:
        return node
    node = node.apply(lambda child: _free_in_languages(child, stops))
    if not isinstance(node, wq.And):
        return node
    among = frozenset().union(*stops.values())
    parts = [None if isinstance(child, wq.Not) or _filter_only(child) else _function_languages(child, stops, among)
             for child in node.subqueries]
    found = [of for of in parts if of is not None]
    everywhere = frozenset.intersection(*found) if found else frozenset()  # nothing else to find in them: no match
    node.subqueries = [wq.Or([child, LanguageFree(any_language(sorted(free)))])
                       if of and (free := of - everywhere) else child
                       for child, of in zip(node.subqueries, parts)]
    return node


class LanguageFree(wq.ConstantScoreQuery):
    """Every article in the languages its query names (``lang:de``), scoring nothing: a part of an And that those
    articles need not match (``fastscore`` scores it 0; Whoosh's own matcher would score it 1)."""

    def __init__(self, languages: wq.Query) -> None:
        super().__init__(languages, score=0.0)

    def _rewrap(self, child: wq.Query) -> LanguageFree:
        # Whoosh's apply() rewraps with (child, score): a source's spellings (indexquery) walk every node with it
        return LanguageFree(child)


def languages_of(node: wq.Query) -> frozenset[str] | None:
    """The languages of a ``LanguageFree`` part; None for any other query."""
    return language_codes(node.child) if type(node) is LanguageFree else None


def _function_languages(node: wq.Query, stops: Stops, among: frozenset[str]) -> frozenset[str]:
    """The languages (``among`` those of ``stops``) whose articles ``node`` has nothing to find in: each of its title
    and body terms is a function word of them, or is a stem kept to other languages' articles; none for a node with
    any other part (a phrase, a field)."""
    term = _searched_term(node)
    if term is not None:
        own = stops.get(term.text, frozenset())
        languages = required_languages(node)
        return own if languages is None else among - (languages - own)
    if node.is_leaf() or languages_of(node) is not None or isinstance(node, wq.Sequence):
        return frozenset()
    children = [_function_languages(child, stops, among) for child in node.children() if not isinstance(child, wq.Not)]
    return frozenset.intersection(*children) if children else frozenset()


def _filter_only(node: wq.Query) -> bool:
    """Whether ``node`` searches no title or body word (``date:2005``, ``lang:es``, ``source:bbc``): a filter, no
    other thing to find in an article, as --since is not ("los date:2005" had found every Spanish article of 2005,
    "los --since 2005" none)."""
    leaves = [node] if node.is_leaf() else list(node.leaves())
    return bool(leaves) and all(getattr(leaf, "fieldname", None) not in (None, *SEARCH_FIELDS) for leaf in leaves)


def _searched_term(node: wq.Query) -> wq.Term | None:
    """The title or body term ``node`` is, alone or kept to its language's articles (``languagequery.in_language``)."""
    if required_languages(node) is not None:
        node = node.a
    return node if type(node) is wq.Term and node.fieldname in SEARCH_FIELDS else None

