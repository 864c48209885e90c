"""Snippets: the best passages of a text around the matching words, with match spans marked.

Pure functions on strings. Where the words match is ``matchspans``' concern; here, which passages to show (where
one starts and ends: ``passageends``).
"""

from __future__ import annotations

import html
from collections.abc import Callable, Collection, Iterator
from dataclasses import dataclass

from . import config
from .addressends import addresses_whole
from .blockbreaks import squashed
from .matchspans import spans_of
from .passageends import WORD_OVERRUN, reaching_back, window_start, word_end
from .phrasespans import Phrase
from .wordspans import MatchSpan

ELLIPSIS = "…"
MIN_PASSAGE = 40  # characters: a shorter passage shows too little around its match


@dataclass(frozen=True)
class Snippet:
    """Passages of a text; each passage is a list of (text, is_match) parts."""

    fragments: tuple[tuple[tuple[str, bool], ...], ...]
    leading: bool = False    # text was cut before the first passage
    trailing: bool = False   # text was cut after the last passage

    def render(self, mark: Callable[[str], str], escape: Callable[[str], str] = lambda s: s) -> str:
        """Join the passages with ellipses; ``mark`` wraps each match span, ``escape`` all text."""
        return "".join(mark(escape(text)) if hit else escape(text) for text, hit in self.parts())

    def parts(self) -> list[tuple[str, bool]]:
        """The snippet as one run of (text, is_match) parts, the passages joined by ellipses."""
        if not any(text for fragment in self.fragments for text, _ in fragment):
            return []
        parts: list[tuple[str, bool]] = [(f"{ELLIPSIS} ", False)] if self.leading else []
        for n, fragment in enumerate(self.fragments):
            if n:
                parts.append((f" {ELLIPSIS} ", False))
            parts.extend(fragment)
        if self.trailing:
            parts.append((f" {ELLIPSIS}", False))
        return parts

    def plain(self) -> str:
        """The snippet as plain text."""
        return self.render(lambda s: s)

    def __str__(self) -> str:
        """The snippet as plain text (``print(hit.snippet)``); ``repr()`` keeps its passages and marks."""
        return self.plain()

    def html(self) -> str:
        """The snippet as HTML: text escaped, match spans in ``<mark>``."""
        return self.render(lambda s: f"<mark>{s}</mark>", html.escape)

    @property
    def matched(self) -> bool:
        """True when any passage holds a match."""
        return any(hit for fragment in self.fragments for _, hit in fragment)


