"""An initial in place of a given name finds the name: ``author:"M. Neitz"`` finds "Meike Neitz", as a citation writes
a byline ("M. Neitz", "Neitz, M.", "Neitz M": see catalognames), and a given name finds its initial in a byline
(``author:"Meike Neitz"`` finds "M. Neitz").

An initial finds only names of its letter ("Anna Neitz" is no M. Neitz), at its place before the surname, so "Anna
Neitz" beside "Max Weber" is none either; and only the names at its place in a byline: an initial typed first stands
for a byline's first word, so "José García Márquez" is no G. Márquez (García is his first surname), while "George
Walker Bush" is a George W. Bush. Done at query time on ``author:`` phrases only: a title's or body's
phrase keeps its words, and the index is unchanged. The name as typed ranks first (INITIAL_NAME_BOOST).
"""

from __future__ import annotations

import itertools
import re

from whoosh import query as wq

from . import config
from .catalognames import catalogue_names
from .documents.personcheck import PARTICLES
from .folding import fold
from .lucene import FIELD_TERM, field_named
from .middlenames import middle_name_sequences
from .patterncaps import commonest
from .patternphrases import NewsSequence
from .phrases import NewsPhrase
from .schema import AUTHOR, AUTHORS
from .textanalysis import NAME_ANALYZER

# A letter alone, dotted or spaced ("M. Neitz", "M.J. Neitz", "M Neitz"); not the O of "O'Brien" nor a word's letter.
_INITIAL = re.compile(r"(?<![\w'’])([^\W\d_])(?=[.\s]|$)")
# The articles whose bylines are read for the given names beside a surname (each 0.16 ms: its whole record is read);
# beside a commoner one, an initial stands for any of the MAX_INITIAL_NAMES commonest names of its letter.
MAX_SURNAME_BYLINES = 200
MAX_INITIAL_NAMES = 200


def typed_initials(text: str) -> set[str]:
    """The letters typed alone in ``text``'s quoted ``author:`` values, as the index holds them: ``{"m"}`` for
    ``author:"M. Neitz"`` or ``author:"Neitz, M."``, ``{"m", "j"}`` for ``author:"Neitz MJ"``; none for
    ``author:"Jane O'Brien"``."""
    letters: set[str] = set()
    for match in FIELD_TERM.finditer(catalogue_names(text)):  # a citation's "Precht RD" as "R. D. Precht" too
        value = match.group(2)
        if field_named(match.group(1)) == AUTHOR and value.startswith('"'):
            letters.update(fold(letter.lower()) for letter in _INITIAL.findall(value.strip('"')))
    return letters


def with_author_initials(query: wq.Query, text: str, reader) -> wq.Query:  # type: ignore[no-untyped-def]
    """``query`` with each ``author:`` phrase of a given name's initial typed in ``text`` (``typed_initials``) or of a
    given name also found the other way, its initial as any name of that letter in the index ``reader`` reads and
    its given name as its initial: the best of the phrase and that sequence."""
    if AUTHOR not in reader.schema or not _has_author_name(query):
        return query
    letters = typed_initials(text)
    names: dict[tuple[str, int, Surnames], list[str]] = {}  # each letter's given names at a place, read once

    def rewritten(part: wq.Query) -> wq.Query:
        if _name_of(part) is not None:
            return _either_way(part, letters, names, reader)
        return part if part.is_leaf() else part.apply(rewritten)

    return rewritten(query)


Surnames = tuple[str, ...]  # a typed surname's words: one, or those its pattern matches ("Need*": needham, needleman)
Name = tuple[list[str], Surnames, wq.Query]  # a typed name's words before its surname, the surname, and its query


def _has_author_name(query: wq.Query) -> bool:
    """Whether ``query`` holds an ``author:`` name to rewrite (``_name_of``)."""
    return _name_of(query) is not None or any(_has_author_name(child) for child in query.children())


def _name_of(query: wq.Query) -> Name | None:
    """The words of an ``author:`` phrase as the parser makes one (not with_name_forms' exact spelling), or of a
    sequence of words whose last, the surname, is a pattern's words (``author:"Sarah Need*"``); None for another
    query."""
    if isinstance(query, NewsPhrase) and query.fieldname == AUTHOR:
        words = [str(word) for word in query.words]
        return words[:-1], (words[-1],), wq.Term(AUTHOR, words[-1])
    if not isinstance(query, NewsSequence) or query.gaps or len(query.subqueries) < 2:
        return None
    *given, last = query.subqueries
    if isinstance(last, wq.Or) and last.subqueries and all(_is_author_term(part) for part in [*given, *last.subqueries]):
        return [str(part.text) for part in given], tuple(str(part.text) for part in last.subqueries), last
    return None


def _is_author_term(query: wq.Query) -> bool:
    """Whether ``query`` is one word of a byline."""
    return type(query) is wq.Term and query.fieldname == AUTHOR


