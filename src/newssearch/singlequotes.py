"""A phrase in straight single quotes, as the parser reads one: ``'armed offenders'`` is the phrase of its words, as
``"armed offenders"`` is (Whoosh's SingleQuotePlugin). The rewriters that tell a phrase by its double quotes read its
words as syntax; written in double quotes, they are the phrase's words there too (the proximities, and the checks and
notes that tell a phrase by its double quotes: phrases_double_quoted)."""

from __future__ import annotations

import re

# The parser's own rule (SingleQuotePlugin.expr): a quote opening the query or after a character no word's, closing
# at the first quote before a space, a bracket or the end
_SINGLE_QUOTED = re.compile(r"(?:^|(?<=\W))'(.*?)'(?=\s|\]|[)}]|$)")


_ANY = re.compile(r"")


def phrases_double_quoted(text: str) -> str:
    """``text`` with each phrase in single quotes outside double quotes in double quotes (``double_quoted``, whatever
    it holds), for the checks and notes that tell a phrase by its double quotes: in ``'to be or not to be'`` "or" is
    a word of the phrase, no operator typed in lower case, and ``'oil (gas'`` holds no unbalanced bracket."""
    return double_quoted(text, _ANY)


def double_quoted(text: str, holding: re.Pattern[str]) -> str:
    """``text`` with each phrase in single quotes outside double quotes that holds a match of ``holding`` in double
    quotes: ``'Thousands N20 march'`` is ``"Thousands N20 march"``; the others as typed. ``text`` as typed when its
    double quotes do not pair."""
    if "'" not in text or text.count('"') % 2:
        return text

    def quoted(match: re.Match[str]) -> str:
        words = match.group(1)  # one word quoted is a word to the rewriters, as to the parser
        return f'"{words}"' if " " in words.strip() and holding.search(words) else match.group()

    pieces = text.split('"')
    pieces[::2] = [_SINGLE_QUOTED.sub(quoted, piece) if "'" in piece else piece for piece in pieces[::2]]
    return '"'.join(pieces)
