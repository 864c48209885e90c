"""An article's id typed as a query's words (``newssearch query harbour-bridge.txt``, copied from a hit's id line):
its words are seldom the article's ("txt"), so nothing is found; the note names the ``id:`` clause that finds it."""

from __future__ import annotations

from collections.abc import Callable

from .errors import as_typed

Count = Callable[[str, str], int]  # how many articles a query text finds under a match mode (notices.Count)
_ID_MARKS = frozenset("./#")  # an id is a file's name with its ending, a path, or a record's key after a "#"
_NO_ID_VALUE = frozenset('"*?\n')  # a quote would end the clause's value, a wildcard make it a pattern


def id_notice(text: str, match: str, count: Count) -> str | None:
    """What to say when ``text``, a query that found nothing, is the id of an article of the index: the ``id:``
    clause that finds it, and ``newssearch show``, which prints it; None when it is none (``count``: how many
    articles a query text finds)."""
    typed = text.strip()
    if not _ID_MARKS.intersection(typed) or _NO_ID_VALUE.intersection(typed):
        return None
    clause = f'id:"{typed}"' if any(char.isspace() for char in typed) else f"id:{typed}"
    if count(clause, match) != 1:
        return None
    return (f"{as_typed(typed)} is the id of an article, not its words: {as_typed(clause)} finds it "
            f"(newssearch show {typed} prints it)")