def _either_way(phrase: wq.Query, letters: set[str], names: dict[tuple[str, int, Surnames], list[str]],  # type: ignore[no-untyped-def]
                reader) -> wq.Query:
    """The best of ``phrase`` (an ``author:`` name, ``_name_of``), the sequence of its initials as names and its given
    names as initials, and those with a byline's middle initials, particles or name after its given name or before
    its surname (middlenames); the phrase itself when it has none, or when its surname is an initial."""
    words, typed, surname = _name_of(phrase)  # type: ignore[misc]
    surnames = tuple(word for word in typed if len(word) > 1)
    if not words or not surnames:
        return phrase
    parts: list[wq.Query] = []
    forms: list[list[str]] = []  # each word's forms, for the middle words after it
    for place, word in enumerate(words):
        others: list[str] = []
        if len(word) == 1 and word in letters:
            if (word, place, surnames) not in names:
                names[word, place, surnames] = _given_names(reader, word, place, surnames)
            others = names[word, place, surnames]
        elif len(word) > 1 and word.isalpha() and word not in PARTICLES and (AUTHOR, word[0]) in reader:
            others = [word[0]]
        parts.append(_typed_first(word, others))
        forms.append([word, *others])
    parts.append(surname)
    boost = phrase.boost * config.INITIAL_NAME_BOOST
    middle = [sequence for gap in _middle_gaps(words, surnames)
              for sequence in middle_name_sequences(parts, gap, forms[gap], _after(words, surnames, gap), reader,
                                                    phrase.slop, boost)]
    initials = not all(isinstance(part, wq.Term) for part in parts[:-1])
    if not initials and not middle:
        return phrase
    other = [NewsSequence(parts, slop=phrase.slop, boost=boost)] if initials else []
    return wq.DisjunctionMax([phrase, *other, *middle])


def _middle_gaps(words: list[str], surnames: Surnames) -> list[int]:
    """The words of a typed name (``words`` before its ``surnames``) after which a byline's middle words may stand:
    the given name ("Gabriel [José] García Márquez") and the word before the surname ("Mary Ann [E.] Smith"); not
    beside a particle typed (a common word, whose postings cost more to read than "Justus [M.] von Daniels" is
    worth), nor before an initial."""
    return [gap for gap in sorted({0, len(words) - 1}) if words[gap] not in PARTICLES and _after(words, surnames, gap)]


def _after(words: list[str], surnames: Surnames, gap: int) -> Surnames:
    """The forms of the word after a typed name's word ``gap`` (the next of ``words``, or the ``surnames``) that
    middle words may stand before: no particle, no initial."""
    after = (words[gap + 1],) if gap + 1 < len(words) else surnames
    return tuple(word for word in after if word not in PARTICLES and len(word) > 1)


def _typed_first(word: str, others: list[str]) -> wq.Query:
    """The term of ``word``, or of it or one of its ``others`` (an initial's names, a name's initial) adding nothing
    to the score: a rare initial is no better a match of the name typed ("M. Neitz" had outranked "Meike Neitz")."""
    if not others:
        return wq.Term(AUTHOR, word)
    return wq.Or([wq.Term(AUTHOR, word), *(wq.Term(AUTHOR, each, boost=0.0) for each in others)])


def _given_names(reader, letter: str, place: int, surnames: Surnames) -> list[str]:  # type: ignore[no-untyped-def]
    """The given names starting with ``letter``, longer than it, for an initial typed as a name's word ``place``:
    the words at that place of the bylines holding one of ``surnames`` after it (read from up to
    MAX_SURNAME_BYLINES articles), else the words of any byline (the MAX_INITIAL_NAMES most articles hold). Each
    name is a term to look up when searching, 0.25 ms: the names beside the surname are few."""
    held = [surname for surname in surnames if (AUTHOR, surname) in reader]
    if not held:
        return []
    articles = sorted({article for surname in held for article in
                       itertools.islice(reader.postings(AUTHOR, surname).all_ids(), MAX_SURNAME_BYLINES + 1)})
    if len(articles) <= MAX_SURNAME_BYLINES:
        return sorted({word for article in articles for name in reader.stored_fields(article).get(AUTHORS) or ()
                       for word in _name_words(name, place, held) if word.startswith(letter) and len(word) > 1})
    found = [term.encode("utf-8") if isinstance(term, str) else term for term in reader.expand_prefix(AUTHOR, letter)]
    found = [term for term in found if len(term.decode("utf-8")) > 1]
    return [term.decode("utf-8") for term in commonest(reader, AUTHOR, found, MAX_INITIAL_NAMES)]


def _name_words(name: str, place: int, surnames: list[str]) -> set[str]:
    """The forms of ``name``'s word ``place`` (0: its first given name, "gabriel" of "Gabriel García Márquez"; 1: its
    second, "walker" of "George Walker Bush") when one of ``surnames`` stands after it; none else. An initial typed first
    stands for a byline's first word: "García" of "José García Márquez", his first surname, had made him a G. Márquez."""
    places: dict[int, set[str]] = {}
    for token in NAME_ANALYZER(name, mode="index", positions=True):
        places.setdefault(token.pos, set()).add(token.text)
    at = sorted(places)[place] if place < len(places) else None
    return places[at] if at is not None and any(not places[later].isdisjoint(surnames)
                                                for later in places if later > at) else set()
