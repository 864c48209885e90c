"""Acronyms amid normal text ("US", "U.S.", "Ph.D.", "MPs") and the terms they are indexed by: not stopwords, not
stemmed, so that ``US`` finds "U.S." and ``us`` (the pronoun) neither."""

from __future__ import annotations

import re

from .stemming import english_stem
from .stopwords import ACRONYM_STOPWORDS, STOP_WORDS

# Acronyms: "U.S." (any case) and a word of two or three capitals ("US", "UN", "WHO") amid normal text;
# longer capital words (NATO, NASA) analyse to the same term anyway. Abbreviations of parts of one or two letters,
# each a capital (Ph.D., B.Sc., M.Sc.), are acronyms too: ``PhD`` and ``Ph.D.`` find each other. Tickers
# (BP.L, GM.N) and scraped run-ons ("said.He") are no such abbreviation.
SHOUTED_RUN = 3          # this many capital words in a row are shouting, not acronyms
# An acronym-shaped token in a NUL-joined token list: two or three capitals, or dotted initials.
# An acronym, possessive or not: "the UN's envoy" is the UN's (its term had been "un", the French word).
# A plural ("MPs", "NGOs", "MP3s") is its acronym too: Snowball leaves "mps" and "ngos" as they are.
_ACRONYM_TOKEN = re.compile(r"(?<![^\0])(?:(?:[A-Z]{2,3}|[A-Za-z](?:\.[A-Za-z])+\.?|[A-Z][a-z]?(?:\.[A-Z][a-z]?)+\.?)(?:['’]s)?"
                            r"|[A-Z]{2,}\d*s)(?![^\0])")
_ACRONYM_PLURAL = re.compile(r"[A-Z]{2,}\d*s")


def _acronym_term(word: str) -> str | None:
    """The term of an acronym-shaped token (``U.S`` -> ``us.``, ``NATO`` -> ``nato``), or None for a capital stopword.

    A capital word that is also a stopword ("THE", "AND") is an acronym only when it is one of the
    ACRONYM_STOPWORDS (US, UN, WHO, IT); dotted initials always are. The index holds every word, so
    an acronym spelled like a stopword ("us", "it", "a.m.") ends in a dot: the pronoun is not the US.
    Dotted initials of four letters or more are the acronym too, unstemmed (``A.I.D.S.`` -> ``aids``, as ``Ph.D.``
    is ``phd``): stemmed, "aid" found them; a query's capital word (``AIDS``) searches its stem and this term
    (``typedwords.acronym_stems``).
    """
    if word.endswith(("'s", "’s")):
        word = word[:-2]
    elif _ACRONYM_PLURAL.fullmatch(word):
        word = word[:-1]
        if len(word) > 3 or not word.isalpha():  # NATOs, MP3s: the term "NATO" and "MP3" have, stemmed
            return english_stem(word.lower())
    term = word.replace(".", "").lower()
    if term not in STOP_WORDS and term not in ACRONYM_STOPWORDS:
        return term
    return term + "." if "." in word or term in ACRONYM_STOPWORDS else None


def acronym_other_form(word: str, term: str) -> str | None:
    """The plain term of an acronym's plural (``mps`` for "MPs", whose term is ``mp``), or of an abbreviation with
    its dots (``ph.d`` for "Ph.D", whose term is ``phd``), or None.

    The index holds it at the acronym's place too, so that ``mps`` typed in lower case, or ``MPS`` in
    capitals, still finds "MPs" as it did before plurals were their acronyms, and ``ph.d.`` "Ph.D.". ``word`` is
    lower case.
    """
    if "." in word:
        parts = word.split(".")
        return word if "".join(parts) == term and any(len(part) == 2 for part in parts) else None
    if not word.endswith("s") or term != word[:-1]:
        return None
    form = english_stem(word)
    return form if form != term else None


def _capitals(word: str) -> bool:
    """A word of two or more characters, all its letters capitals."""
    return len(word) > 1 and word.isupper()


def acronyms(words: list[str], joined: str | None = None) -> dict[int, str]:
    """Positions of the acronyms among ``words`` (tokens as written) and their terms.

    "U.S." is an acronym anywhere; a capital word of two or three letters ("US", "UN", "WHO") is one
    unless it stands in a run of SHOUTED_RUN or more capital words: a headline or text in capitals,
    where "US" is the pronoun. Acronyms are neither stopwords nor stemmed, so "US" and "U.S." both
    find "U.S." and "US", and "us" (the pronoun) finds neither. ``joined`` is ``"\\0".join(words)``
    when the caller has it: candidates are found by one regex over it, not by a loop over every word.
    """
    if joined is None:
        joined = "\0".join(words)
    found: dict[int, str] = {}
    index = counted = 0
    for match in _ACRONYM_TOKEN.finditer(joined):
        index += joined.count("\0", counted, match.start())
        counted = match.start()
        word = match.group()
        term = _acronym_term(word)
        if term is not None and ("." in word or _ACRONYM_PLURAL.fullmatch(word) or not _in_capital_run(words, index)):
            found[index] = term
    return found


def _in_capital_run(words: list[str], i: int) -> bool:
    """True when ``words[i]`` is one of SHOUTED_RUN or more capital words in a row."""
    start = i
    while start > 0 and i - start < SHOUTED_RUN and _capitals(words[start - 1]):
        start -= 1
    end = i
    while end + 1 < len(words) and end - start + 1 < SHOUTED_RUN and _capitals(words[end + 1]):
        end += 1
    return end - start + 1 >= SHOUTED_RUN
