"""Two dots between two words (``police..gunmen``), refused with what to type: GitHub's and Kibana's range is a
date's (``date:2020..2021``, dateranges.py), and a range of words is none. The tokenizer had read the two words as
their phrase, finding nothing, saying nothing; which was meant, both words or the phrase, is not guessed. Prose pasted
as a query (more than ``TYPED_WORDS`` words) writes two dots for an ellipsis ("fired at police..then fled"): left as
it is read."""

from __future__ import annotations

import re

from .errors import InvalidQuery, as_typed
from .startup import lazy_compile

TYPED_WORDS = 8  # a query of more words is a text pasted, whose two dots are an ellipsis, not a range typed
# Two words joined by two dots, outside a field's value (title:a..b, date:2020..2021) and a number's range (2020..2021)
_WORD_RANGE = re.compile(r"(?<![\w.:/-])([^\W_][\w'’-]*)\.\.([^\W_][\w'’-]*)(?![\w.])")

_DATE = lazy_compile(r"\d{4}-\d{1,2}(?:-\d{1,2})?")  # a month or a day, as ISO writes it


def check_word_ranges(typed: str) -> None:
    """InvalidQuery for two dots between two words outside quotes in ``typed``, one a word of letters, saying the
    forms to type; none in a pasted text (``TYPED_WORDS``)."""
    if len(typed.split()) > TYPED_WORDS:
        return
    for piece in typed.split('"')[::2]:
        for match in _WORD_RANGE.finditer(piece):
            first, second = match.groups()
            if first.isdigit() and second.isdigit():
                continue
            if _DATE.fullmatch(first) and _DATE.fullmatch(second):  # 2020-10..2020-12: months, not words
                raise InvalidQuery(f"two dots between words in {as_typed(match.group(0))}",
                                   hint=f"a range of dates is a date clause's: write date:{first}..{second}")
            raise InvalidQuery(f"two dots between words in {as_typed(match.group(0))}",
                               hint=f'a range of words is none: write {first} {second} for both words, '
                                    f'"{first} {second}" for the phrase; a range is a date\'s: date:2020..2021')
