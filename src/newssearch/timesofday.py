"""Times of day written with am or pm (``10.45pm``, the ``30am`` of ``9:30am``): where the time ends in such a token,
so that it is indexed apart too and ``10.45`` or ``9:30`` finds it."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

from .startup import lazy_compile
from .unspaced import token_places, token_spans

# A time of day with its minutes, am or pm written on: "10.45pm", "9.30a.m", and the "30am" that "9:30am" ends in
# (the colon cuts it). The hour alone ("9pm", "10am", "12pm") is left whole: ``9`` or ``10`` finding every "9pm" or
# "10am" would be a number's noise. Minutes 10 to 12 look like an hour in a token alone, so they are minutes only
# where the token stands after an hour and a colon (``after_colon``): "9:10am" is found by ``9:10``, "10am" not by ``10``.
_TIME_OF_DAY = lazy_compile(r"(?:[012]?\d\.[0-5]\d|0\d|1[3-9]|[2-5]\d)(?=(?:[ap]\.?m)\Z)", re.IGNORECASE)
_MINUTES = lazy_compile(r"[0-5]\d(?=(?:[ap]\.?m)\Z)", re.IGNORECASE)  # after an hour and a colon: 10 to 12 too
# A text where a token reads as minutes only after its colon: "9:10am", "11:12P.M"
_COLON_MINUTES = lazy_compile(r"\d:1[0-2][ap]\.?m", re.IGNORECASE)


def time_of_day(word: str, colon: bool = False) -> int:
    """Where the time ends in a token of a time with am or pm written on (``10.45pm`` -> 5, ``30am`` -> 2), or 0;
    ``colon``: the token stands after an hour and a colon, so that ``10am`` (of "9:10am") is minutes too."""
    if word[-1:] not in "mM" or not word[:1].isdigit():
        return 0
    time = (_MINUTES if colon else _TIME_OF_DAY).match(word)
    return time.end() if time else 0


def after_colon(text: str, start: int) -> bool:
    """True when the token at ``start`` of ``text`` stands after an hour and a colon (the "10am" of "9:10am")."""
    return start >= 2 and text[start - 1] == ":" and text[start - 2].isdigit()


def colon_minutes(text: str) -> frozenset[int]:
    """The places of the tokens of ``text`` that are minutes only after their colon (the "10am" of "9:10am"; see
    ``time_of_day``), counted as ``token_spans`` counts them."""
    return frozenset(pos for pos, _ in _colon_minute_tokens(text))


def colon_minute_spans(text: str) -> list[tuple[int, int]]:
    """Where the minutes of those tokens (``colon_minutes``) stand in ``text``: the "10" of "9:10am", as it is marked."""
    return _minute_spans(text, token_places(text)) if _holds_colon_minutes(text) else []


def colon_minute_spans_among(text: str, spans: Iterable[tuple[int, int]]) -> list[tuple[int, int]]:
    """``colon_minute_spans`` of a text whose tokens (``token_spans``') the caller has made already, as ``spans``: a
    snippet of a long text in Chinese had cut it into tokens a second time for them."""
    return _minute_spans(text, spans) if _holds_colon_minutes(text) else []


def _holds_colon_minutes(text: str) -> bool:
    """Whether ``text`` may hold minutes after a colon at all (most texts hold none, and are passed at once)."""
    return ":" in text and _COLON_MINUTES.search(text) is not None


def _minute_spans(text: str, spans: Iterable[tuple[int, int]]) -> list[tuple[int, int]]:
    """Where the minutes after a colon stand among the tokens at ``spans`` of ``text``."""
    starts = {at + 1 for at in _colons(text) if at and text[at - 1].isdigit()}  # (``after_colon``, asked of a few)
    return [(start, start + cut) for start, end in spans
            if start in starts and (cut := time_of_day(text[start:end], colon=True))
            and not time_of_day(text[start:end])]


def _colons(text: str) -> Iterator[int]:
    """Where each colon of ``text`` stands."""
    at = text.find(":")
    while at != -1:
        yield at
        at = text.find(":", at + 1)


def _colon_minute_tokens(text: str) -> Iterator[tuple[int, tuple[int, int]]]:
    """Each token of ``text`` that is minutes only after its colon: its place, and the span of its minutes (found as
    they are taken: a list of them all had been a long text's analysis peak where every line has a time)."""
    if not _holds_colon_minutes(text):
        return iter(())
    return ((pos, (start, start + cut)) for pos, (start, end, _) in enumerate(token_spans(text))
            if after_colon(text, start) and (cut := time_of_day(text[start:end], colon=True))
            and not time_of_day(text[start:end]))
