"""What a search that finds nothing says of its NOTs: that they leave out every article the rest of the query finds
(``police -police``), or that an OR beside one is read as Lucene reads it (``cat OR NOT cat``)."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from whoosh import query as wq

from .folding import fold
from .languagequery import excluded_languages
from .operators import spaced_operators
from .singlequotes import phrase_quotes

if TYPE_CHECKING:
    from .notices import Matched

# How a NOT inside an OR is read, said by this note and by the date clauses' (``datenotices``)
OR_NOT_READ = "a NOT inside an OR leaves its articles out of every hit, as Lucene reads it (a OR NOT b is a AND NOT b)"

def excluded_notice(text: str, match: str, matched: Matched, found: int, query: wq.Query | None = None) -> str:
    """Why a query finds nothing whose NOTs leave out every article the rest of it finds (``found`` of them, counted
    with the NOTs taken out of its tree): ``police -police``, ``"police dog" -(police)``, ``cat OR NOT cat``
    (Lucene's a OR NOT b is a AND NOT b). The rest as typed (the NOTs taken out with the AND that joins each) and what
    it finds alone, when that is so (its articles, less each NOT's, are none); else the NOTs and ``found``. None
    typed, the NOTs are the query's own (``query``, its tree): function words kept out of their languages' articles."""
    clauses = _clauses(spaced_operators(text))  # NOT(police) is NOT (police), as the parser reads it
    if query is not None and not _inner_nots(clauses) and (said := function_word_notice(query, found, text)) is not None:
        return said
    if _or_beside_not(clauses, match):
        return f"{text} finds nothing: {OR_NOT_READ}"
    negated: list[str] = []
    kept = list(clauses)
    for at in reversed(_nots(clauses)):  # from the end, so that the places before stay as they were
        first = _not_start(clauses, at)
        negated.insert(0, _negation(clauses, first, at))
        joined = first - 1 if first and kept[first - 1] in _ANDS else first
        last = at + 1 if joined == first and at + 1 < len(kept) and kept[at + 1] in _ANDS else at
        del kept[joined : last + 1]
    wanted = " ".join(kept)
    rest = matched(wanted, match) if kept and negated else set()
    if rest and not rest.difference(*(matched(_NOT_MARK.sub("", part, count=1), match) for part in negated)):
        return f"{' '.join(negated)} leaves out every article {wanted} finds: {wanted} alone finds {len(rest):,}"
    named = negated or _inner_nots(clauses)  # a NOT in brackets ("police (kaha -police)"), or not told apart
    many = len(named) != 1
    return (f"{' '.join(named) if named else 'its NOTs'} leave{'s' * (not many)} out every article the rest of the "
            f"query finds: the query finds {found:,} without {'them' if many else 'it'}")


_NOT_MARK = re.compile(r"^(?:[-!]+|NOT\s+)")  # what makes a clause a NOT (--police one): without it, what it leaves out


def _inner_nots(clauses: list[str]) -> list[str]:
    """The NOTs of ``clauses`` and of the groups in brackets among them, as typed (``-police`` of ``(kaha -police)``),
    not those inside a NOT's brackets."""
    nots = _nots(clauses)
    found = [_negation(clauses, _not_start(clauses, at), at) for at in nots]
    for at, clause in enumerate(clauses):
        if at not in nots and not clause.startswith(_QUOTES) and "(" in clause and ")" in clause:
            found += _inner_nots(_clauses(clause[clause.index("(") + 1 : clause.rindex(")")]))
    return found


_ANDS = ("AND", "&&")
# A NOT as the parser reads it: NOT with signs typed before it (-NOT, ---NOT: web_operators' NOT NOT, one NOT)
_NOT_WORD = re.compile(r"[-!+]*NOT")


def _nots(clauses: list[str]) -> list[int]:
    """The places of the clauses a NOT leaves out: ``-police``, ``!police``, or one after ``NOT`` (or ``---NOT``)."""
    return [at for at, clause in enumerate(clauses) if not _NOT_WORD.fullmatch(clause)
            and (clause.startswith(("-", "!")) or at and _NOT_WORD.fullmatch(clauses[at - 1]) and clause not in _ANDS)]


def _not_start(clauses: list[str], at: int) -> int:
    """Where the NOT of the clause at ``at`` starts: at the first of the ``NOT`` words before it, or at it."""
    while at and _NOT_WORD.fullmatch(clauses[at - 1]):
        at -= 1
    return at


def _negation(clauses: list[str], first: int, at: int) -> str:
    """The NOT from ``first`` to ``at`` as the parser reads it: ``-police`` as typed, ``---NOT police`` (or
    ``NOT NOT police``) as ``NOT police``, one NOT."""
    return clauses[at] if first == at else f"NOT {clauses[at]}"


_QUOTES = ('"', "'")  # a phrase's first character: no group in brackets, whatever it holds
_CLOSING = {"(": ")", "[": "]}", "{": "]}"}  # a range may close with either bracket, as in Lucene


def _clauses(text: str) -> list[str]:
    """The clauses of ``text`` at its top level: a word or a field's value, a phrase in double or single quotes or a
    group in brackets whole (``title:(police OR fire)^2``, ``date:[2020 TO 2021]``, ``'police -said'``)."""
    clauses: list[str] = []
    start: int | None = None
    closing: list[str] = []
    quoted = False
    single = phrase_quotes(text)  # 'police -said' is a phrase, its minus a word's, as the parser reads it
    for at, char in enumerate(text):
        if char.isspace() and not quoted and not closing:
            if start is not None:
                clauses.append(text[start:at])
                start = None
            continue
        start = at if start is None else start
        if char == '"' or at in single:
            quoted = not quoted
        elif not quoted and closing and char in closing[-1]:
            closing.pop()
        elif not quoted and char in _CLOSING:
            closing.append(_CLOSING[char])
    return clauses + ([text[start:]] if start is not None else [])


def _or_beside_not(clauses: list[str], match: str) -> bool:
    """Whether an OR joins a NOT to other clauses at some level of ``clauses``, its own or inside a group in brackets
    (``police -(police OR fire)`` has none: its OR is inside the NOT): under --match any an OR beside a NOT anywhere at
    its level (the level's clauses are an OR already); else one either side of it."""
    ors = [at for at, clause in enumerate(clauses) if clause in ("OR", "||")]
    nots = _nots(clauses)
    if ors and nots and (match == "any" or any(_not_start(clauses, at) - 1 in ors or at + 1 in ors for at in nots)):
        return True
    # not inside a NOT's brackets: NOT (NOT a OR b) is NOT (b AND NOT a), whose NOT lets a's articles back in
    inner = (clause[clause.index("(") + 1 : clause.rindex(")")] for at, clause in enumerate(clauses)
             if at not in nots and not clause.startswith(_QUOTES) and "(" in clause and ")" in clause)
    return any(_or_beside_not(_clauses(group), match) for group in inner)


def or_beside_not(text: str, match: str) -> bool:
    """Whether an OR joins a NOT to other clauses in ``text``, at its top level or in a group in brackets outside a
    NOT's: what ``OR_NOT_READ`` speaks of."""
    return _or_beside_not(_clauses(spaced_operators(text)), match)


def function_word_notice(query: wq.Query, found: int, text: str = "") -> str | None:
    """What a query of function words alone that finds nothing says (``dass``, ``der den``): each is searched in its
    languages' articles only in a phrase (``functionterms``), and ``found`` of those have the words; None when
    ``query`` keeps no word out of a language's articles. Its NOTs had been blamed, though none was typed. Each word
    is named as ``text`` has it (``Só``, not the term "so" or "só"), in typed order."""
    kept: dict[str, frozenset[str]] = {}
    for node in _nodes(query):
        languages = excluded_languages(node)
        word = node.subqueries[0] if languages else None
        if isinstance(word, wq.Term) and languages:
            kept.setdefault(str(word.text), languages)
    if not kept:
        return None
    kept = _as_typed(kept, text)
    many, codes = len(kept) > 1, set(kept.values())
    words = [word if len(codes) == 1 else f"{word} (lang:{','.join(sorted(langs))})" for word, langs in kept.items()]
    named = f"{', '.join(words[:-1])} and {words[-1]}" if many else words[0]
    where = f"lang:{','.join(sorted(codes.pop()))}" if len(codes) == 1 else "those languages"
    it = "them" if many else "it"
    return (f"{named} {'are' if many else 'is a'} very common word{'s' * many} in articles in {where}, searched in them "
            f"only in a phrase (quote {it} with the words beside {it}): {found:,} of them "
            f"{'has' if found == 1 else 'have'} the query's words, and no article in another language matches")


_TYPED_WORD = re.compile(r"\w+")


def _as_typed(kept: dict[str, frozenset[str]], text: str) -> dict[str, frozenset[str]]:
    """``kept``'s terms named by the words of ``text`` they are (its lower-cased or folded forms), in typed order, a
    word's languages those of its terms; a term no typed word is stays as it is, after them."""
    typed: dict[str, frozenset[str]] = {}
    named: set[str] = set()
    for word in _TYPED_WORD.findall(text):
        terms = [term for term in kept if term not in named and term in (word.lower(), fold(word.lower()))]
        if terms:
            typed[word] = frozenset().union(*(kept[term] for term in terms))
            named.update(terms)
    return {**typed, **{term: languages for term, languages in kept.items() if term not in named}}


def _nodes(query: wq.Query) -> list[wq.Query]:
    """``query`` and every query inside it."""
    found = [query]
    for child in query.children():
        found += _nodes(child)
    return found
