"""Why an ``id:`` clause found nothing when it names ids in another letter case or without their accents.

``show`` takes ``messy/story.txt`` for ``messy/STORY.TXT`` (idlookup.py), while ``id:BBC/POLITICS/*`` had found
nothing without a word: an id clause matches ids as the index writes them. The note gives the clause so written
(``'id:bbc/politics/*' finds 386``), or the ids a whole id may be (``did you mean 'id:Bbc/001.txt'?``); a clause is
never widened behind the user's back, since two folders may differ only in case.
"""

from __future__ import annotations

import re

from whoosh import query as wq

from . import livecounts
from .errors import as_typed
from .folding import fold
from .idlookup import loose_id

_SAID = "id: matches ids as the index writes them, in their letter case and accents"
_NAMED = 3  # ids named in a did-you-mean at most


def id_case_note(reader, leaf: wq.Query) -> str | None:  # type: ignore[no-untyped-def]
    """What to say of ``leaf``, an ``id:`` term or pattern that found nothing, when ids written otherwise in letter
    case or accents match it; None when none do."""
    ids = livecounts.live_values(reader, leaf.fieldname)
    if isinstance(leaf, wq.Term):
        wanted = loose_id(str(leaf.text))
        named = sorted(known for known in ids if loose_id(known) == wanted)
        if named:
            shown = " or ".join(as_typed(f"id:{known}") for known in named[:_NAMED])
            return f"{_SAID}: did you mean {shown}{', …' if len(named) > _NAMED else ''}?"
        # a folder's name, or a file of records', written otherwise (id:BBC for bbc/…): the pattern of its articles
        return next(filter(None, (_pattern_note(ids, str(leaf.text).rstrip("/") + end) for end in ("/*", "#*"))),
                    None)
    return _pattern_note(ids, str(leaf.text) + ("*" if isinstance(leaf, wq.Prefix) else ""))


def _pattern_note(ids: list[str], pattern: str) -> str | None:
    """What to say of an id ``pattern`` that the ``ids`` match only without case and accents; None when none do."""
    matcher = re.compile("".join(".*" if ch == "*" else "." if ch == "?" else re.escape(ch)
                                 for ch in _key(pattern)), re.DOTALL)
    matched = [known for known in ids if matcher.fullmatch(_key(known))]
    if not matched:
        return None
    literal = pattern[:-1]
    if pattern.endswith("*") and "*" not in literal and "?" not in literal:
        openings = sorted({_opening(known, _key(literal)) for known in matched})
        return (f"{_SAID}: " + " or ".join(as_typed(f"id:{opening}*") for opening in openings)
                + f" {'matches' if len(openings) == 1 else 'match'} {_ids(len(matched))}")
    verb = "matches" if len(matched) == 1 else "match"
    return f"{_SAID}: {_ids(len(matched))} {verb} it written otherwise, as {as_typed(sorted(matched)[0])}"


def _ids(count: int) -> str:
    """``1 id``, ``386 ids``."""
    return f"{count:,} id{'' if count == 1 else 's'}"


def _key(text: str) -> str:
    """``text`` without its letter case and accents, a character at a time (so an opening keeps its length)."""
    if text.isascii():  # most ids: a character for a character already
        return text.lower()
    return "".join(fold(ch.casefold()) for ch in text)


def _opening(article_id: str, key: str) -> str:
    """The start of ``article_id`` that reads as ``key`` without case and accents."""
    for end in range(len(article_id) + 1):
        if _key(article_id[:end]) == key:
            return article_id[:end]
    return article_id  # not reached: the id matched a pattern opening with key
