"""What a word written solid finds as two words, or two words as one, when the query as typed finds nothing: the
articles write a compound either way, ``Vietnam`` and TIME's "Viet Nam", ``seawall`` and "sea wall", ``coastguard``
and "coast guard", and a word as one is never found as its two (a hyphen's are: hyphens.py). Only a short query's
plain words are tried, each try a search, and a word is split only when it alone finds nothing."""

from __future__ import annotations

import re
from collections.abc import Callable

from .currencysigns import CODES
from .errors import as_typed
from .lucene import outside_quotes
from .querytext import normalize

_PLAIN = re.compile(r"[^\W\d_]+")  # a word of letters alone: not a field's clause, a signed word or a pattern
_OPERATORS = frozenset({"and", "or", "not", "near"})  # typed in any case: a lower-case "or" is not joined either
MAX_WORDS = 6  # a query of more plain words is a pasted sentence: its words are not tried one by one
MIN_SOLID = 5  # letters of a word written solid that is tried as two
MIN_PART = 2  # letters of each of its parts
MAX_SOLID = 20  # nor a word longer: each of its splits is a search


def compound_notice(text: str, match: str, count: Callable[[str, str], int]) -> str | None:
    """What ``text``, which found nothing, finds with a word written solid as the two words found side by side in
    the most articles (``Vietnam``: "Viet Nam"), else with two words typed apart written as one (``sea wall``:
    "seawall"), counted by ``count``; None when the query has neither, or is long, or has quotes left open."""
    typed = normalize(text)
    if typed.count('"') % 2:
        return None
    words = [word for piece in typed.split('"')[::2] for word in piece.split()]
    if len(words) > MAX_WORDS:
        return None
    return _split_notice(typed, match, count) or _joined_notice(typed, match, count)


def _plain(word: str) -> bool:
    """Whether ``word`` is a word of letters alone, not an operator."""
    return bool(_PLAIN.fullmatch(word)) and word.lower() not in _OPERATORS


def _split_notice(typed: str, match: str, count: Callable[[str, str], int]) -> str | None:
    """The notice for the first word of ``typed`` that finds nothing alone and is found as two words side by side."""
    split: list[str] = []

    def apart(piece: str) -> str:
        words = piece.split(" ")
        for i, word in enumerate(words):
            if split or not _plain(word) or not MIN_SOLID <= len(word) <= MAX_SOLID or count(word, match):
                continue
            if (two := _found_apart(word, match, count)) is not None:
                split.append(word)
                words[i] = _cased(word, two)
        return " ".join(words)

    spaced = outside_quotes(typed, apart)
    if not split or not (found := count(spaced, match)):
        return None
    return f"{split[0]} is searched as one word: as two, {as_typed(spaced.strip())} finds {found:,}"


def _found_apart(word: str, match: str, count: Callable[[str, str], int]) -> str | None:
    """``word`` as the two words found side by side in the most articles (``count``), or None when no split of it
    is: ``vietnam`` is "viet nam". No part is a currency's code, which a query reads as an amount's (eur opean)."""
    best, most = None, 0
    for at in range(MIN_PART, len(word) - MIN_PART + 1):
        first, last = word[:at], word[at:]
        if first.upper() in CODES or last.upper() in CODES:
            continue
        if (found := count(f'"{first} {last}"', match)) > most:
            best, most = f"{first} {last}", found
    return best


def _cased(word: str, two: str) -> str:
    """``two``, the parts of ``word``, each opening with a capital when ``word`` was typed so (``Viet Nam``)."""
    if word[0].isupper() and word[1:].islower():
        return " ".join(part.capitalize() for part in two.split(" "))
    return two


def _joined_notice(typed: str, match: str, count: Callable[[str, str], int]) -> str | None:
    """The notice for the first two words side by side in ``typed`` that, written as one, make it find something."""
    pieces = typed.split('"')
    for at in range(0, len(pieces), 2):
        words = pieces[at].split(" ")
        for i in range(len(words) - 1):
            first, second = words[i], words[i + 1]
            if not (_plain(first) and _plain(second)) or not count(first + second, match):
                continue  # (the word written solid found alone: TO BE is no "TOBE", whatever the rest finds)
            solid = pieces[:at] + [" ".join([*words[:i], first + second, *words[i + 2:]])] + pieces[at + 1:]
            retyped = '"'.join(solid).strip()
            if found := count(retyped, match):
                return f"{first} {second} is searched as two words: as one, {as_typed(retyped)} finds {found:,}"
    return None
