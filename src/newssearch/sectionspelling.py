"""'Did you mean' for ``section:``: a section no article names, replaced by the nearest one the index holds, and a
name of several words typed without its quotes (``section:world news``) quoted.

``section:weathr`` had found nothing with no hint, where ``author:`` and ``source:`` names had one (namespelling.py);
``section:world news`` is the section "world" and the word "news": nothing, when "world news" is the section.
"""

from __future__ import annotations

import re

from .livecounts import live_frequency
from .lucene import FIELD_TERM, field_named
from .namespelling import SHORT_NAME, closest_name
from .nearwords import MAX_WORD, MIN_WORD
from .schema import SECTION
from .sectioncodes import coded_section, section_named
from .sectionterms import section_key
from .spelling import typed_case

# A plain word after a section's value: what a name typed without its quotes goes on with (not a field, a phrase,
# a group, a pattern or a list).
_NEXT_WORD = re.compile(r"\s+([^\s\"'():\[\]{}*?~^,+-][^\s\"():\[\]{}*?~^,]*)(?=\s|$)")
_OPERATORS = frozenset({"AND", "OR", "NOT", "TO"})
_JOINED_WORDS = 3  # words after the value a section's name may run on for (a longer name is seldom typed unquoted)


def corrected_sections(reader, text: str) -> str:  # type: ignore[no-untyped-def]
    """``text`` with each ``section:`` (``category:``…) value no article names replaced by the section of the index
    nearest it, and one that runs on into the words after it (``section:world news``) quoted whole; ``text``
    itself when nothing is to be corrected. Whether the correction finds more is the caller's to count."""
    pieces, end = [], 0
    for match in FIELD_TERM.finditer(text):
        value = match.group(2)
        negated = match.start() > 0 and text[match.start() - 1] in "-!"  # a suggestion would find fewer
        if field_named(match.group(1)) != SECTION or negated or any(mark in value for mark in "*?[]{}"):
            continue
        if value.startswith('"'):
            nearest = nearest_section(reader, value.strip('"'))
            if nearest:
                pieces += [text[end:match.start(2)], f'"{nearest}"']
                end = match.end()
            continue
        *listed, last = value.split(",")
        fixed = [_quoted(nearest_section(reader, part)) or part for part in listed]
        joined = _joined(reader, last, text, match.end())
        if joined:
            name, stop = joined
            fixed.append(f'"{name}"')
        else:
            fixed.append(_quoted(nearest_section(reader, last)) or last)
            stop = match.end()
        if fixed != value.split(",") or stop != match.end():
            pieces += [text[end:match.start(2)], ",".join(fixed)]
            end = stop
    return "".join([*pieces, text[end:]]) if pieces else text


def nearest_section(reader, typed: str) -> str | None:  # type: ignore[no-untyped-def]
    """The section a wire archive's topic code names (``earn``), else the section of the index fewest edits from
    ``typed``, the one of the most articles on a tie, else the one of the most articles whose name holds ``typed``
    as a word (``earnings``: "Earnings and Earnings Forecasts", Reuters-21578's), cased as typed; None when an
    article names ``typed``, or none is near it or holds it (or it is too short or long to guess at)."""
    key = section_key(typed)
    if not key or section_named(reader, key):
        return None
    found = coded_section(reader, typed)  # a code is looked up, not guessed at: acq, three letters, too
    if not found and SHORT_NAME <= len(key) <= MAX_WORD:  # as an author's or a source's name is
        found = closest_name(reader, SECTION, key) or (_holding(reader, key) if len(key) >= MIN_WORD else None)
    return typed_case(typed.strip(), found) if found else None


def _holding(reader, key: str) -> str | None:  # type: ignore[no-untyped-def]
    """The section name of the most live articles that holds ``key`` as a word of its own, if any."""
    held = [name for name in reader.field_terms(SECTION) if f" {key} " in f" {name} "]
    counted = [(live_frequency(reader, SECTION, name), name) for name in held]
    return max((pair for pair in counted if pair[0]), default=(0, None))[1]


def _quoted(name: str | None) -> str | None:
    """A section's ``name`` as a query types it: in quotes when it holds a space."""
    return f'"{name}"' if name and " " in name else name


def _joined(reader, typed: str, text: str, at: int) -> tuple[str, int] | None:  # type: ignore[no-untyped-def]
    """The longest section named by ``typed`` and the words of ``text`` after ``at`` (``world`` and ``news``: "world
    news"), with where its last word ends; None when ``typed`` names a section itself or no such name is one."""
    if not typed or section_named(reader, section_key(typed)):
        return None
    words: list[tuple[str, int]] = []
    while len(words) < _JOINED_WORDS and (word := _NEXT_WORD.match(text, at)) and word.group(1) not in _OPERATORS:
        words.append((word.group(1), word.end()))
        at = word.end()
    for count in range(len(words), 0, -1):
        name = " ".join([typed, *(word for word, _ in words[:count])])
        if section_named(reader, section_key(name)):
            return name, words[count - 1][1]
    return None
