"""A long text's token spans, and the single letters indexed beside its pairs of a script without spaces, held packed
in arrays of machine integers: as Python objects (a tuple of two numbers a span, a dict of tuples by place) they had
been a long text's indexing's largest part (an English one's 25 times the text, a Chinese one's 60 times)."""

from __future__ import annotations

from array import array
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field

from .tokenpatterns import Span


class PackedSpans(Sequence[Span]):
    """Token spans held in two arrays of offsets, 16 bytes a token (8 as C ints): a list of (start, end) tuples is 120
    (the tuple and its two numbers), and a 20 MB text's had been its indexing's largest object (25 times the text at
    its peak)."""

    def __init__(self, starts: array[int], ends: array[int]) -> None:
        self.starts, self.ends = starts, ends

    def __len__(self) -> int:
        return len(self.starts)

    def __iter__(self) -> Iterator[Span]:
        return zip(self.starts, self.ends)

    def __getitem__(self, at):  # type: ignore[no-untyped-def]
        if isinstance(at, slice):
            return list(zip(self.starts[at], self.ends[at]))
        return self.starts[at], self.ends[at]


def _no_letters() -> list[tuple[str, ...]]:
    """The table of a text without pairs: its one entry, the letters of a token that is no pair (none)."""
    return [()]


@dataclass
class PairLetters:
    """The single letters indexed beside each pair of letters of a script without spaces (``unspaced``), by the
    pair's place: ``letters[ids[place]]``, as written (the pair's first letter; the last pair of a run, both).

    ``ids`` holds one number a token, 4 bytes (0: a token that is no pair, whose letters are ``()``); ``letters``
    each distinct tuple of letters once. A text in Chinese had held a tuple of letters in a dict a pair, and before
    that a tuple of spans: 100 to 200 bytes a character of the text.
    """

    ids: array[int] = field(default_factory=lambda: array("I"))
    letters: list[tuple[str, ...]] = field(default_factory=_no_letters)

    def __bool__(self) -> bool:
        """Whether any token is a pair with letters beside it."""
        return len(self.letters) > 1

    def at(self, pos: int) -> tuple[str, ...]:
        """The single letters beside the token at ``pos``, as written; () for a token that is no pair."""
        return self.letters[self.ids[pos]] if pos < len(self.ids) else ()

    def spans_at(self, pos: int, start: int, end: int) -> tuple[Span, ...]:
        """Where the single letters beside the token at ``pos`` (from ``start`` to ``end``) stand in its text."""
        letters = self.at(pos)
        if not letters:
            return ()
        middle = start + len(letters[0])
        return ((start, middle),) if len(letters) == 1 else ((start, middle), (middle, end))
