"""Scripts written without spaces between words (Chinese, Japanese, Korean, Thai, Lao, Khmer, Myanmar): telling
their letters, and cutting a run of them into overlapping pairs, as Lucene's CJKAnalyzer does."""

from __future__ import annotations

import re
from array import array
from bisect import bisect_right
from collections.abc import Iterable, Iterator
from functools import cache
from itertools import accumulate

from .decimalcommas import has_decimals
from .gluedamounts import has_glued
from .marks import MARKS
from .packedspans import PackedSpans, PairLetters
from .tokenpatterns import Span, token_pattern_for, word_spans

# Scripts written without spaces between words: Chinese, Japanese and Korean (Han ideographs with the
# iteration and closing marks, kana, Hangul; Korean glues its particles on), and Thai, Lao, Khmer and
# Myanmar. A run of their letters is cut into overlapping pairs, as Lucene's CJKAnalyzer does:
# 北京大学 is 北京 京大 大学. A letter is a character with the marks that follow it (ที่ is one).
_UNSPACED_RANGES = (
    (0x0E00, 0x0EFF), (0x1000, 0x109F), (0x1100, 0x11FF), (0x1780, 0x17FF), (0x19E0, 0x19FF), (0x3005, 0x3007),
    (0x3021, 0x3029), (0x3031, 0x3035), (0x303B, 0x303C), (0x3040, 0x30FF), (0x3130, 0x318F), (0x31F0, 0x31FF),
    (0x3400, 0x4DBF), (0x4E00, 0x9FFF), (0xA9E0, 0xA9FF), (0xAA60, 0xAA7F), (0xAC00, 0xD7AF), (0xF900, 0xFAFF),
    (0xFF66, 0xFF9F), (0x20000, 0x2FA1F),
)
_UNSPACED_STARTS = [first for first, _ in _UNSPACED_RANGES]
_UNSPACED_LETTERS = "".join(f"\\U{first:08x}-\\U{last:08x}" for first, last in _UNSPACED_RANGES)
_UNSPACED_LETTER = f"[{_UNSPACED_LETTERS}][{MARKS}]*"


def _is_unspaced(char: str) -> bool:
    """True for a letter of a script written without spaces (looked up in _UNSPACED_RANGES)."""
    code = ord(char)
    at = bisect_right(_UNSPACED_STARTS, code) - 1
    return at >= 0 and code <= _UNSPACED_RANGES[at][1]


@cache
def _unspaced() -> re.Pattern[str]:
    """One letter of a script without spaces, as a regex: compiling its table costs 6 ms, so only on demand."""
    return re.compile(f"[{_UNSPACED_LETTERS}]")


def has_unspaced(text: str) -> bool:
    """True when ``text`` holds a letter of a script written without spaces (Chinese, Thai...).

    Each distinct character is looked up once, without the regex: most news that is not ASCII
    (curly quotes, accents) has none, and every command would pay for compiling it.
    """
    return not text.isascii() and any(_is_unspaced(char) for char in set(text))


def first_unspaced(text: str) -> int:
    """The index of the first letter of a script without spaces in ``text``, or -1."""
    if text.isascii():
        return -1
    return next((i for i, char in enumerate(text) if _is_unspaced(char)), -1)


def unspaced_count(text: str) -> int:
    """How many letters of scripts written without spaces ``text`` holds."""
    return len(_unspaced().findall(text)) if has_unspaced(text) else 0


@cache
def _unspaced_letters_and_runs() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """A letter of a script without spaces (with its marks), and a run of them; compiled on first use."""
    return re.compile(_UNSPACED_LETTER), re.compile(f"(?:{_UNSPACED_LETTER})+")


def split_unspaced(text: str, spans: Iterable[Span]) -> tuple[list[Span], dict[int, tuple[Span, ...]]]:
    """Token spans of ``text`` with each run of letters of a script without spaces cut into overlapping pairs.

    A lone letter stays a token of its own; the rest of a token ("iPhone" in "iPhone手机") is
    tokenized apart. Also returned, by place in the new list: the single letters to index beside
    each pair (its first; the last pair of a run, both), so a one-letter word is found too.
    """
    packed, singles = split_unspaced_packed(text, spans)
    return list(packed), {pos: singles.spans_at(pos, start, end) for pos, (start, end) in enumerate(packed)
                          if singles.ids[pos]}


