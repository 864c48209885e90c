"""The articles most like one, its own copies left out, a page of them with its notes: the work of
``NewsIndex.similar``."""

from __future__ import annotations

from typing import TYPE_CHECKING

from .copies import group_of
from .copyindex import CopyIndex
from .datenotices import date_notice
from .hitlist import make_hits, page_among, pages_of
from .results import SearchResult
from .schema import to_article
from .searchoptions import DateLike, date_filter_of
from .similar import likeness, unlike_notice

if TYPE_CHECKING:
    from .searcher import NewsIndex


def similar_of(handle: NewsIndex, article_id: str, limit: int, page: int, since: DateLike, until: DateLike,
               snippet_chars: int, fragments: int, group_copies: bool) -> SearchResult:
    """``handle.similar``'s page, its arguments checked: see ``NewsIndex.similar``."""
    date_filter = date_filter_of(handle._days, since, until)
    docnum = handle._docnum(article_id)
    like = likeness(handle._searcher, to_article(handle._searcher.stored_fields(docnum)), docnum)
    keys = CopyIndex(handle._searcher.reader(), handle._copy_keys) if group_copies else None
    copies = set(group_of(handle._searcher, docnum, keys) if keys is not None else [docnum])
    allowed = like.sharing - copies
    if date_filter is not None:
        allowed &= date_filter
    total, scored = page_among(handle._searcher, like.scores, allowed, page, limit, keys)
    hits = make_hits(handle._searcher, scored, (page - 1) * limit, like.query, snippet_chars, fragments,
                     allowed if group_copies else None, keys)
    said = (own_copies_notice(group_copies, total, copies, like.sharing, docnum)
            or unlike_notice(like, docnum, handle._searcher.doc_count()))
    return SearchResult(query=f"like:{article_id}", total=total, page=page, pages=pages_of(total, limit),
                        limit=limit, hits=hits, grouped=group_copies,
                        articles=len(allowed) if group_copies else None,
                        notice=date_notice(handle._days, said, since, until, total, lambda: like.sharing - {docnum}),
                        key_words=like.terms, shared=like.need)


def own_copies_notice(grouped: bool, total: int, copies: set[int], sharing: set[int], docnum: int) -> str | None:
    """Why ``similar`` with copies grouped found nothing like the article ``docnum``: the only articles sharing its
    words (``sharing``) are its own ``copies``, which it leaves out; else None."""
    only_copies = grouped and not total and len(copies) > 1 and bool(sharing & copies - {docnum})
    return (f"the only articles like it are its own copies ({len(copies) - 1:,}), which --group-copies leaves out"
            if only_copies else None)
