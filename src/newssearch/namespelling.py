"""'Did you mean' for ``author:`` and ``source:``: a name word no article has, replaced by the nearest one the field holds.

The words of a query are corrected from the title and body vocabulary (spelling.py); a name is not in it as a
name ("Stuff" the publisher is not "stuff" the word), and a typo in one (``author:smiht``) had found nothing
with no suggestion at all.
"""

from __future__ import annotations

import re
from collections.abc import Collection

from whoosh.support.levenshtein import damerau_levenshtein

from .folding import fold
from .fuzzywords import words_within_on_disk
from .livecounts import live_frequency
from .lucene import FIELD_TERM, field_named
from .nearwords import MAX_DISTANCE, MAX_WORD, MIN_WORD, WORD_PREFIX
from .schema import NAME_FIELDS
from .spelling import typed_case
from .tokenpatterns import NAME_RE

_NAME_WORD = NAME_RE  # the name analyzer's pattern: one compile, on first use


def corrected_names(reader, text: str, names: Collection[tuple[str, str]]) -> str:  # type: ignore[no-untyped-def]
    """``text`` with each word of an ``author:`` or ``source:`` value that the query looks for (``names``: field and
    term, see parsedquery.ParsedQuery.names_to_check) and no article has, replaced by the field's nearest word."""
    if not names:
        return text

    def corrected(match: re.Match[str]) -> str:
        field = field_named(match.group(1))
        if field not in NAME_FIELDS:
            return match.group(0)

        def word(typed: re.Match[str]) -> str:
            term = fold(typed.group().lower())
            if (field, term) not in names or live_frequency(reader, field, term, enough=0):
                return typed.group()  # (a name only a deleted version had is no live article's: corrected)
            nearest = closest_name(reader, field, term)
            return typed_case(typed.group(), nearest) if nearest else typed.group()

        return f"{match.group(1)}:" + _NAME_WORD.sub(word, match.group(2))

    return FIELD_TERM.sub(corrected, text)


def closest_name(reader, field: str, term: str) -> str | None:  # type: ignore[no-untyped-def]
    """The word of ``field`` (a name field) fewest edits from ``term`` (two letters swapped one), the one of the most
    articles on a tie; None for none within MAX_DISTANCE, or a word too short or too long to guess at (as
    nearwords.closest_word); a word of three letters only when one edit makes it one word of the field
    (``only_name_near``)."""
    if len(term) == SHORT_NAME and term.isalpha():
        return only_name_near(reader, field, term)
    if not MIN_WORD <= len(term) <= MAX_WORD:
        return None
    found = {}
    # two letters swapped are one edit, as for a word (nearwords): "jonhsen" is two slips from johnson (three plain
    # edits, which the look-up had walked, finding nothing)
    for candidate in words_within_on_disk(reader, term, MAX_DISTANCE, WORD_PREFIX, field=field):
        articles = live_frequency(reader, field, candidate) if candidate != term else 0
        if articles:
            found[candidate] = (damerau_levenshtein(term, candidate), -articles, candidate)
    return min(found, key=found.__getitem__) if found else None


SHORT_NAME = MIN_WORD - 1  # a name part this short is corrected only to the one word an edit away: Cox, Lee, BBC


def only_name_near(reader, field: str, term: str) -> str | None:  # type: ignore[no-untyped-def]
    """The one word of ``field`` of three letters or more that is one edit from ``term`` (its first letter kept, two
    letters swapped one), some live article's: "cax" is Cox, "lle" Lee; None when there are two (Cox and Cao), as
    two edits from a short name are any short name ("lii" is no guess at Lee). The one look-up of one edit, on disk."""
    found = [candidate for candidate in words_within_on_disk(reader, term, 1, WORD_PREFIX, field=field)
             if candidate != term and len(candidate) >= SHORT_NAME and live_frequency(reader, field, candidate)]
    return found[0] if len(found) == 1 else None
