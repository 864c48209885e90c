"""A date or a language in a query is a filter: under ``--match any`` it is required, not one optional word.

Read as one more part of an OR, ``year:[1986 TO 1988] oil --match any`` found every article of those years and every
article about oil, dated or not: all of Reuters. A filter clause is given the ``+`` that makes a part required among
optional ones (Lucene's syntax, which ``--match any`` reads), as Elasticsearch's filter clauses are; one the user joined
to another part with an OR or AND, negated, or typed inside brackets is read as typed.
"""

from __future__ import annotations

import re

from .schema import DATE_FIELD_NAMES, LANG

_FILTER_NAMES = "|".join(sorted(DATE_FIELD_NAMES | {LANG}, key=len, reverse=True))
_FILTER_CLAUSE = re.compile(rf"(?<![^\s(])(?:{_FILTER_NAMES}):(?=\S)")  # at the start of a word
_OPERATOR_BEFORE = re.compile(r"(?:^|\s)(?:AND|OR|NOT)\s*$")
_OPERATOR_AFTER = re.compile(r"\s*(?:AND|OR)(?=[\s(\"]|$)")
_VALUE_ENDS = {"[": "]}", "{": "]}", '"': '"'}  # a range may close with either bracket, as in Lucene
_WORD_END = re.compile(r"[\s)]")


def required_filters(text: str) -> str:
    """``text`` with a ``+`` before each date or language clause outside brackets and quotes that no operator joins."""
    pieces, last = [], 0
    for match in _FILTER_CLAUSE.finditer(text):
        start = match.start()
        if start < last or not _at_top_level(text[:start]) or _OPERATOR_BEFORE.search(text[last:start] or " "):
            continue
        end = _value_end(text, match.end())
        if _OPERATOR_AFTER.match(text, end):
            continue
        pieces += [text[last:start], "+", text[start:end]]
        last = end
    return "".join(pieces) + text[last:] if pieces else text


def _at_top_level(before: str) -> bool:
    """Whether what follows ``before`` is outside quotes and brackets."""
    outside = before.split('"')
    if len(outside) % 2 == 0:
        return False
    depth = 0
    for piece in outside[::2]:
        for char in piece:
            depth += 1 if char == "(" else -1 if char == ")" and depth else 0
    return depth == 0


def _value_end(text: str, at: int) -> int:
    """Where the field value starting at ``at`` ends: a range's closing bracket, a quote's, a bracket group's, or a space."""
    closing = _VALUE_ENDS.get(text[at])
    if closing:
        ends = [found for char in closing if (found := text.find(char, at + 1)) >= 0]
        return min(ends) + 1 if ends else len(text)
    if text[at] == "(":
        depth = 0
        for place in range(at, len(text)):
            depth += {"(": 1, ")": -1}.get(text[place], 0)
            if depth == 0:
                return place + 1
        return len(text)
    word_end = _WORD_END.search(text, at)
    return word_end.start() if word_end else len(text)
