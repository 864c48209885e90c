"""Names that news writes two ways: "United Nations" and "U.N.", "New Zealand" and "NZ".

A query for one form also finds the other: the words typed stay as they were (still required
under ``--match all``), and the other form is added beside them as an alternative that may match
instead. The table holds only names whose acronym means nothing else in news text. A name with two acronyms (the
United States: US and USA) makes them forms of each other too.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from whoosh import query as wq

from . import config
from .phrases import NewsPhrase, text_phrase
from .schema import SEARCH_FIELDS
from .textanalysis import TEXT_ANALYZER, analyze

# (acronym, name): the acronym as the indexer reads "U.N." or "UN" amid text, the name spelled out.
NAMES = (
    ("US", "United States"),
    ("USA", "United States"),  # the country too: "USA" and "U.S.A." are "usa", "US" and "U.S." are "us." ("us" is the pronoun)
    ("UN", "United Nations"),
    ("UK", "United Kingdom"),
    ("EU", "European Union"),
    ("USSR", "Soviet Union"),
    ("NZ", "New Zealand"),
    ("UAE", "United Arab Emirates"),
    ("WHO", "World Health Organization"),
    ("WHO", "World Health Organisation"),  # British spelling: a stem of its own (organis, not organ)
    ("IMF", "International Monetary Fund"),
    ("NATO", "North Atlantic Treaty Organization"),
    ("NATO", "North Atlantic Treaty Organisation"),
    ("FBI", "Federal Bureau of Investigation"),
    ("CIA", "Central Intelligence Agency"),
    ("WTO", "World Trade Organization"),
    ("WTO", "World Trade Organisation"),
    ("ECB", "European Central Bank"),
    ("NHS", "National Health Service"),
    ("ANC", "African National Congress"),
    ("PLO", "Palestine Liberation Organization"),
    ("GDP", "Gross Domestic Product"),
)


@dataclass(frozen=True)
class Alias:
    """One name as index terms: the acronym's term, the spelled-out name's terms, and the name as a phrase's words."""

    acronym: str
    name: tuple[str, ...]
    words: tuple[str, ...]  # the name's terms with its stopwords: federal bureau of investigation

    def phrase(self, fieldname: str, boost: float) -> NewsPhrase:
        """The spelled-out name as a phrase in ``fieldname``."""
        return NewsPhrase(fieldname, list(self.words), boost=boost)


@lru_cache(maxsize=1)
def aliases() -> tuple[Alias, ...]:
    """NAMES analysed as the index analyses text (the acronym as an acronym, the name stemmed)."""
    found = []
    for acronym, name in NAMES:
        (term,) = analyze(f"the {acronym} is", TEXT_ANALYZER)  # amid lower-case text: an acronym, not shouting
        found.append(Alias(term, tuple(analyze(name, TEXT_ANALYZER)), tuple(text_phrase(SEARCH_FIELDS[0], name).words)))
    return tuple(found)


@lru_cache(maxsize=1)
def _spelled_names() -> re.Pattern[str]:
    """The spelled-out names of NAMES as typed: words in any case, any spaces between them."""
    names = sorted({name for _, name in NAMES}, key=len, reverse=True)
    alternatives = "|".join(r"\s+".join(re.escape(word) for word in name.split()) for name in names)
    return re.compile(rf"(?<![\w(]){'(?:' + alternatives + ')'}(?![\w)])", re.IGNORECASE)


_OPERATOR = re.compile(r"\b(?:OR|AND|NOT)\b")


def group_names(text: str) -> str:
    """Known names in parentheses when the query has operators: "United Nations OR European Union".

    Without them the parser reads ``united AND (nations OR european) AND union``, as Whoosh and
    search engines read OR between single words. Quoted text is left as it is.
    """
    if not _OPERATOR.search(text):
        return text
    pieces = text.split('"')
    for i in range(0, len(pieces), 2):  # outside quotes
        pieces[i] = _spelled_names().sub(lambda match: f"({match.group()})", pieces[i])
    return '"'.join(pieces)


def typed_aliases(words: list[str], terms: list[str] | None = None) -> tuple[list[Alias], list[Alias]]:
    """The aliases whose name is spelled out among ``words`` (as typed, in order), and those typed as acronyms;
    ``terms``: the terms of ``words``, in order, when the caller has made them (``analyze``)."""
    if terms is None:
        terms = [term for word in words for term in analyze(word, TEXT_ANALYZER)]
    runs = {tuple(terms[at : at + size]) for size in {len(a.name) for a in aliases()} for at in range(len(terms))}
    return ([alias for alias in aliases() if alias.name in runs],
            [alias for alias in aliases() if alias.acronym in terms])


def with_aliases(query: wq.Query, words: list[str], terms: list[str] | None = None) -> wq.Query:
    """``query`` where a spelled-out name may also match as its acronym, and an acronym as the name.

    Under an And, "united nations" becomes (united AND nations) OR un, so ``--match all`` finds
    "U.N." too; in an Or (``--match any``) the other form is one more optional clause. An acronym
    becomes (un OR "united nations"). A name or acronym left out (``-UN``) leaves out both forms;
    phrases in quotes are left as typed. ``terms``: see ``typed_aliases``.
    """
    names, acronyms = typed_aliases(words, terms)
    if not names and not acronyms:
        return query
    once = list({alias.name: alias for alias in names}.values())  # a name is given all its acronyms at once
    return _rewritten(_grouped(query), once, acronyms)


