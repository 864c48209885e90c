"""One word quoted or bracketed beside a news database's proximity, a word as it is anywhere else: ``"yen" w/3
dollar`` and ``(yen) w/3 dollar`` are ``yen w/3 dollar`` to proximity.py; a phrase or a bracket of several words
stays, for unreadproximity.py to refuse."""

from __future__ import annotations

import re

from .startup import lazy_compile

# The numbers after EBSCO's N5 and W5 read as an operator: those its searchers type (its examples run N2 to N10)
CODE_NUMBER = r"(?:[1-9]|1\d|20)"

# One word quoted beside a proximity, '"yen" w/3 dollar': a word, as it is anywhere else (the phrase of one word is the
# word); read as a phrase, it had been refused as one that a Lucene phrase cannot hold. Beside N5, W5 and NEAR too:
# "blair" N5 brown had been refused while "blair" N/5 brown was read.
_READ_PROXIMITY = rf"(?<![^\s(])(?:(?i:(?:w|pre|near|n|p)/\d+|near\d+)|NEAR|[NW]{CODE_NUMBER})"
_QUOTED_WORD = lazy_compile(r'(?<![^\s(])"([^\s()"/:]+)"(?![^\s)])')
_SINGLE_QUOTED_WORD = lazy_compile(r"(?<![^\s(])'([^\s()\"'/:]+)'(?![^\s)])")  # 'yen' w/3 dollar, as the parser reads 'yen'
_PROXIMITY_AFTER = lazy_compile(r"\s+" + _READ_PROXIMITY + r"\s")
_PROXIMITY_BEFORE = lazy_compile(_READ_PROXIMITY + r"\s+\Z")


def quoted_words_unquoted(text: str) -> str:
    """``text`` with each word quoted alone beside a proximity that proximity_operators reads without its quotes:
    ``"yen" w/3 "dollar"`` and ``'yen' w/3 dollar`` are ``yen w/3 dollar``; a phrase of several words stays quoted."""
    return _alone_beside_proximity(_alone_beside_proximity(text, '"', _QUOTED_WORD, 1), "'", _SINGLE_QUOTED_WORD, 1)


def _alone_beside_proximity(text: str, mark: str, alone: re.Pattern[str], group: int) -> str:
    """``text`` with each match of ``alone`` (a word quoted or bracketed alone, if ``mark`` is in ``text``) outside
    quotes and beside a proximity as its word, ``group``; left as typed when its quotes do not pair."""
    if mark not in text or text.count('"') % 2:
        return text  # which quote opens which phrase is not known: the parser drops the odd one later

    def word(match: re.Match[str]) -> str:
        if text.count('"', 0, match.start()) % 2:
            return match.group()  # inside a phrase: '"a b "c" w/3' is no word quoted
        beside = (_PROXIMITY_AFTER.match(text, match.end())
                  or _PROXIMITY_BEFORE.search(text, 0, match.start()))
        return match.group(group) if beside else match.group()

    return alone.sub(word, text)


# One word bracketed beside a proximity, '(gunmen) w/5 officer' or '("yen") w/3 dollar': the word, as the group of one
# word is anywhere else; it had been refused as a bracket. A field's (title:(yen)) or a sign's (-(yen)) stays refused.
_BRACKETED_WORD = lazy_compile(r'(?<![^\s(])\(("?)([^\s()"/:]+)\1\)(?![^\s)])')


def bracketed_words_unbracketed(text: str) -> str:
    """``text`` with each word bracketed alone (maybe quoted too) beside a proximity without its bracket:
    ``(gunmen) w/5 officer`` is ``gunmen w/5 officer``; a bracket of several words stays."""
    return _alone_beside_proximity(text, "(", _BRACKETED_WORD, 2)
