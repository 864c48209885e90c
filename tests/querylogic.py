"""How the differential check's clauses combine (querynodes.py has the clauses): ``+`` words and a query under
--match any, negations, and brackets joined by AND, OR or nothing. Where newssearch's documented reading differs
from plain logic (README: ``a OR -b`` as ``a -b``, a date required under --match any, a negation typed twice is one),
these follow the documentation and say so where they do.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace

from queryamounts import AmountPhrase
from querynodes import DateIs, DateRange, Doc, Fuzzy, Name, Pattern, Phrase, Plain, Proximity, Word


@dataclass
class Required(Plain):
    """``+word`` under --match any."""

    child: Node

    def render(self) -> str:
        return "+" + self.child.render()

    def neutral(self) -> bool:
        return self.child.neutral()

    def matches(self, doc: Doc) -> bool | None:
        return self.child.matches(doc)


@dataclass
class AnyOf(Plain):
    """A query under --match any: its words optional, ``+`` words and dates required, negations left out."""

    children: list[Node]

    def render(self) -> str:
        return " ".join(child.render() for child in self.children)

    def neutral(self) -> bool:
        return all(child.neutral() for child in self.children)

    def matches(self, doc: Doc) -> bool | None:
        searched = [child for child in self.children if not child.neutral()]
        if not searched:
            return None
        required = [c for c in searched if isinstance(c, (Required, DateIs, DateRange, Not))]
        optional = [c for c in searched if c not in required]
        if not all(child.matches(doc) for child in required):
            return False
        if any(isinstance(c, (Required, DateIs, DateRange)) for c in required):
            return True  # a date is a filter, required as if typed with + (README); the words only rank
        return any(child.matches(doc) for child in optional) if optional else True


@dataclass
class Not:
    """``-x`` or ``NOT x``."""

    child: Node
    style: str = "-"

    def render(self) -> str:
        inner = self.child.render()
        inner = f"({inner})" if isinstance(self.child, Proximity) else inner  # a sign beside a word is that word's
        return f"-{inner}" if self.style == "-" else f"NOT {inner}"

    def negated(self) -> Node:
        child = self.child
        while isinstance(child, Not):  # a negation typed twice is one: NOT NOT blair, --blair, NOT -blair
            child = child.child
        return child

    def neutral(self) -> bool:
        return self.negated().neutral()

    def negative(self) -> bool:
        """A negation, but not of a group of negations alone: -(-a) is a, as newssearch reads it, a clause an OR
        keeps rather than a NOT that leaves its articles out of every hit."""
        return not self.neutral() and not self.negated().negative()

    def matches(self, doc: Doc) -> bool | None:
        found = self.negated().matches(doc)
        return None if found is None else not found


@dataclass
class Bool:
    """Clauses in brackets, joined by AND, OR or nothing (AND under --match all)."""

    op: str  # "AND", "OR", or "" (juxtaposed: AND under --match all)
    children: list[Node]

    def render(self) -> str:
        joiner = f" {self.op} " if self.op else " "
        return "(" + joiner.join(child.render() for child in self.children) + ")"

    def searched(self) -> list[Node]:
        return [child for child in self.children if not child.neutral()]

    def neutral(self) -> bool:
        return not self.searched()

    def negative(self) -> bool:
        """A group of negations alone (its other words left out): ``(-a -b)``, ``(-a OR the)``."""
        searched = self.searched()
        return bool(searched) and all(child.negative() for child in searched)

    def matches(self, doc: Doc) -> bool | None:
        searched = self.searched()
        if not searched:
            return None
        if self.op != "OR":
            return all(child.matches(doc) for child in searched)
        # As Lucene reads an OR: "a OR -b" is "a -b"; and a group of negations alone, "(-a OR -b)" as "(-a -b)",
        # is every article with neither word, as the query of them alone is (tests/test_search.py).
        wanted = [child for child in searched if not child.negative()]
        negated = [child for child in searched if child.negative()]
        return (not wanted or any(child.matches(doc) for child in wanted)) and all(c.matches(doc) for c in negated)


@dataclass
class FieldGroup(Plain):
    """``title:(a OR "b c" -d)``: a field before brackets, each word and phrase in them searched in that field
    (README's field row: ``title:[Tony Blair]`` is ``title:(Tony Blair)``), the group's logic as Bool's."""

    fieldname: str
    group: Bool
    fielded: Bool = field(init=False, repr=False)

    def __post_init__(self) -> None:
        self.fielded = in_field(self.group, self.fieldname)

    def render(self) -> str:
        return f"{self.fieldname}:{self.group.render()}"

    def neutral(self) -> bool:
        return self.fielded.neutral()

    def negative(self) -> bool:
        return self.fielded.negative()

    def matches(self, doc: Doc) -> bool | None:
        return self.fielded.matches(doc)


def in_field(node: Bool, fieldname: str) -> Bool:
    """``node`` with each word and phrase in it naming ``fieldname``, as a field before brackets reads them."""
    def fielded(child: Node) -> Node:
        if isinstance(child, (Word, Phrase)):
            return replace(child, fieldname=fieldname)
        if isinstance(child, Not):
            return Not(fielded(child.child), child.style)
        if isinstance(child, Bool):
            return in_field(child, fieldname)
        raise TypeError(f"no field group holds {child!r}")
    return Bool(node.op, [fielded(child) for child in node.children])


Node = FieldGroup | AmountPhrase | Word | Name | Pattern | Fuzzy | Required | AnyOf | Phrase | Proximity | DateIs | DateRange | Not | Bool
