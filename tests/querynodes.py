"""The query tree of the differential check (querycheck.py) and its plain evaluator: each node writes itself as
query text and says which articles it matches, from their terms and places alone.

The evaluator shares only newssearch's text analysis (``TEXT_ANALYZER``, the chain the index is built with), so both
see the same terms at the same places (queryterms.py); a phrase's consecutive places, a proximity's gaps, ``title:``, names,
patterns, fuzzy words and dates are computed here, and the boolean logic in querylogic.py. Where newssearch's
documented reading differs from plain logic (README: stopwords left out), the evaluator follows the documentation and
says so where it does.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass, field
from datetime import date

from queryterms import (
    SOLID,
    Places,
    amounts_spelled,
    ands_dropped,
    fields_of,
    in_order,
    initials_joined,
    number_pairs,
    query_places,
)

from newssearch.folding import fold
from newssearch.stopwords import CONTENT_STOPWORDS, STOP_WORDS


@dataclass
class Doc:
    """One stored article as the evaluator sees it."""

    id: str
    fields: dict[str, Places]
    date: date | None
    names: dict[str, set[str]] = field(default_factory=dict)  # the words of author and source, folded
    terms: dict[str, set[str]] = field(default_factory=dict)
    texts: dict[str, str] = field(default_factory=dict)  # title and body as written: amounts read from them

    def __post_init__(self) -> None:
        self.terms = {name: set().union(*places) if places else set() for name, places in self.fields.items()}


# --- the query tree: each node writes itself as text and says which docs it matches -----------------------------
# ``matches`` returns None for a node that searches nothing (a stopword left out): neutral in AND and OR. ``neutral``
# says so without an article, and ``negative`` marks a negation, or a group of negations alone, which an OR lifts.

class Plain:
    """What every query node answers unless it says otherwise: it matters to the query (not neutral: a stopword
    left out is) and is no negation."""

    def neutral(self) -> bool:
        return False

    def negative(self) -> bool:
        return False


@dataclass
class Word(Plain):
    """A word typed as it is, or after ``title:``."""

    text: str
    fieldname: str | None = None
    match: str = "all"

    def render(self) -> str:
        return f"{self.fieldname}:{self.text}" if self.fieldname else self.text

    def searched(self) -> bool:
        """Whether a keyword query searches this word: the stop list less its content words is left out, after a
        field's name too (``title:so``)."""
        lower = self.text.lower().replace("’", "'")  # a curly apostrophe is a straight one: that’s is that's
        return lower not in STOP_WORDS or lower in CONTENT_STOPWORDS and self.match == "all"

    def neutral(self) -> bool:
        return not self.searched()

    def matches(self, doc: Doc) -> bool | None:
        if not self.searched():
            return None
        terms = query_places(self.text)
        if number_pairs(self.text):  # README: 1-0 is that pair, not its numbers side by side ("3-1 0-30")
            return Phrase([self.text], self.fieldname).matches(doc)
        if len(terms) > 1:  # a hyphenated word is its parts in order, or written solid (e-mail, email: README)
            solid = query_places(self.text.replace("-", "")) if SOLID.fullmatch(self.text) else []
            found_solid = len(solid) == 1 and any(solid[0] & doc.terms[name] for name in fields_of(self.fieldname))
            if self.text.lower().startswith("co-"):  # README: after co- hyphenated or solid, never spaced ("Co" alone
                return found_solid  # is a company's: "Acme Co. Operations")
            return Phrase(self.text.replace("-", " ").split(), self.fieldname).matches(doc) or found_solid
        found = terms[0]
        if self.text.isalpha() and self.text.isupper():  # README: a short word typed in capitals is the acronym and
            spelled = query_places(self.text.lower())  # the word it spells (SPY finds "spy", DRY "dry", MLN "million")
            found = found | spelled[0] if len(spelled) == 1 else found
        return any(found & doc.terms[name] for name in fields_of(self.fieldname))


@dataclass
class Name(Plain):
    """``author:word`` or ``source:word``: an article whose byline or publisher has that word."""

    fieldname: str
    word: str

    def render(self) -> str:
        return f"{self.fieldname}:{self.word}"

    def matches(self, doc: Doc) -> bool | None:
        return fold(self.word.lower()) in doc.names[self.fieldname]


@dataclass
class Pattern(Plain):
    """``prefix*``: the words written in the index that start so, in any of their forms."""

    prefix: str
    terms: frozenset[str]  # the terms of those words

    def render(self) -> str:
        return self.prefix + "*"

    def matches(self, doc: Doc) -> bool | None:
        return bool(self.terms & (doc.terms["title"] | doc.terms["body"]))


