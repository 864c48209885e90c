"""One matcher for a sequence of parts with free words between them (``"bank * eng*"``, ``patternphrases``): the
articles holding every part, each part 1 to ``slop`` places (its free words more) after the run of those before it.

Whoosh's way, one SpanNear matcher per part each wrapping the run before it, nests as deep as the phrase is long: a
phrase of some 300 parts had ended in RecursionError, in Whoosh's chain of ``is_active`` calls. This matcher keeps the
parts in a list and joins their spans in a loop, with the very same matches, spans and scores as that chain.
"""

from __future__ import annotations

from collections.abc import Sequence

from whoosh.matching import Matcher, NullMatcher, ReadTooFar
from whoosh.query.spans import Span


class SequenceMatcher(Matcher):
    """The articles where each of ``parts`` (matchers of one field's words, with spans) follows the run of the parts
    before it at ``nearest[i]`` to ``furthest[i]`` places from that run's end (SpanNear's ``mindist`` and ``slop``;
    the first part's entries unused), scored by the parts' scores added in order, as nested SpanNear matchers are."""

    def __init__(self, parts: Sequence[Matcher], nearest: Sequence[int], furthest: Sequence[int]) -> None:
        self._parts = list(parts)
        self._nearest, self._furthest = list(nearest), list(furthest)
        self._spans: list[Span] = []
        self._active = True
        self._find()

    def _find(self) -> None:
        """Move to the first article at or after where the parts stand that holds every part in sequence."""
        parts = self._parts
        while True:
            if not all(part.is_active() for part in parts):
                self._active = False
                return
            target = max(part.id() for part in parts)
            for part in parts:
                if part.id() < target:
                    part.skip_to(target)
                    if not part.is_active():
                        self._active = False
                        return
            if any(part.id() != target for part in parts):  # one skipped past it: align on the furthest again
                continue
            self._spans = self._runs()
            if self._spans:
                return
            parts[0].next()

    def _runs(self) -> list[Span]:
        """The spans of the whole sequence in the current article, joined a part at a time (empty when none)."""
        runs = self._parts[0].spans()
        for part, nearest, furthest in zip(self._parts[1:], self._nearest[1:], self._furthest[1:]):
            runs = joined(runs, part.spans(), nearest, furthest)
            if not runs:
                break
        return runs

    def is_active(self) -> bool:
        return self._active

    def id(self) -> int:
        return int(self._parts[0].id())

    def next(self) -> None:
        if not self._active:
            raise ReadTooFar
        self._parts[0].next()
        self._find()

    def skip_to(self, id: int) -> None:
        if not self._active:
            raise ReadTooFar
        if id > self.id():
            self._parts[0].skip_to(id)
            self._find()

    def spans(self) -> list[Span]:
        return self._spans

    def score(self) -> float:  # added in order, as each nested matcher adds its run's score and its part's
        return float(sum(part.score() for part in self._parts))

    def weight(self) -> float:
        return float(sum(part.weight() for part in self._parts))

    def supports(self, astype: str) -> bool:
        return all(part.supports(astype) for part in self._parts)

    def children(self) -> list[Matcher]:
        return list(self._parts)

    def depth(self) -> int:
        return 1 + max(part.depth() for part in self._parts)

    def reset(self) -> None:
        for part in self._parts:
            part.reset()
        self._active = True
        self._find()

    def copy(self) -> SequenceMatcher:
        return self.__class__([part.copy() for part in self._parts], self._nearest, self._furthest)

    def replace(self, minquality: float = 0) -> Matcher:
        return self if self._active else NullMatcher

    def __repr__(self) -> str:
        return f"{self.__class__.__name__}({self._parts!r})"


def joined(runs: list[Span], following: list[Span], nearest: int, furthest: int) -> list[Span]:
    """Each of ``runs`` joined to each span of ``following`` that starts no earlier and stands ``nearest`` to
    ``furthest`` places from it, sorted: Whoosh's ordered SpanNear of two matchers (``SpanNearMatcher._get_spans``),
    its steps kept so that its spans, and their order, are the same."""
    spans = set()
    for run in runs:
        for span in following:
            if span.end < run.start - furthest or run.start > span.start:  # too far before it, or before it at all
                continue
            if span.start > run.end + furthest:  # too far after it, and so is every span after this one
                break
            if nearest <= run.distance_to(span) <= furthest:
                spans.add(run.to(span))
    return sorted(spans)
