"""A phrase in straight single quotes, as the parser reads one: ``'armed offenders'`` is the phrase of its words, as
``"armed offenders"`` is (Whoosh's SingleQuotePlugin). Each is written in double quotes once, before the query is
rewritten (querying._rewritten), so that every rewriter, check and note that tells a phrase by its double quotes leaves
its words as typed: ``'a -oil gas'`` is the phrase a oil gas, its minus no NOT, as in ``"a -oil gas"``."""

from __future__ import annotations

import re

from .startup import lazy_compile

# The parser's own rule (SingleQuotePlugin.expr): a quote opening the query or after a character no word's, closing
# at the first quote before a space, a bracket or the end. An apostrophe is none: O'Brien, don't, rock 'n' roll (one
# word quoted, a word to the parser), the '90s (no closing quote). A proximity or a boost may follow the closing quote,
# as after a phrase in double quotes: 'oil gas'~3 is "oil gas"~3 (it had been oil and a fuzzy word gas', with no note)
_SINGLE_QUOTED = lazy_compile(r"(?:^|(?<=\W))'(.*?)'((?:[~^][\w.]*)*)(?=\s|\]|[)}]|$)")


def phrases_double_quoted(text: str) -> str:
    """``text`` with each phrase in single quotes outside double quotes in double quotes, whatever it holds:
    ``'to be or not to be'`` is ``"to be or not to be"``, its "or" a word of the phrase, and ``'a -oil gas'`` holds no
    NOT. One word quoted stays as typed, a word to the parser as to the rewriters. With a double quote left over, the
    pairs from the left are read so, as the parser pairs them, and the words after the last one as typed."""
    pieces: list[str] = []
    end = 0
    for match in _phrases(text):
        pieces += [text[end : match.start()], f'"{match.group(1)}"{match.group(2)}']
        end = match.end()
    return "".join(pieces) + text[end:] if pieces else text


def phrase_quotes(text: str) -> frozenset[int]:
    """The places in ``text`` of the single quotes opening and closing a phrase (``phrases_double_quoted``'s), for a
    reader of the query as typed that tells a phrase by its quotes (notnotices.py)."""
    return frozenset(place for match in _phrases(text) for place in (match.start(), match.end(1)))


def _phrases(text: str) -> list[re.Match[str]]:
    """The phrases in single quotes of ``text`` outside double quotes, in order (one word quoted is none)."""
    if "'" not in text:
        return []
    pieces = text.split('"')
    outside = len(pieces) if len(pieces) % 2 else len(pieces) - 1  # an unpaired quote's words: as typed
    found: list[re.Match[str]] = []
    start = 0
    for at, piece in enumerate(pieces):
        if at < outside and not at % 2 and "'" in piece:
            found += [match for match in _SINGLE_QUOTED.finditer(text, start, start + len(piece))
                      if " " in match.group(1).strip()]
        start += len(piece) + 1
    return found