@dataclass
class Fuzzy(Plain):
    """``word~``: the words an article body writes one edit away (a letter in, out or changed, two swapped), in any
    of their forms; not a function word's term that the typed word does not have."""

    word: str
    terms: frozenset[str]

    def render(self) -> str:
        return self.word + "~"

    def matches(self, doc: Doc) -> bool | None:
        return bool(self.terms & (doc.terms["title"] | doc.terms["body"]))


@dataclass
class Phrase(Plain):
    """Words in quotes: at consecutive places of one field, or with ``~N`` each 1 to N+1 places after the one before
    (README: "in this order with at most N words between them")."""

    words: list[str]
    fieldname: str | None = None
    slop: int | None = None

    def render(self) -> str:
        text = '"' + " ".join(self.words) + '"' + (f"~{self.slop}" if self.slop is not None else "")
        return f"{self.fieldname}:{text}" if self.fieldname else text

    def neutral(self) -> bool:
        return not query_places(" ".join(self.words))

    def matches(self, doc: Doc) -> bool | None:
        if not query_places(" ".join(self.words)):
            return None
        gap = 1 + (self.slop or 0)
        return any(in_order(doc.fields[name], query_places(text), gap)
                   for text in self.spellings() for name in fields_of(self.fieldname))

    def spellings(self) -> set[str]:
        """The phrase as typed; with its hyphenated words written solid (README: ``e-mail`` finds "email", in a
        phrase too); and with a run of two or three capitals, each alone, before a capitalised word as the initials
        they are (README: ``J K Rowling`` finds "J.K. Rowling", in a phrase too: ``"billion N Z Dlrs"``, "N.Z."); and
        with an "and" between names left out, as "&" holds no place (README: ``"Fisher and Paykel"``; ``ands_dropped``)."""
        typed = amounts_spelled(self.words)
        solid = [word.replace("-", "") if SOLID.fullmatch(word) else word for word in typed]
        spelled = {" ".join(words) for typed in (typed, solid) for words in (typed, initials_joined(typed))}
        if self.slop:  # README: a proximity keeps its "and" ("Fisher and Paykel"~1)
            return spelled
        return {" ".join(words) for text in spelled for words in ands_dropped(text.split())}


@dataclass
class DateIs(Plain):
    """``date:YYYY-MM`` (or a year, or a day): the articles dated within it."""

    text: str

    def render(self) -> str:
        return f"date:{self.text}"

    def matches(self, doc: Doc) -> bool | None:
        return doc.date is not None and doc.date.isoformat().startswith(self.text)


@dataclass
class DateRange(Plain):
    """``date:[low TO high]``, both ends included, each a month or a year."""

    low: str
    high: str

    def render(self) -> str:
        return f"date:[{self.low} TO {self.high}]"

    def matches(self, doc: Doc) -> bool | None:
        if doc.date is None:
            return False
        day = doc.date.isoformat()
        return day[:len(self.low)] >= self.low and day[:len(self.high)] <= self.high


# README's proximity row: a news database's operator between words, each with the most words between one and the next
# and whether the words keep their order: Nexis's w/N (either order) and pre/N (this order), Factiva's nearN and
# ProQuest's NEAR/N as w/N, ProQuest's NEAR alone as NEAR/4, its N/N and P/N as w/N and pre/N, EBSCO's NN (either
# order) and WN (this order) in capitals
_ORDERED = re.compile(r"pre/(\d+)|P/(\d+)|W(\d+)")
_EITHER = re.compile(r"w/(\d+)|NEAR/(\d+)|near(\d+)|N/(\d+)|N(\d+)|NEAR()")


@dataclass
class Proximity(Plain):
    """Words joined by one proximity operator (``blair w/5 brown``, a chain ``a NEAR b NEAR c``): each word at most
    N words from the next; an operator of either order any order of all the chain's words (README: "blair NEAR
    brown NEAR clark" is "blair brown clark"~4 in any order of its words)."""

    words: list[str]
    op: str

    def render(self) -> str:
        return f" {self.op} ".join(self.words)

    def reading(self) -> tuple[int, bool]:
        """The most words between one word and the next, and whether the words keep their order."""
        ordered = _ORDERED.fullmatch(self.op)
        found = ordered or _EITHER.fullmatch(self.op)
        assert found is not None, self.op
        number = next((g for g in found.groups() if g is not None), "")
        return int(number or 4), ordered is not None

    def matches(self, doc: Doc) -> bool | None:
        slop, ordered = self.reading()
        orders = [self.words] if ordered else [list(order) for order in itertools.permutations(self.words)]
        return any(Phrase(order, None, slop).matches(doc) for order in orders)
