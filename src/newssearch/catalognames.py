"""An author typed as a catalogue or a reference list writes a name, surname first (``author:"Smith, Jane"``),
also finds the byline as articles write it, "Jane Smith"."""

from __future__ import annotations

import re

from .schema import AUTHOR, FIELD_ALIASES

_AUTHOR_NAMES = "|".join(sorted([AUTHOR, *FIELD_ALIASES[AUTHOR]], key=len, reverse=True))
# author:"Smith, Jane" and author:"van der Berg, Anna Maria": one comma between two runs of words, in quotes.
_SURNAME_FIRST = re.compile(rf'(?<![\w:])({_AUTHOR_NAMES}):"\s*([^",]*\w[^",]*?)\s*,\s*([^",]*\w[^",]*?)\s*"')


def catalogue_names(text: str) -> str:
    """``text`` with each quoted author written surname first as a choice between that and the name as bylines
    write it: ``author:"Smith, Jane"`` is ``(author:"Smith, Jane" OR author:"Jane Smith")``."""
    return _SURNAME_FIRST.sub(_either, text) if "," in text else text


def _either(match: re.Match[str]) -> str:
    field, surname, given = match.groups()
    return f'({match.group(0)} OR {field}:"{given} {surname}")'
