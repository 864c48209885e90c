"""A word on metadata clauses that found nothing for a reason the user can fix. An ``id:`` clause naming a file of
records or a folder, not an article: ``id:wire.jsonl`` and ``id:bbc/politics`` had found nothing without a word, as a
typo does, while ``show`` says what they hold; the note gives the pattern that finds their articles. Two publishers
required at once (``source:rnz source:stuff``): an article has one, and an OR finds either. A ``section:``,
``source:`` or ``author:`` no article has: the index's values of it (heldvalues.py), and a ``section:`` naming a
folder of the corpus, the ``id:`` pattern of its articles (sectionfolders.py)."""

from __future__ import annotations

from collections.abc import Callable

from whoosh import query as wq

from . import livecounts
from .errors import as_typed
from .notices import finding_leaves, noted
from .schema import AUTHOR, ID, SECTION, SOURCE, SOURCE_FACET, URL

_NAME_FIELDS = frozenset({SECTION, SOURCE, AUTHOR})  # whose values a clause that found nothing lists (heldvalues)

_PUBLISHERS = ("an article has one publisher, and the source: clauses required name two: an OR finds articles of "
               "either, as in source:rnz OR source:stuff (or source:rnz,stuff)")


def clause_notices(reader, notice: str | None, query: wq.Query,  # type: ignore[no-untyped-def]
                   total: int, matched: Callable[[wq.Query], set[int]] | None = None) -> str | None:
    """``notice``, and what the metadata clauses of ``query`` say of why nothing was found (see the module's doc;
    ``matched``: the articles a query finds)."""
    notice = id_clause_notice(reader, publishers_notice(notice, query, total, matched), query, total)
    if total:
        return notice
    leaves = finding_leaves(query)
    fields = {getattr(leaf, "fieldname", None) for leaf in leaves}
    notes: list[str] = []
    # (not beside a note already saying what would find something: source:latimes.com's site:latimes.com)
    if matched is not None and not notice and _NAME_FIELDS & fields:
        from .heldvalues import held_values_notice  # only a search that found nothing by a name field asks

        notes += held_values_notice(reader, leaves, matched)
    if SECTION in fields:  # (a section: naming a folder, bbc/politics, after the sections the index holds)
        from .sectionfolders import section_folder_notes  # only a search that found nothing by section asks

        notes += section_folder_notes(reader, leaves)
    for said in notes:
        notice = noted(notice, said)
    return notice


def id_clause_notice(reader, notice: str | None, query: wq.Query,  # type: ignore[no-untyped-def]
                     total: int) -> str | None:
    """``notice``, and for each ``id:`` term of ``query`` that names no live article but a file of records or a folder
    that holds some, how many and the pattern that finds them; ``notice`` alone when something was found."""
    if total:
        return notice
    for leaf in dict.fromkeys(_asked_ids(query)):
        if _finds_any(reader, leaf):
            continue
        typed = str(leaf.text)
        for opening, kind in ((typed + "#", "a file"), (typed.rstrip("/") + "/", "a folder")):
            held = _live_count(reader, opening) if isinstance(leaf, wq.Term) else 0
            if held:
                pattern = f"id:{opening}*"
                notice = noted(notice, f"{typed.rstrip('/')} is {kind} of {held:,} article{'' if held == 1 else 's'}: "
                                       f"{as_typed(pattern)} finds them")
                break
        else:
            from .idcases import id_case_note  # only an id: clause that found nothing asks

            said = id_case_note(reader, leaf)
            notice = noted(notice, said) if said else notice
    return notice


def _finds_any(reader, leaf: wq.Query) -> bool:  # type: ignore[no-untyped-def]
    """Whether an ``id:`` term or pattern names a live article."""
    if isinstance(leaf, wq.Term):
        return bool(livecounts.live_doc_frequency(reader, ID, leaf.text))
    return any(livecounts.live_doc_frequency(reader, ID, term) for term in leaf.expanded_terms(reader))


def _live_count(reader, opening: str) -> int:  # type: ignore[no-untyped-def]
    """How many live articles have an id that starts with ``opening``."""
    return sum(1 for term in reader.expand_prefix(ID, opening) if livecounts.live_doc_frequency(reader, ID, term))


def _asked_ids(query: wq.Query) -> list[wq.Query]:
    """``query``'s ``id:`` terms and patterns, not those it leaves out (``-id:wire.jsonl`` asks for none)."""
    if isinstance(query, wq.Not):
        return []
    if isinstance(query, (wq.Term, wq.PatternQuery)):
        return [query] if query.fieldname == ID else []
    parts = [query.a] if isinstance(query, wq.AndNot) else [] if query.is_leaf() else query.children()
    return [typed for part in parts for typed in _asked_ids(part)]


def publishers_notice(notice: str | None, query: wq.Query, total: int,
                      matched: Callable[[wq.Query], set[int]] | None = None) -> str | None:
    """``notice``, and that an article has one publisher when nothing was found and ``query`` requires two clauses
    on it (``source:rnz source:stuff``, ``site:rnz.co.nz site:stuff.co.nz``), each a clause of its own, that find no
    article together (``matched``): ``source:rnz site:rnz.co.nz`` name one publisher twice."""
    if total:
        return notice
    publishers = [part for part in _required(query) if _on_publisher(part)]
    if len(publishers) < 2 or (matched is not None and matched(wq.And(publishers))):
        return notice
    return noted(notice, _PUBLISHERS)


def _required(query: wq.Query) -> list[wq.Query]:
    """The parts ``query`` requires of every article: an AND's, or those of a filter under --match any."""
    if isinstance(query, wq.AndMaybe):
        return _required(query.a)
    return list(query.subqueries) if isinstance(query, wq.And) else [query]


def _on_publisher(part: wq.Query) -> bool:
    """Whether ``part`` asks for a publisher: a ``source:`` or ``site:`` clause (its name, or its address)."""
    leaves = [part] if part.is_leaf() else list(part.leaves())
    fields = {getattr(leaf, "fieldname", None) for leaf in leaves}
    return bool(fields & {SOURCE, SOURCE_FACET}) and fields <= {SOURCE, SOURCE_FACET, URL}
