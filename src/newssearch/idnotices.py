"""A word on an ``id:`` clause that found nothing because it names a file of records or a folder, not an article:
``id:wire.jsonl`` and ``id:bbc/politics`` had found nothing without a word, as a typo does, while ``show`` says what
they hold; the note gives the pattern that finds their articles."""

from __future__ import annotations

from whoosh import query as wq

from . import livecounts
from .errors import as_typed
from .notices import noted
from .schema import ID


def id_clause_notice(reader, notice: str | None, query: wq.Query,  # type: ignore[no-untyped-def]
                     total: int) -> str | None:
    """``notice``, and for each ``id:`` term of ``query`` that names no live article but a file of records or a folder
    that holds some, how many and the pattern that finds them; ``notice`` alone when something was found."""
    if total:
        return notice
    for typed in dict.fromkeys(_asked_ids(query)):
        if livecounts.live_doc_frequency(reader, ID, typed):
            continue
        for opening, kind in ((typed + "#", "a file"), (typed.rstrip("/") + "/", "a folder")):
            held = _live_count(reader, opening)
            if held:
                pattern = f"id:{opening}*"
                notice = noted(notice, f"{typed.rstrip('/')} is {kind} of {held:,} article{'' if held == 1 else 's'}: "
                                       f"{as_typed(pattern)} finds them")
                break
    return notice


def _live_count(reader, opening: str) -> int:  # type: ignore[no-untyped-def]
    """How many live articles have an id that starts with ``opening``."""
    return sum(1 for term in reader.expand_prefix(ID, opening) if livecounts.live_doc_frequency(reader, ID, term))


def _asked_ids(query: wq.Query) -> list[str]:
    """The ids of ``query``'s ``id:`` terms, not of those it leaves out (``-id:wire.jsonl`` asks for none)."""
    if isinstance(query, wq.Not):
        return []
    if isinstance(query, wq.Term):
        return [str(query.text)] if query.fieldname == ID else []
    parts = [query.a] if isinstance(query, wq.AndNot) else [] if query.is_leaf() else query.children()
    return [typed for part in parts for typed in _asked_ids(part)]
