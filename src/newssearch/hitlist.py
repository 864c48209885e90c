"""One page of hits: the ranked ``(docnum, score)`` pairs of a page, copies grouped into stories when asked, and
each as a Hit with its snippets."""

from __future__ import annotations

from collections.abc import Callable, Collection, KeysView, Sequence
from functools import partial

from whoosh import query as wq

from .copies import copy_ids, one_per_story
from .copyindex import CopyIndex
from .exacttiers import MarkedWord, exact_tiers
from .fastscore import Scores
from .highlights import Marks, marks_by_language, runs_marked
from .ranking import Scored, best_scored, date_sorted_page, found_scores, reranked_page, scored_page
from .recency import Decay
from .results import Hit, PendingHit
from .schema import BODY, TITLE, to_article
from .snippets import Snippet, lead_snippet, make_snippet
from .wordterms import marked_terms_in

MarksOf = Callable[[str | None], dict[str, Marks]]  # what a query marks in an article in a language


def pages_of(total: int, limit: int) -> int:
    """How many pages of ``limit`` hits ``total`` hits make: one at least, the first page always being there though it
    list no hit (nothing found, or ``limit`` 0: the count alone), so that ``page`` 1 is never past the last."""
    return max(1, -(-total // limit)) if limit else 1


def ranked_page(searcher, query: wq.Query, page: int, limit: int,  # type: ignore[no-untyped-def]
                date_filter: set[int] | None, decay: Decay | None, sort: str,
                exact: Sequence[MarkedWord] = ()) -> tuple[Scores, Scored]:
    """Every hit and its score (``ranking.found_scores``), and one page of ``(docnum, score)``: by date, by relevance,
    or by date-decayed relevance; by relevance, the hits spelling more of the words typed with marks as typed
    (``exact``) first (``exacttiers``)."""
    if date_filter is not None and not date_filter:
        return {}, []
    scores = found_scores(searcher, query, date_filter)
    if limit == 0:  # the count alone: no order to work out (a decay had re-scored its every hit to list none)
        return scores, []
    if sort in ("date", "oldest"):
        return scores, date_sorted_page(searcher, scores, page, limit, oldest_first=sort == "oldest")
    tiers = exact_tiers(searcher, exact) if exact else None
    if decay:
        return scores, reranked_page(searcher, scores, page, limit, decay, tiers)
    return scores, scored_page(searcher, scores, page, limit, tiers)


def page_of(searcher, query: wq.Query, page: int, limit: int, date_filter: set[int] | None,  # type: ignore[no-untyped-def]
            decay: Decay | None, sort: str, keys: CopyIndex | None,
            exact: Sequence[MarkedWord] = ()) -> tuple[int, Scored, KeysView[int]]:
    """The total and one page of ``ranked_page``, or with ``keys`` (copies grouped) of stories; and the articles
    found (the stories' copies a hit names, the articles a search's facets count)."""
    if keys is None:
        scores, scored = ranked_page(searcher, query, page, limit, date_filter, decay, sort, exact)
        return len(scores), scored, scores.keys()
    # rank every hit, keep each story's earliest copy among them, then page
    everyone = max(1, searcher.doc_count_all())
    scores, everything = ranked_page(searcher, query, 1, everyone, date_filter, decay, sort, exact)
    total, scored = stories(searcher, everything, (page - 1) * limit, limit, keys)
    return total, scored, scores.keys()


def page_among(searcher, scores: Scores, allowed: set[int], page: int, limit: int,  # type: ignore[no-untyped-def]
               keys: CopyIndex | None) -> tuple[int, Scored]:
    """The total and one page of the best-scored of the ``allowed`` articles (``scores``: a query's, read already);
    of stories with ``keys``."""
    start = (page - 1) * limit
    if allowed and keys is not None:  # rank every candidate, keep each story's earliest copy, then page
        _, everything = best_scored(searcher, scores, len(allowed), allowed)
        return stories(searcher, everything, start, limit, keys)
    if allowed:
        total, best = best_scored(searcher, scores, page * limit, allowed)
        return total, best[start:]
    return 0, []


def stories(searcher, scored: Scored, start: int, limit: int,  # type: ignore[no-untyped-def]
            keys: CopyIndex) -> tuple[int, Scored]:
    """How many stories ``scored`` holds (see ``one_per_story``), and ``limit`` of them from ``start``."""
    found = one_per_story(scored, searcher.reader(), keys)
    return len(found), found[start : start + limit]


def make_hits(searcher, scored: Scored, offset: int, query: wq.Query, chars: int,  # type: ignore[no-untyped-def]
              fragments: int, among: Collection[int] | None = None, keys: CopyIndex | None = None) -> list[Hit]:
    """Hits with snippets (marking what ``query`` finds) for ``(docnum, score)`` pairs, ranked from ``offset + 1``.

    With ``among`` (the articles found, when copies are grouped), each hit names the other copies of its
    story among them (``keys``: the search's CopyIndex): a copy the query's NOT words or dates leave out is
    not named.
    """
    marks = marks_by_language(query, searcher.reader())  # what it marks in the title and body, see highlights
    hits = []
    for i, (docnum, score) in enumerate(scored):
        hit = _hit(searcher, offset + i + 1, docnum, score, marks, chars, fragments)
        if among is not None:
            hit.copies = copy_ids(searcher, docnum, among, keys)
        hits.append(hit)
    return hits


def _hit(searcher, rank: int, docnum: int, score: float, marks_of: MarksOf,  # type: ignore[no-untyped-def]
         chars: int, fragments: int) -> Hit:
    """One document as a Hit; its snippet is made when first read (``PendingHit``), the title's marks now."""
    article = to_article(searcher.stored_fields(docnum))
    marks = marks_of(article.lang)  # another language's stems are not marked (languagequery.in_language)
    title = snippet_of(article.title, article.lang, marks[TITLE], len(article.title), 1)()
    return PendingHit(snippet_of(article.body, article.lang, marks[BODY], chars, fragments),
                      rank=rank, id=article.id, path=article.path, title=article.title, date=article.date,
                      score=score, source=article.source,
                      authors=article.authors, url=article.url, lang=article.lang,
                      date_source=article.date_source, sections=article.sections, title_marks=title if title.matched else None,
                      time=article.time)


def snippet_of(text: str, lang: str | None, marks: Marks, chars: int, fragments: int) -> Callable[[], Snippet]:
    """What makes the snippet of ``text``, in the language ``lang``, marking ``marks``: a text's lead when they are
    none, without reading its every word for them."""
    if not (marks.words or marks.phrases or marks.near or marks.runs):
        return partial(lead_snippet, text, chars)
    words, phrases = runs_marked(text, marks) if marks.runs else (marks.words, marks.phrases)
    # its words read as the index stems them
    return partial(make_snippet, text, marked_terms_in(lang, words), words.__contains__, chars, fragments, phrases,
                   marks.near)
