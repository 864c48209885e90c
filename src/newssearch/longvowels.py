"""Te reo Māori long vowels, written with a macron or doubled (or plain, by one who types no macrons): each spelling
of a query's word finds the others the index gives reason to search for."""

from __future__ import annotations

from whoosh import query as wq

from . import config
from .expansions import map_terms
from .folding import double_vowels, macron_guesses, macron_spelling
from .livecounts import live_frequency
from .schema import BODY, SEARCH_FIELDS
from .textanalysis import analyze, stem_english


def long_vowel_spellings(query: wq.Query, words: list[str], reader) -> wq.Query:  # type: ignore[no-untyped-def]
    """Te reo Māori writes a long vowel with a macron or doubled: let each spelling find the others.

    ``Māori`` (searched folded, as ``maori``) also finds ``Maaori``; ``Maaori`` and ``Maori`` find each
    other when the index holds the macron spelling ``Māori``, so that ``meet`` never finds ``met``.
    """
    alternatives: dict[str, set[str]] = {}
    plain: set[str] = set()  # the terms of words typed without a macron
    for word in words:
        others = _other_spellings(word.lower(), reader)
        typed = analyze(word) if others else []  # most words have no other spelling: no analysis for them
        for other in others:
            spelled = analyze(other)
            if len(typed) == len(spelled) == 1 and typed != spelled:
                alternatives.setdefault(typed[0], set()).add(spelled[0])
                if word.isascii():
                    plain.add(typed[0])
    return _with_alternatives(query, alternatives, plain, reader) if alternatives else query


MAX_GUESSED_MACRONS = 2


def _other_spellings(word: str, reader) -> list[str]:  # type: ignore[no-untyped-def]
    """The other ways of writing ``word``'s long vowels that this index gives reason to search for."""
    if not word.isascii():
        doubled = double_vowels(word)  # Māori -> Maaori (its folded form, maori, is searched anyway)
        return [doubled] if doubled != word else []
    if (macron := macron_spelling(word)) != word:
        return [macron] if _in_index(macron, reader) else []  # Maaori -> Māori, searched folded: maori
    # only a word that could be te reo Māori (federal, reserve: never) is worth the guesses: Maori -> Maaori, when
    # some article writes Māori
    return [double_vowels(macron) for macron in macron_guesses(word, MAX_GUESSED_MACRONS) if _in_index(macron, reader)]


def _in_index(macron_word: str, reader) -> bool:  # type: ignore[no-untyped-def]
    """Whether some live article spells ``macron_word`` (one lower-case word) with its macrons.

    Indexing keeps that exact form beside the folded one, stemmed like every word. A version an update deleted
    does not count: it had made ``mate`` find "maate" when only the file's old version wrote "māte".
    """
    return bool(live_frequency(reader, BODY, stem_english(macron_word), enough=0))


def _with_alternatives(query: wq.Query, alternatives: dict[str, set[str]], plain: set[str],  # type: ignore[no-untyped-def]
                       reader) -> wq.Query:
    """Each title/body term that has other spellings becomes the best of them; the spelling typed counts most.

    The best, not the sum: an article writing "Māori" holds maori and maaori too, and had outranked one
    writing "Maori" for the query ``Maori``. An article that writes a word typed without a macron (a
    term of ``plain``) only as typed gets EXACT_FORM_BOOST more, as one with the macron does for a word
    typed with it. Under a Not too: -Māori leaves out every spelling. Another spelling's weight is cut by
    ``idf_share``, so it never outscores the typed form's own match.
    """
    def spelled(leaf: wq.Query) -> wq.Query:
        if not isinstance(leaf, wq.Term) or leaf.fieldname not in SEARCH_FIELDS or leaf.text not in alternatives:
            return leaf
        others = sorted(alternatives[str(leaf.text)])
        boost = leaf.boost * config.OTHER_SPELLING_BOOST
        return wq.DisjunctionMax([leaf, *(wq.Term(leaf.fieldname, other, boost=boost * idf_share(
            reader, leaf.fieldname, str(leaf.text), other)) for other in others)])

    only_as_typed = [wq.AndNot(wq.Term(term.fieldname, term.text, boost=term.boost * config.EXACT_FORM_BOOST),
                               wq.Or([wq.Term(term.fieldname, other) for other in sorted(alternatives[str(term.text)])]))
                     for term in _wanted_terms(query) if term.fieldname in SEARCH_FIELDS and term.text in plain]
    spelled_query = map_terms(query, spelled)
    return wq.AndMaybe(spelled_query, wq.Or(only_as_typed)) if only_as_typed else spelled_query


def idf_share(reader, fieldname: str, typed: str, other: str) -> float:  # type: ignore[no-untyped-def]
    """At most 1: the typed term's idf over ``other``'s, where ``other`` is rarer. A rarer form scores higher, and
    maaori (only where Māori is written) is rarer than maori (written Maori or Māori): ``Maori`` had ranked an
    article writing Māori above one writing Maori as typed (0.35 against 0.27 in an index of the two)."""
    from .livecounts import live_doc_frequency
    from .ranking import bm25_idf

    articles = reader.doc_count()
    theirs = bm25_idf(live_doc_frequency(reader, fieldname, other), articles)
    own = bm25_idf(live_doc_frequency(reader, fieldname, typed), articles)
    return min(1.0, own / theirs) if theirs > 0 else 1.0


def _wanted_terms(query: wq.Query) -> list[wq.Term]:
    """The terms of ``query`` that are not negated."""
    if isinstance(query, wq.Term):
        return [query]
    if isinstance(query, wq.Not) or query.is_leaf():
        return []
    if isinstance(query, wq.AndNot):
        return _wanted_terms(query.a)
    return [term for child in query.children() for term in _wanted_terms(child)]