def make_snippet(
    text: str,
    term_of: Callable[[str], str | None],
    matches: Callable[[str], bool],
    chars: int = config.SNIPPET_CHARS,
    fragments: int = config.SNIPPET_FRAGMENTS,
    phrases: Collection[Phrase] = (),
    near: Collection[tuple[Phrase, int]] = (),
) -> Snippet:
    """Choose up to ``fragments`` passages, ``chars`` characters in all, around the best matches.

    ``term_of`` maps a word to its index term (None for a stopword); ``matches`` says whether
    an index term matches the query on its own. The words of ``phrases`` (for each word the index terms it
    may be, stopwords too) are marked only where the whole phrase is: "United Nations" does not mark a lone
    "nations", nor ``e-mail*`` a lone "mail". The words of a proximity (``near``: a phrase and its slop,
    ``"officer shot"~5``) are marked only where they stand that near each other, each word on its own.
    Passages are chosen to show every word the query matched, when they can; fewer passages than
    ``fragments`` share all ``chars`` between them.
    """
    text = text.strip()
    if not text:
        return Snippet(())
    spans = spans_of(text, term_of, matches, phrases, near)
    if not spans:
        return _lead(text, chars)
    if len(text) <= chars:  # the whole text fits: all of it, its end as is, rather than passages of it
        windows = [(0, len(text))]
    else:
        fragments = max(1, min(fragments, chars // MIN_PASSAGE))  # a short snippet is one passage, not several
        windows = _touching_joined(text, _best_windows(text, spans, max(MIN_PASSAGE, chars // fragments), fragments))
        if len(windows) < fragments:  # the matches fill fewer passages (or two touch: one), which have the room of all
            windows = _best_windows(text, spans, max(MIN_PASSAGE, chars // len(windows)), len(windows))
        windows = _touching_joined(text, addresses_whole(text, _uncut(windows, spans), spans, WORD_OVERRUN))
    parts = tuple(_mark(text, start, end, spans) for start, end in windows)
    return Snippet(parts, leading=windows[0][0] > 0, trailing=windows[-1][1] < len(text))


GAP_CHARS = 20  # characters left out between passages (or before the first, after the last) fewer than this are shown


def _touching_joined(text: str, windows: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Passages with no more than a word or two between them as one, the first from the text's start and the last to
    its end when only as much is left out there: "…" must mean that words were left out, more than it takes the
    room of (Reuters' "The company said its … of contracts", BBC's "… Arsene Wenger" of "Arsenal manager Arsene
    Wenger")."""
    joined: list[tuple[int, int]] = []
    for start, end in windows:
        if joined and _short(text, joined[-1][1], start):
            joined[-1] = (joined[-1][0], max(end, joined[-1][1]))
        else:
            joined.append((start, end))
    if joined and _short(text, 0, joined[0][0]):
        joined[0] = (0, joined[0][1])
    if joined and _short(text, joined[-1][1], len(text)):
        joined[-1] = (joined[-1][0], len(text))
    return joined


def _short(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` holds fewer than GAP_CHARS characters besides spaces at its ends (not sliced: the
    rest of a 100 MB text would be copied for every snippet)."""
    for _ in range(GAP_SPACES):
        if end - start < GAP_CHARS or not text[start].isspace():
            break
        start += 1
    for _ in range(GAP_SPACES):
        if end - start < GAP_CHARS or not text[end - 1].isspace():
            break
        end -= 1
    return end - start < GAP_CHARS


GAP_SPACES = 100  # spaces at a gap's ends not counted, at most


SPAN_OVERRUN = 60  # characters a passage may grow by so as not to cut a marked phrase in two


def _uncut(windows: list[tuple[int, int]], spans: list[MatchSpan]) -> list[tuple[int, int]]:
    """``windows`` grown to the ends of the marked spans they would cut ("Deputy <mark>Prime</mark> …")."""
    grown: list[tuple[int, int]] = []
    for at, (start, end) in enumerate(windows):
        limit = windows[at + 1][0] if at + 1 < len(windows) else None
        for span in spans:
            if span.start < end < span.end and span.end - end <= SPAN_OVERRUN and (limit is None or span.end <= limit):
                end = span.end
            if span.start < start < span.end and start - span.start <= SPAN_OVERRUN and (
                    not grown or span.start >= grown[-1][1]):
                start = span.start
        grown.append((start, end))
    return grown


def lead_snippet(text: str, chars: int = config.SNIPPET_CHARS) -> Snippet:
    """``make_snippet`` of a query that marks nothing (``*``, ``-oil``, ``date:1987``): the start of the text, found
    without reading its every word for matches."""
    text = text.strip()
    return _lead(text, chars) if text else Snippet(())


def _lead(text: str, chars: int) -> Snippet:
    """The start of the text, cut at a word boundary (before or after an address)."""
    end = addresses_whole(text, [(0, word_end(text, min(len(text), chars)))], (), WORD_OVERRUN)[0][1]
    return Snippet((((squashed(text, 0, _trimmed(text, 0, end)[1]), False),),), trailing=end < len(text))


def _best_windows(text: str, spans: list[MatchSpan], width: int, count: int) -> list[tuple[int, int]]:
    """Up to ``count`` non-overlapping windows of about ``width`` chars around the best matches.

    The first covers the most distinct matches; each next one those the chosen ones lack first (a hit for
    "blair iraq" shows Iraq too, not Blair twice), then the most matches. The last window, when the text
    ends inside it, reaches back to be full.
    """
    candidates = []
    for i in _candidate_spans(spans):
        span = spans[i]
        start = window_start(text, span.start, width)
        end = word_end(text, min(len(text), start + width))
        inside = list(_spans_until(spans, i, end)) or [span]
        candidates.append(({inner.key for inner in inside}, len(inside) + len(span.key.split()), -span.start, start, end))
    chosen: list[tuple[int, int]] = []
    shown: set[str] = set()
    while len(chosen) < count:
        free = [candidate for candidate in candidates if all(candidate[4] <= a or candidate[3] >= b for a, b in chosen)]
        if not free:
            break
        keys, _, _, start, end = max(free, key=lambda c: (len(c[0] - shown) * 10 + c[1], c[2]))
        chosen.append((start, end))
        shown |= keys
    chosen.sort()
    start, end = chosen[-1]
    floor = chosen[-2][1] + 1 if len(chosen) > 1 else 0
    chosen[-1] = (reaching_back(text, start, width, floor), end)
    return chosen


MAX_CANDIDATES = 1000  # the matches a window may start at: a book-length text's 200,000 matches took 4 s a snippet
KEY_CANDIDATES = 100  # … and as many of each word's, or phrase's, first ones, so a rarer word still finds its window


def _candidate_spans(spans: list[MatchSpan]) -> list[int]:
    """The indexes of the spans a window is tried at: every one, or in a long text the first ``MAX_CANDIDATES`` and
    the first ``KEY_CANDIDATES`` of each key."""
    if len(spans) <= MAX_CANDIDATES:
        return list(range(len(spans)))
    seen: dict[str, int] = {}
    chosen = []
    for i, span in enumerate(spans):
        seen[span.key] = seen.get(span.key, 0) + 1
        if i < MAX_CANDIDATES or seen[span.key] <= KEY_CANDIDATES:
            chosen.append(i)
    return chosen


def _spans_until(spans: list[MatchSpan], first: int, end: int) -> Iterator[MatchSpan]:
    """Spans from index ``first`` on that end by ``end``; spans are sorted and disjoint, so stop at the first past it.

    (Not a filter over the rest of the list: with 100k matches in one long article that was quadratic.)
    """
    for j in range(first, len(spans)):
        if spans[j].end > end:
            return
        yield spans[j]


def _mark(text: str, start: int, end: int, spans: list[MatchSpan]) -> tuple[tuple[str, bool], ...]:
    """Split text[start:end] into plain and matched parts (white space squashed, a block's end shown)."""
    parts: list[tuple[str, bool]] = []
    start, end = _trimmed(text, start, end)  # a break at a passage's edge is no break inside it
    pos = start
    for span in spans:
        if span.end <= start or span.start >= end:
            continue
        s, e = max(span.start, start), min(span.end, end)
        if s > pos:
            parts.append((squashed(text, pos, s), False))
        parts.append((squashed(text, s, e), True))
        pos = e
    if pos < end:
        parts.append((squashed(text, pos, end), False))
    if parts and not parts[0][1]:
        parts[0] = (parts[0][0].lstrip(), False)
    if parts and not parts[-1][1]:
        parts[-1] = (parts[-1][0].rstrip(), False)
    return tuple(p for p in parts if p[0])


def _trimmed(text: str, start: int, end: int) -> tuple[int, int]:
    """``start`` and ``end`` moved past the white space at ``text[start:end]``'s ends."""
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end
