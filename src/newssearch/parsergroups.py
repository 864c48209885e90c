"""How the parser groups a query's clauses: AND and OR keep a boost on the clause it is typed after, and under --match
any ``+word``, AND and an OR typed among the optional words are read as Lucene's classic query parser reads them with OR
as its default operator."""

from __future__ import annotations

from whoosh import qparser
from whoosh import query as wq


class BracketedPlusMinus(qparser.PlusMinusPlugin):
    """``+word`` required among its own brackets' words too, as in Lucene: Whoosh sorts the words of the whole query
    alone, and inside brackets dropped the ``+``, so ``(+police café) blair`` found an article with café alone.

    An AND requires the clause on either side of it, a NOT's left out, as Lucene's classic query parser reads it with
    OR as its default operator: ``a b AND NOT c`` is ``a +b -c``, ``a AND b OR c`` ``+a +b c``. Whoosh's AND had
    grouped its neighbours apart, ``a OR (b AND NOT c)``: ``police date:2020 AND NOT police`` found every police
    article."""

    def do_plusminus(self, parser, group):  # type: ignore[no-untyped-def]
        return super().do_plusminus(parser, self._inner(_ands_required(group, self.Plus)))

    def _inner(self, group):  # type: ignore[no-untyped-def]
        """``group`` with each group in brackets in it (at any depth) sorted by its own + words and ANDs."""
        for at, node in enumerate(group):
            if isinstance(node, qparser.syntax.GroupNode):
                group[at] = self._bracketed(self._inner(_ands_required(node, self.Plus)))
        return group

    def _bracketed(self, group):  # type: ignore[no-untyped-def]
        """A group in brackets as its required AND-MAYBE optional words when it has a + word, keeping its boost
        (``(+police café)^3``): the AND-MAYBE takes none itself, so its parts do, as both score it."""
        if not any(isinstance(node, self.Plus) for node in group):
            return group
        sorted_group = super().do_plusminus(None, group)
        for node in sorted_group:
            node.set_boost(node.boost * group.boost)
        return sorted_group


def _ands_required(group, plus):  # type: ignore[no-untyped-def]
    """``group`` (one level of it) with each AND taken out and a ``plus`` mark before the clause on either side of it,
    unless a NOT or a plus stands before that clause already."""
    at = 0
    while at < len(group):
        node = group[at]
        if not (isinstance(node, qparser.syntax.InfixOperator) and node.grouptype is qparser.syntax.AndGroup
                and 0 < at < len(group) - 1):
            at += 1
            continue
        del group[at]
        if not _marked(group, at) and not isinstance(group[at], qparser.syntax.Operator):  # the right side
            group.insert(at, plus())
        if not _marked(group, at - 1) and not isinstance(group[at - 1], qparser.syntax.Operator):  # the left side
            group.insert(at - 1, plus())
            at += 1
    return group


def _marked(group, at: int) -> bool:  # type: ignore[no-untyped-def]
    """Whether the clause at ``at`` has a plus or a NOT before it (or is a plus mark itself)."""
    before = group[at - 1] if at > 0 else None
    return isinstance(group[at], qparser.PlusMinusPlugin.Plus) or isinstance(before, qparser.PlusMinusPlugin.Plus) or (
        isinstance(before, qparser.syntax.PrefixOperator) and before.grouptype is qparser.syntax.NotGroup)


class SplicedOrs(qparser.Plugin):
    """Under --match any, an OR typed among optional words is the same OR as theirs: its parts are spliced into their
    group, so that a NOT in it leaves its articles out of every word's hits, as Lucene reads ``a b OR NOT c``
    (``(a OR b) AND NOT c``): ``police date:2020 OR NOT police`` had been ``police OR (date:2020 AND NOT police)``,
    every police article. A group in brackets (``AnyGroup``) keeps its NOT to itself."""

    def filters(self, parser):  # type: ignore[no-untyped-def]
        return [(self.do_splice, 610)]  # after the operators (600) have made their groups

    def do_splice(self, parser, group):  # type: ignore[no-untyped-def]
        """``group`` with each unboosted OR directly inside an OR (or brackets' any-group) spliced into it."""
        for at in range(len(group) - 1, -1, -1):
            node = group[at]
            if isinstance(node, qparser.syntax.GroupNode):
                self.do_splice(parser, node)
                if type(node) is qparser.syntax.OrGroup and node.boost == 1 and isinstance(group, _ANY_GROUPS):
                    group[at : at + 1] = node.nodes
        return group


class BoostKeepingInfix(qparser.syntax.InfixOperator):
    """AND or OR that joins a boosted group to the next clause in a new group: Whoosh appended the clause to the group
    (a word's fields are an OR of their own, a bracket a group), its boost with it: ``police^2 OR fire`` had doubled
    fire's score too, ``(a b)^2 AND c`` c's."""

    def replace_self(self, parser, group, position):  # type: ignore[no-untyped-def]
        if 0 < position < len(group) - 1:
            merged = group[position - 1] if self.leftassoc else group[position + 1]
            if isinstance(merged, self.grouptype) and getattr(merged, "boost", 1.0) != 1:
                group[position - 1 : position + 2] = [self.grouptype([group[position - 1], group[position + 1]])]
                return position - 1 if not self.leftassoc else position
        return super().replace_self(parser, group, position)


class BoostKeepingOperators(qparser.OperatorsPlugin):
    """Whoosh's operators, AND and OR as ``BoostKeepingInfix``."""

    def __init__(self) -> None:
        super().__init__()
        for tagger, _ in self.ops:
            if tagger.optype is qparser.syntax.InfixOperator:
                tagger.optype = BoostKeepingInfix


class AnyGroup(qparser.syntax.GroupNode):
    """The words of a --match any query or of a group in brackets, any of them: an OR of them that a typed OR after it
    does not merge into (Whoosh's own OrGroup does), so that a group keeps its NOT to itself: "(storm -school) OR
    voting" is not "(storm OR voting) AND NOT school"."""

    qclass = wq.Or


_ANY_GROUPS = (qparser.syntax.OrGroup, AnyGroup)  # the groups whose parts are any of them under --match any
