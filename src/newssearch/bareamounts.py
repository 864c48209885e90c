"""An amount written without a currency: the places of a number (or a number and its scale) where no currency's form
of it starts, for ``currencyamounts``' bare tier.

Each currency's form of an amount starts at its number's place ("£50" at the 50 of "£50m", "50 mln stg" at its 50),
so the places of the bare amount are those of its number that no such form shares. An article writing "£50m" and,
elsewhere, "50 million customers" holds one: it is in the bare tier, which a test of whole articles (``AndNot``) had
left it out of.

A price typed with cents (``$3.50``) is its term where no scale follows it (``currencyamounts``): "$3.5bn" holds the
term "$3.5" too. A snippet marks it so (``Unfollowed``), only where the search finds it.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from whoosh import query as wq
from whoosh.matching import WrappingMatcher
from whoosh.query.spans import Span, SpanNot, SpanOr


class BareAmount(SpanNot):
    """The articles where ``a`` (a number's term, an amount's phrase) stands at a place none of ``b`` (its forms in
    other currencies, a ``SpanOr``) starts at, scored as ``a`` (``b``'s forms weigh nothing)."""

    def estimate_size(self, ixreader) -> int:  # type: ignore[no-untyped-def]
        """At most as many articles as ``a`` matches (Whoosh's Or asks; a span query has no answer)."""
        return int(self.a.estimate_size(ixreader))

    def estimate_min_size(self, ixreader) -> int:  # type: ignore[no-untyped-def]
        """Perhaps none."""
        return 0

    class _Matcher(SpanNot._Matcher):
        """Whoosh's SpanNot matcher, which asked an exhausted ``b`` for its article (and failed), by places."""

        def _get_spans(self):  # type: ignore[no-untyped-def]
            if not self.b.is_active() or self.a.id() != self.b.id():
                return self.a.spans()
            taken = {span.start for span in self.b.spans()}
            return [span for span in self.a.spans() if span.start not in taken]


class LeadPhrase(wq.Phrase):
    """A word and then an amount's number ("in 2000": a year's), as one of ``BareAmount``'s other forms: standing at
    its last word's place, the number's, where the other forms start (``phrasestarts`` reads it so too)."""

    def matcher(self, searcher, context=None):  # type: ignore[no-untyped-def]
        """Whoosh's phrase matcher, its spans at their last word's place."""
        return _AtEnd(super().matcher(searcher, context))


class _AtEnd(WrappingMatcher):
    """A phrase's matcher whose spans are its last word's places."""

    def spans(self):  # type: ignore[no-untyped-def]
        return [Span(span.end, span.end) for span in self.child.spans()]


class Unfollowed(frozenset[str]):
    """A word of a snippet's phrase (``phrasespans.Phrase``: the terms it may be) that stands only where the next
    place's term is none of ``after``: a price's "$3.5", not the number of "$3.5bn" ("$3.5" "billion")."""

    after: frozenset[str]

    def __new__(cls, terms: Iterable[str], after: Iterable[str]) -> Unfollowed:
        word = super().__new__(cls, terms)
        word.after = frozenset(after)
        return word

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Unfollowed) and frozenset.__eq__(self, other) and self.after == other.after

    def __hash__(self) -> int:
        return hash((frozenset(self), self.after))


def unfollowed(node: BareAmount) -> tuple[str, Unfollowed] | None:
    """The field and the word (``Unfollowed``) of ``node`` when it is a term where none of some words follow it (its
    ``b`` each a phrase of that term and one word: a price and the scales), as a snippet marks it; else None (the
    bare tier's, its ``b`` other currencies' forms: marked where ``a`` is)."""
    term, after = node.a, node.b
    if not isinstance(term, wq.Term) or not isinstance(after, SpanOr) or not after.subqs:
        return None
    if not all(isinstance(phrase, wq.Phrase) and phrase.fieldname == term.fieldname and len(phrase.words) == 2
               and phrase.words[0] == term.text for phrase in after.subqs):
        return None
    return term.fieldname, Unfollowed({str(term.text)}, (str(phrase.words[1]) for phrase in after.subqs))


def guarded(phrase: Sequence[frozenset[str]]) -> bool:
    """Whether a word of ``phrase`` is an ``Unfollowed`` (a price typed with cents): only then is each place it
    matches asked whether a scale follows it (``followed``)."""
    return any(isinstance(word, Unfollowed) for word in phrase)


def followed(phrase: Sequence[frozenset[str]], terms: Sequence[str], at: int) -> bool:
    """Whether a word of ``phrase``, standing from ``at`` among a text's ``terms``, is an ``Unfollowed`` with one of
    its ``after`` next."""
    return any(isinstance(word, Unfollowed) and at + k + 1 < len(terms) and terms[at + k + 1] in word.after
               for k, word in enumerate(phrase))
