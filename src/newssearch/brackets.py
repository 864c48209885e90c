"""Brackets with no partner: a round one, or a range's square or curly one, passed over by the parser and said in
the query's note; a field's group left open closed at the query's end, the field each word's after it."""

from __future__ import annotations

import re

from .schema import QUERY_FIELD_NAMES
from .startup import lazy_compile

# A bracket: round, or a range's square or curly one; a smiley's (:-), :(, :-] after no word) is none
_BRACKET = lazy_compile(r"(?<![\w)(\[\]{}])[:;]-?[()\[\]{}]|([()\[\]{}])")
# Each bracket's kind, by which it pairs: a range's square and curly brackets are one kind ({2020-06 TO *])
_BRACKET_KINDS = {"(": "(", ")": "(", "[": "[", "]": "[", "{": "[", "}": "["}
_FIELD_NAME = "|".join(sorted(QUERY_FIELD_NAMES, key=len, reverse=True))


def unbalanced_brackets(text: str) -> int:
    """How many brackets outside quotes have no partner: an opening one never closed, a closing one never opened,
    round ones paired with each other and a range's square and curly ones with each other (Lucene's ``[2020 TO *}``).
    The parser passes over them (an unclosed group's words are read as if unbracketed, a lone ``[`` or ``}`` dropped),
    so the query's note says so; a smiley's bracket (``:-)``, ``:-]``) is none."""
    if not any(bracket in text for bracket in _BRACKET_KINDS):
        return 0
    depths = dict.fromkeys(_BRACKET_KINDS.values(), 0)
    strays = 0
    for bracket in _BRACKET.findall(" ".join(text.split('"')[::2])):
        kind = _BRACKET_KINDS.get(bracket)
        if kind is None:  # a smiley's
            continue
        if bracket in "([{":
            depths[kind] += 1
        elif depths[kind]:
            depths[kind] -= 1
        else:
            strays += 1
    return sum(depths.values()) + strays


def unbalanced_brackets_note(text: str) -> str | None:
    """What the query's note says of ``text``'s brackets with no partner (``unbalanced_brackets``), or None."""
    brackets = unbalanced_brackets(text)
    if not brackets:
        return None
    return "an unbalanced bracket was ignored" if brackets == 1 else f"{brackets} unbalanced brackets were ignored"


# A field's group left open, source:(NZ Herald: closed at the query's end, the field each word's after it, as Lucene
# reads source:(NZ Herald). Passed over as another bracket is, the field had been its first word's alone, the others
# searched in the text ("herald"), finding nothing.
_FIELD_GROUP = lazy_compile(rf"(?<![\w:])({_FIELD_NAME}):\((?=\s*[^\s)])", re.IGNORECASE)


def closed_field_groups(text: str) -> tuple[str, str | None]:
    """``text`` with the field's group left open outside quotes closed at its end, the groups opened inside it too
    (``source:(NZ Herald`` is ``source:(NZ Herald)``), and a note saying so; ``text`` and None when none is left open,
    or its quotes do not pair (which opens a phrase is not known)."""
    if ":(" not in text or text.count('"') % 2:
        return text, None
    fields = {group.end() - 1: group.group(1) for group in _FIELD_GROUP.finditer(text)}  # each at its bracket
    opened: list[str | None] = []  # the groups open, each its field's name (None: no field's)
    at = 0
    for number, piece in enumerate(text.split('"')):
        for bracket in _BRACKET.finditer(piece) if number % 2 == 0 else ():
            if bracket.group(1) == "(":
                opened.append(fields.get(at + bracket.start()))
            elif bracket.group(1) == ")" and opened:
                opened.pop()
        at += len(piece) + 1
    first = next((depth for depth, field in enumerate(opened) if field), None)
    if first is None:
        return text, None
    names = list(dict.fromkeys(f"{field}:" for field in opened[first:] if field))
    said = (f"the bracket after {names[0]} was" if len(names) == 1 else
            f"the brackets after {', '.join(names[:-1])} and {names[-1]} were")
    return text.rstrip() + ")" * (len(opened) - first), f"{said} closed at the end of the query"
