"""An author typed as a catalogue or a reference list writes a name, surname first (``author:"Smith, Jane"``, or a
citation's ``author:"Neitz M"``), also finds the byline as articles write it, "Jane Smith", "M. Neitz"."""

from __future__ import annotations

import re

from .schema import AUTHOR, FIELD_ALIASES
from .startup import lazy_compile

_AUTHOR_NAMES = "|".join(sorted([AUTHOR, *FIELD_ALIASES[AUTHOR]], key=len, reverse=True))
# author:"Smith, Jane" and author:"van der Berg, Anna Maria": one comma between two runs of words, in quotes.
_SURNAME_FIRST = lazy_compile(rf'(?<![\w:])({_AUTHOR_NAMES}):"\s*([^",]*\w[^",]*?)\s*,\s*([^",]*\w[^",]*?)\s*"')
# author:"Neitz M", "Neitz MJ", "Neitz M. J.": a citation's (Vancouver's) surname, then one to three capital initials.
_INITIALS_AFTER = lazy_compile(rf'(?<![\w:])({_AUTHOR_NAMES}):"\s*([^",]*?[^\W\d_]{{2}})\s+((?:[A-Z]\.?\s*){{1,3}})"')


def catalogue_names(text: str) -> str:
    """``text`` with each quoted author written surname first as a choice between that and the name as bylines
    write it: ``author:"Smith, Jane"`` is ``(author:"Smith, Jane" OR author:"Jane Smith")``, ``author:"Neitz M"``
    ``(author:"Neitz M" OR author:"M. Neitz")``."""
    if "," in text:
        text = _SURNAME_FIRST.sub(_either, text)
    return _INITIALS_AFTER.sub(_initials_first, text) if '"' in text else text


def _either(match: re.Match[str]) -> str:
    field, surname, given = match.groups()
    return f'({match.group(0)} OR {field}:"{given} {surname}")'


def _initials_first(match: re.Match[str]) -> str:
    field, surname, initials = match.groups()
    letters = " ".join(f"{letter}." for letter in initials if letter.isalpha())
    return f'({match.group(0)} OR {field}:"{letters} {surname}")'
