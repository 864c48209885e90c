"""Numbers grouped with a no-break, narrow no-break or thin space, as French and SI style write them ("40\u00a0000"),
and with dots, as German and other languages writing a decimal comma do ("20.000").

Each group is a word of its own, as the page shows it, so that ``40 000`` typed with a plain space and the phrase
``"40 000 visitors"`` find it; the number is indexed joined too (``40000``), at its first and its last group's places
as a hyphenated word is written solid (``hyphens.solid_words``), so that ``40000`` and ``40,000`` find it, and
the phrase ``"40000 visitors"``. A plain space joins no groups: "in 1990 200 people" is two numbers.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from itertools import islice

from .hyphens import link_runs
from .startup import lazy_compile

GROUP_SPACES = "\u00a0\u202f\u2009"
# a group space after a first group of at most three digits, or after a group, before a group of three digits
DIGIT_GROUP_SPACE = lazy_compile(rf"(?<=\d)(?<!\d{{4}})[{GROUP_SPACES}](?=\d{{3}}(?!\d))")
# a run of text around group spaces (they are white space), from its start only: tried from each place inside a long
# run, it read on to the run's end each time (a fuzzed page's 400,000 letters: minutes a snippet)
_GROUPED = lazy_compile(rf"(?<!\S)\S*(?:[{GROUP_SPACES}]\S*)+")


def has_group_space(text: str) -> bool:
    """True when ``text`` may hold a grouped number: a group space in it (never in ASCII text)."""
    return not text.isascii() and ("\u00a0" in text or "\u202f" in text or "\u2009" in text)


def group_links(text: str, spans: Sequence[tuple[int, int]]) -> list[int]:
    """The places ``i`` where tokens ``i`` and ``i + 1`` of ``text`` (at ``spans``) are groups of one number: a group
    space alone between them (``DIGIT_GROUP_SPACE``), token ``i`` all digits ("40" and "000" of "40\u00a0000")."""
    if not has_group_space(text):
        return []
    # each span beside the next, as iterated: no index taken (a long text's spans are packed: ``indexwords``)
    return [i for i, ((first, end), (start, _)) in enumerate(zip(spans, islice(spans, 1, None)))
            if start == end + 1 and DIGIT_GROUP_SPACE.match(text, end) and text[first:end].isdecimal()]


def grouped_numbers(text: str, spans: Sequence[tuple[int, int]]) -> dict[int, tuple[int, str]]:
    """Each grouped number of ``text`` joined, by the place of its first group: ``{0: (1, "40000")}`` for "40\u00a0000"
    (the shape of ``hyphens.solid_words``: the place of its last group, and the word); a decimal comma on its last
    group (``decimalcommas``: "1\u00a0000,50 €") is a point, as the number is written ("1000.50")."""
    return {first: (last, "".join(text[start:end] for start, end in spans[first:last + 1]).replace(",", "."))
            for first, last in link_runs(group_links(text, spans))}


def grouped_places(text: str, pattern: re.Pattern[str]) -> Iterator[tuple[int, int]]:
    """The spans of the tokens (as ``pattern`` cuts them) of each run of text holding a group space: all that
    ``grouped_numbers`` needs, as no group joins tokens across other white space."""
    if not has_group_space(text):
        return
    for run in _GROUPED.finditer(text):
        if DIGIT_GROUP_SPACE.search(text, run.start(), run.end()):
            yield from (token.span() for token in pattern.finditer(text, run.start(), run.end()))


# The languages whose articles group thousands with a dot and write decimals with a comma ("1.000 Euro", "2,5
# Prozent"): there "20.000" is 20000 too, indexed at its place beside the token as written, so that ``20000``,
# ``20,000`` and the phrase ``"1000 euro"`` find it. Not in English (1.000 is a decimal) nor in a text naming no
# language; not Swedish, which groups with spaces.
DOT_GROUP_LANGUAGES = frozenset({"de", "nl", "es", "it", "pt", "da", "no", "id", "tr"})
_DOT_GROUPED = lazy_compile(r"[1-9]\d{0,2}(?:\.\d{3})+")  # not 0.500, nor a date's 12.05.2024


def dot_grouped(word: str, lang: str | None) -> str | None:
    """``word`` (a token) as one number when it is digits grouped with dots in an article in ``lang``, a language that
    groups so: "20.000.000" -> "20000000" in German; None otherwise (and always in English)."""
    if lang not in DOT_GROUP_LANGUAGES or not _DOT_GROUPED.fullmatch(word):
        return None
    return word.replace(".", "")
