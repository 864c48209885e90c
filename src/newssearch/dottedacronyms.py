"""A word typed in lower or title case also finds the acronym its dotted initials spell: ``aids`` finds "A.I.D.S.".

Dotted initials of four letters or more are indexed as the acronym, unstemmed (``A.I.D.S.``: ``aids``), so that
``aid`` does not find them; a word typed as most people type it (``aids``, ``Aids``) is searched as its stem
(``aid``), and had lost them. Here such a word of LONG_ACRONYM letters or more also searches that term, in a phrase
too, where the index holds it, whatever its letter case (``AIDS`` too); a shorter word does not (``us`` is the
pronoun, not "U.S.").
"""

from __future__ import annotations

from functools import lru_cache

from whoosh import query as wq

from .acronymterms import acronyms
from .livecounts import live_frequency
from .patterns import WRITTEN
from .phrases import NewsPhrase
from .schema import SEARCH_FIELDS
from .textanalysis import analyze, stem_english
from .tokenpatterns import plain_word

LONG_ACRONYM = 4  # letters: a capital word this long is no acronym token, but its dotted initials are


def dotted_terms(words: list[str]) -> dict[str, str]:
    """The stem of each typed word of LONG_ACRONYM letters or more and the other term its dotted initials have:
    ``{"aid": "aids"}`` for ``aids``; none for a word whose initials are a stopword's (``them``: ``them.``) or
    whose stem is that term (``team``)."""
    found: dict[str, str] = {}
    for word in words:
        if len(word) < LONG_ACRONYM or not (word.isascii() and word.isalpha()):
            continue
        if (dotted := _dotted_term(word)) is not None:
            found[dotted[0]] = dotted[1]
    return found


@lru_cache(maxsize=100_000)
def _dotted_term(word: str) -> tuple[str, str] | None:
    """The stem of ``word`` and the other term its dotted initials have, or None (see ``dotted_terms``): read once a
    word, as a pasted page is parsed again by the notes of a search that found nothing (its dashes spaced, --match
    any), each parse of its 10,000 words had read them all again (0.17 s)."""
    term = acronyms([".".join(word.upper()) + "."]).get(0)
    stems = analyze(word)
    if term is not None and term.isalpha() and len(stems) == 1 and stems[0] != term:
        return stems[0], term
    return None


def with_dotted_acronyms(query: wq.Query, words: list[str], reader) -> wq.Query:  # type: ignore[no-untyped-def]
    """``query`` with each title/body term of a typed word as the best of it and its dotted initials' term
    (``dotted_terms``), and each phrase holding one also as the phrase with that term, where a live article has it
    (not only a version an update deleted)."""
    terms = {stem: term for stem, term in dotted_terms(words).items()
             if any(live_frequency(reader, field, term, enough=0) for field in SEARCH_FIELDS)
             and not _a_word_s_stem(reader, term)}
    return _with_terms(query, terms) if terms else query


def _a_word_s_stem(reader, term: str) -> bool:  # type: ignore[no-untyped-def]
    """Whether an article writes a word whose stem is ``term`` (the index holds both under one term): then the term
    is not only the acronym, and ``commission`` had found every "commissioner" (stem commission) as the initials
    C.O.M.M.I.S.S.I.O.N. A stem starts with all but the last letter of its word ("making": make), the words as
    written are read by that prefix (the body's; a word written in titles alone is not seen)."""
    if WRITTEN not in reader.schema:
        return False
    for word in reader.expand_prefix(WRITTEN, term[:-1]):
        written = word.decode("utf-8") if isinstance(word, bytes) else word
        if stem_english(plain_word(written)) == term:
            return True
    return False


def _with_terms(query: wq.Query, terms: dict[str, str]) -> wq.Query:
    """``query`` with the other ``terms`` of its terms and phrases (a term given one already is left as it is)."""
    if isinstance(query, wq.Term) and query.fieldname in SEARCH_FIELDS and query.text in terms:
        return wq.DisjunctionMax([query, wq.Term(query.fieldname, terms[str(query.text)], boost=query.boost)])
    if isinstance(query, wq.Phrase) and query.fieldname in SEARCH_FIELDS and any(word in terms for word in query.words):
        other = NewsPhrase(query.fieldname, [terms.get(word, word) for word in query.words], slop=query.slop,
                           boost=query.boost, char_ranges=query.char_ranges)
        return wq.DisjunctionMax([query, other])
    if query.is_leaf():
        return query
    return query.apply(lambda child: _with_terms(child, terms))
