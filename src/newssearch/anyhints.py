"""The note offering ``--match any`` to a query that found nothing under ``--match all``: ``no article has all these
words: --match any finds 232``, for any query of two parts or more that --match any makes optional."""

from __future__ import annotations

from collections.abc import Callable

from whoosh import query as wq

from .operators import lower_case_operators
from .parsedquery import ParsedQuery
from .schema import SEARCH_FIELDS
from .singlequotes import phrases_double_quoted

Count = Callable[[str, str], int]  # how many articles a query text finds under a match mode (notices.Count)


def match_any_notice(parsed: ParsedQuery, count: Count) -> str | None:
    """What ``--match any`` finds of a query that found nothing under ``--match all``, when it may differ (see
    ``optional_parts``) and finds something; None otherwise. The count is of what --match any finds, its filters and
    NOTs kept: one more search (of a long query cut to its rarest words, indexquery.py), only when nothing was found.

    Not when a lower-case "or" or "not" is why: its note says to type OR (``yukos or zzqx``)."""
    if optional_parts(parsed.query) < 2 or lower_case_operators(phrases_double_quoted(parsed.text)):
        return None
    found = count(parsed.text, "any")
    return f"no article has all these words: --match any finds {found:,}" if found else None


def optional_parts(query: wq.Query) -> int:
    """How many of the parts ``query`` requires --match any makes optional: those searching words (in the title or
    the text), not a NOT, nor a filter (a date, a language, a source, …: filterclauses.py), which it keeps required.
    ``5% rise`` has two (5% is no word to spell-check, yet a part), ``zebra lang:de`` one: --match any would find
    every article in German, none with zebra."""
    while isinstance(query, wq.AndMaybe):  # a word's exact spelling ranking first (exactforms.py): what it requires
        query = query.a
    parts = query.subqueries if isinstance(query, wq.And) else [query]
    return sum(1 for part in parts if not isinstance(part, wq.Not) and _searches_words(part))


def _searches_words(part: wq.Query) -> bool:
    """Whether ``part`` searches the title or the text (``title:police``, ``(police OR lang:de)``), not only an
    article's metadata (``lang:de``, ``site:rnz.co.nz``, a date range)."""
    return any(leaf.field() in SEARCH_FIELDS for leaf in ([part] if part.is_leaf() else part.leaves()))