# A run of clauses and the word they search for: None when they are not one word, DONE when they
# are a name already given its acronym.
Slot = tuple[str | None, list[wq.Query]]
DONE = ""


def _rewritten(query: wq.Query, names: list[Alias], acronyms: list[Alias]) -> wq.Query:
    """with_aliases for one node of the query tree."""
    if query.is_leaf():
        return query
    if isinstance(query, wq.Not):  # -NZ leaves out New Zealand too: what NZ finds, NOT NZ leaves out
        return wq.Not(_rewritten(_grouped(query.query), names, acronyms), boost=query.boost)
    if not isinstance(query, (wq.And, wq.Or)):
        return query.apply(lambda child: _rewritten(child, names, acronyms))
    joined = isinstance(query, wq.And)
    slots = _slots(list(query.children()), merge=not joined)
    for alias in names:
        slots = _with_acronym(slots, alias, joined)
    by_acronym: dict[str, list[Alias]] = {}
    for alias in acronyms:
        by_acronym.setdefault(alias.acronym, []).append(alias)
    children: list[wq.Query] = []
    for text, members in slots:
        if text in by_acronym:
            children.extend(_with_names(members, by_acronym[text], joined))
        else:
            children.extend(members if text is not None else [_rewritten(child, names, acronyms) for child in members])
    return query.__class__(children, boost=query.boost)


def _grouped(query: wq.Query) -> wq.Query:
    """One word in one field (``title:NZ``) as an Or of one, the shape a word is given its alias in."""
    return wq.Or([query]) if type(query) is wq.Term and _word_of(query) is not None else query


def _slots(children: list[wq.Query], merge: bool) -> list[Slot]:
    """The clauses of an And or Or as words; with ``merge``, neighbouring terms for one word are one slot."""
    slots: list[Slot] = []
    for child in children:
        text = _word_of(child)
        if merge and text is not None and slots and slots[-1][0] == text:
            slots[-1][1].append(child)
        else:
            slots.append((text, [child]))
    return slots


def _word_of(query: wq.Query) -> str | None:
    """The term a title/body Term, or an Or of Terms for one term, searches for; else None."""
    if type(query) is wq.Term:
        return str(query.text) if query.fieldname in SEARCH_FIELDS else None
    if isinstance(query, wq.Or):
        texts = {_word_of(child) for child in query.children()}
        return texts.pop() if len(texts) == 1 and None not in texts else None
    return None


def _terms(members: list[wq.Query]) -> list[wq.Term]:
    """The Terms of one word's clauses (a Term, or the Terms of an Or)."""
    terms: list[wq.Term] = []
    for member in members:
        terms.extend([member] if isinstance(member, wq.Term) else member.children())
    return terms


def _with_acronym(slots: list[Slot], alias: Alias, joined: bool) -> list[Slot]:
    """``slots`` with the name's acronym as an alternative to its words, in the fields the first word is searched in.

    The name's other spellings (Organisation for Organization) are alternatives too, as phrases.
    Under an And, the name's words become one slot: (their And) OR the acronym OR the other spellings.
    """
    where = {text: at for at, (text, _) in reversed(list(enumerate(slots)))}
    if any(term not in where for term in alias.name):
        return slots
    places = [where[term] for term in alias.name]
    terms = _terms(slots[places[0]][1])
    acronyms = _acronyms_of(alias.name)
    acronym: list[wq.Query] = [wq.Term(term.fieldname, text, boost=term.boost * config.ALIAS_BOOST)
                               for text in acronyms for term in terms]
    acronym += [other.phrase(term.fieldname, term.boost * config.ALIAS_BOOST)
                for other in aliases() if other.acronym in acronyms and other.name != alias.name for term in terms]
    if not joined:
        return [*slots, (DONE, acronym)]
    words = wq.And([member for at in places for member in slots[at][1]])
    merged: Slot = (DONE, [wq.Or([words, *acronym])])
    return [merged if at == min(places) else slot for at, slot in enumerate(slots) if at == min(places) or at not in places]


def _with_names(members: list[wq.Query], spelled: list[Alias], joined: bool) -> list[wq.Query]:
    """An acronym's clauses with its spelled-out names as alternative phrases in each of their fields."""
    terms = _terms(members)
    names: list[wq.Query] = [alias.phrase(term.fieldname, term.boost * config.ALIAS_BOOST)
                             for alias in spelled for term in terms]
    typed = {alias.acronym for alias in spelled}
    others = sorted({other for alias in spelled for other in _acronyms_of(alias.name)} - typed)
    names += [wq.Term(term.fieldname, other, boost=term.boost * config.ALIAS_BOOST) for other in others for term in terms]
    if not joined:
        return [*members, *names]
    return [wq.Or([*terms, *names])]


def _acronyms_of(name: tuple[str, ...]) -> list[str]:
    """The acronyms of the spelled-out name ``name`` (its terms), in table order: us. and usa for the United States."""
    return list(dict.fromkeys(alias.acronym for alias in aliases() if alias.name == name))
