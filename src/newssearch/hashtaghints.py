"""What a hashtag written in camel case finds as its words, when written solid it finds nothing: ``#FarNorth`` is
searched as the one word "farnorth", which a story writing "the Far North" does not hold. A hashtag typed in one case
(``#farnorth``, ``#FARNORTH``) is split where its two parts are found side by side (the phrase "far north")."""

from __future__ import annotations

import re
from collections.abc import Callable

from .errors import as_typed
from .lucene import outside_quotes
from .querytext import normalize
from .startup import lazy_compile

# A hashtag of two words or more in camel case (#FarNorth, #BlackLivesMatter, #COVIDVaccine), a word of its own
_HASHTAG = lazy_compile(r"(?<![^\s(])#([^\W\d_]+(?:[A-Z][^\W\d_]*)+)(?![^\s)])")
_WORD_START = lazy_compile(r"(?<=[a-z])(?=[A-Z])|(?<=[A-Z])(?=[A-Z][a-z])")  # FarNorth, COVIDVaccine
# A hashtag in one case, looked up in two parts: each split a phrase counted, so only a tag of a few words' length
_ONE_CASE = lazy_compile(r"(?<![^\s(])#([^\W\d_]{4,20})(?![^\s)])")
MIN_PART = 2  # letters of each part a hashtag in one case is split into ("me too" of #metoo)


def hashtag_notice(text: str, match: str, count: Callable[[str, str], int]) -> str | None:
    """What ``text``, which found nothing, finds with its camel-case hashtags as their words (``count``), naming the
    hashtags; None when it has none, or as words they find nothing too."""
    typed = normalize(text)
    if "#" not in typed or typed.count('"') % 2:
        return None
    tags: list[str] = []

    def apart(match_: re.Match[str]) -> str:
        words = _WORD_START.sub(" ", match_.group(1))
        if " " not in words:
            return match_.group()
        tags.append(match_.group())
        return words

    def split(match_: re.Match[str]) -> str:
        words = _found_together(match_.group(1), match, count)
        if words is None:
            return match_.group()
        tags.append(match_.group())
        return words

    spaced = outside_quotes(typed, lambda piece: _ONE_CASE.sub(split, _HASHTAG.sub(apart, piece)))
    if not tags or not (found := count(spaced, match)):
        return None
    one = len(tags) == 1
    return (f"{' and '.join(tags)} {'is' if one else 'are'} searched as one word{'' if one else ' each'}: as "
            f"{'its' if one else 'their'} words, {as_typed(spaced)} finds {found:,}")


def _found_together(tag: str, match: str, count: Callable[[str, str], int]) -> str | None:
    """``tag`` (a hashtag's letters, in one case) as the two words found side by side in the most articles
    (``count``), or None when no split of it is: ``farnorth`` is "far north"."""
    best, most = None, 0
    for at in range(MIN_PART, len(tag) - MIN_PART + 1):
        words = f"{tag[:at]} {tag[at:]}"
        if (found := count(f'"{words}"', match)) > most:
            best, most = words, found
    return best
