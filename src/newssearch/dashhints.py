"""What words typed joined by a hyphen or a dash find apart, when joined they find nothing: ``Covid-related deaths`` is
searched with Covid and related side by side (or written solid), as a text joining them writes them, which an article
saying "deaths related to Covid" is not; ``police—gunmen``, an em dash typed unspaced, alike, and in a text field's
value, ``title:police—gunmen`` apart ``title:(police gunmen)``. A star typed between two words (``police*gunmen``) is
a pattern, a word opening with one and ending with the other, and so is a question mark (``police?gunmen``, a word of
the two and one letter between): as a slash or a backslash typed so, most likely the two words (slashedwords.py)."""

from __future__ import annotations

import re
from collections.abc import Callable

from .errors import as_typed
from .lucene import outside_quotes
from .querytext import TEXT_FIELD_NAMES, normalize
from .startup import lazy_compile

# A hyphen or a dash between two letters (not between digits: 1-0 is a score, 2020-06 a date)
_JOINT = re.compile(r"(?<=[^\W\d_])[-\u2010-\u2015\u2212\u2e3a\u2e3b](?=[^\W\d_])")
# A word that is a field's value (author:jean-paul), an address or a host, a hashtag or a handle, or is signed (a
# minus word, -police-gunmen, leaves out the words joined): its dash is not what a reader would part
_KEPT = re.compile(r"[:/@#.]|^[-+!]")
# A text field's value (title:police—gunmen): its words apart are the field's group, title:(police gunmen)
_TEXT_FIELD = lazy_compile(rf"^(\(*(?i:{'|'.join(sorted(TEXT_FIELD_NAMES, key=len, reverse=True))}):)([^:/@#.()]+)(\)*)$")


def apart_notice(text: str, match: str, count: Callable[[str, str], int]) -> str | None:
    """What ``text``, which found nothing, finds with its words joined by a dash typed apart (``count``), naming the
    words joined; None when it has none, or apart they find nothing too."""
    joined: list[str] = []

    def apart(piece: str) -> str:
        words = piece.split(" ")
        for i, word in enumerate(words):
            if not _JOINT.search(word):
                continue
            if not _KEPT.search(word):
                joined.append(word.strip("()"))
                words[i] = _JOINT.sub(" ", word)
            elif field := _TEXT_FIELD.match(word):  # (a group's word, title:(a—b, stays: its group is a phrase's)
                joined.append(word.strip("()"))
                named, value, closing = field.groups()
                words[i] = f"{named}({_JOINT.sub(' ', value)}){closing}"
        return " ".join(words)

    typed = normalize(text)
    spaced = outside_quotes(typed, apart) if typed.count('"') % 2 == 0 else typed
    if not joined or not (found := count(spaced, match)):
        return None
    one = len(joined) == 1
    return (f"{' and '.join(joined)} {'is' if one else 'are'} searched as {'its' if one else 'their'} words side by "
            f"side: apart, {as_typed(spaced)} finds {found:,}")


# A star or a question mark between two words of three letters or more, a token of its own: police*gunmen,
# police?gunmen (a ? typed for a slash, one key along), not pol*ce nor title:a*b
_STARRED = re.compile(r"(?<![^\s(])([^\W\d_]{3,})([*?])([^\W\d_]{3,})(?![^\s)])")
_BETWEEN = {"*": "opening {} and ending {}", "?": "of {}, one letter and {}"}  # what each pattern is


def star_notice(text: str, match: str, count: Callable[[str, str], int]) -> str | None:
    """What ``text``, which found nothing, finds with a star (or a ``?``) typed between two words as the two words
    (``count``), naming the pattern; None when it has none (or several), or the words find nothing too."""
    typed = normalize(text)
    starred: list[str] = []

    def apart(found: re.Match[str]) -> str:
        starred.append(found.group())
        return f"{found.group(1)} {found.group(3)}"

    spaced = outside_quotes(typed, lambda piece: _STARRED.sub(apart, piece)) if typed.count('"') % 2 == 0 else typed
    if len(starred) != 1 or not (found := count(spaced, match)):
        return None
    first, mark, last = _STARRED.match(starred[0]).groups()  # type: ignore[union-attr]
    return (f"{starred[0]} is a pattern, a word {_BETWEEN[mark].format(first, last)}: as two words, {as_typed(spaced)} "
            f"finds {found:,}")