def split_unspaced_packed(text: str, spans: Iterable[Span]) -> tuple[PackedSpans, PairLetters]:
    """``split_unspaced``'s spans and single letters, packed (``packedspans``): a long text in Chinese is cut into
    a token every letter or two, each of whose spans and letters, as Python objects, had taken 160 bytes."""
    letter, run_of_letters = _unspaced_letters_and_runs()
    pattern = token_pattern_for(text)  # once, not once a piece: each piece looks through its own letters alone
    offsets = "i" if len(text) < 2**31 else "q"  # 4 bytes each (a C int) where the text's offsets fit, not 8
    starts, ends = array(offsets), array(offsets)
    singles = PairLetters()
    ids = singles.ids
    firsts, both = _LetterIds(singles.letters), _LetterIds(singles.letters)  # a letter's, a run's last two letters'
    for start, end in spans:
        at = start
        for run in run_of_letters.finditer(text, start, end):
            _add_spans(starts, ends, ids, word_spans(text, at, run.start(), pattern))
            first, at = run.span()
            letters = letter.findall(text, first, at)
            if len(letters) == 1:
                _add_spans(starts, ends, ids, ((first, at),))
                continue
            # where each letter starts (a letter may hold marks after its character: ที่ is one)
            places = range(first, at + 1) if len(letters) == at - first else [*accumulate(map(len, letters),
                                                                                         initial=first)]
            starts.extend(places[:-2])
            ends.extend(places[2:])
            ids.extend(map(firsts.__getitem__, letters[:-2]))
            ids.append(both[letters[-2], letters[-1]])
        if at == start:
            _add_spans(starts, ends, ids, ((start, end),))
        else:
            _add_spans(starts, ends, ids, word_spans(text, at, end, pattern))
    return PackedSpans(starts, ends), singles


class _LetterIds(dict):  # type: ignore[type-arg]
    """The number of each distinct letter (or pair of letters) in a table of letters, added to it when first met."""

    def __init__(self, table: list[tuple[str, ...]]) -> None:
        super().__init__()
        self.table = table

    def __missing__(self, key: str | tuple[str, str]) -> int:
        self[key] = number = len(self.table)
        self.table.append(key if isinstance(key, tuple) else (key,))
        return number


def _add_spans(starts: array[int], ends: array[int], ids: array[int], spans: Iterable[Span]) -> None:
    """Add ``spans``, tokens that are no pair, to a text's packed spans, with no letters beside them."""
    for start, end in spans:
        starts.append(start)
        ends.append(end)
        ids.append(0)


def plain_tokens(text: str) -> bool:
    """Whether the tokens of ``text`` are the token pattern's matches alone, none with single letters beside it: no
    letters of a script without spaces, no amount with its scale written on, no decimal comma (``token_spans``)."""
    return not has_unspaced(text) and not has_glued(text) and not has_decimals(text)


def token_spans(text: str) -> Iterator[tuple[int, int, tuple[Span, ...]]]:
    """Each token of ``text`` as (start, end, single letters indexed beside it); see ``split_unspaced``."""
    if plain_tokens(text):
        # one token at a time, not a list of every span first: a colon's minutes ("9:10am") in a 20 MB text had
        # made that list, 40 times the text's size
        for match in token_pattern_for(text).finditer(text):
            yield *match.span(), ()
        return
    spans, singles = split_unspaced_packed(text, word_spans(text))
    for pos, (start, end) in enumerate(spans):
        yield start, end, singles.spans_at(pos, start, end)


def token_places(text: str) -> Iterator[Span]:
    """Where each token of ``text`` stands, as ``token_spans`` gives them, without the single letters beside pairs."""
    if plain_tokens(text):
        return (match.span() for match in token_pattern_for(text).finditer(text))
    return iter(split_unspaced_packed(text, word_spans(text))[0])
