"""A part of a sequence (a phrase with a pattern or a free word in it) whose stems are kept to their language's
articles, placed by its words alone.

``languagequery.in_language`` keeps a stem of another language than English to that language's articles with a
Require on the ``lang`` field; a sequence asks each of its parts where in the text it matches, and the ``lang`` field
keeps no places, so Whoosh's matcher asked the filter too and failed (``"Wahlen gew*"`` on an index with German
articles ended in a TypeError).
"""

from __future__ import annotations

from whoosh import query as wq
from whoosh.matching.wrappers import RequireMatcher


def words_placed(node: wq.Query) -> wq.Query:
    """``node`` (a part of a sequence) with each stem kept to its language's articles placed by its words alone;
    ``node`` itself when it holds no such stem."""
    if type(node) is wq.Require:
        return PlacedRequire(node.a, node.b)
    if node.is_leaf():
        return node
    parts = list(node.children())
    placed = [words_placed(part) for part in parts]
    return node if all(new is old for new, old in zip(placed, parts)) else node.apply(words_placed)


class PlacedRequire(wq.Require):
    """A Require whose matches are placed where its first part's are (its second is a filter, with no places)."""

    def matcher(self, searcher, context=None):  # type: ignore[no-untyped-def]
        placed = self.a.matcher(searcher, context)
        return PlacedRequireMatcher(placed, self.b.matcher(searcher, searcher.boolean_context()))


class PlacedRequireMatcher(RequireMatcher):
    """Whoosh's RequireMatcher with the spans of its first matcher only."""

    def spans(self) -> list:  # type: ignore[type-arg]
        return self.a.spans()
