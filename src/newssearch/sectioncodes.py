"""A wire archive's topic code typed after ``section:`` as the section it names: ``section:earn`` finds the
Reuters-21578 stories filed under ``<D>earn</D>``.

The readers index a topic code by its name ("Earnings and Earnings Forecasts", ``documents.subjectcodes``), as shown
and counted in facets, so ``section:earn``, the code the collection's users type, had found nothing (its hint named
the section). A typed code is searched as its name where a live article names that section and none names the code
itself: a site's own "Jobs" section is what ``section:jobs`` finds, not Reuters-21578's jobs (Unemployment) too.
"""

from __future__ import annotations

from whoosh import query as wq

from .livecounts import live_frequency
from .querytree import holds_leaf
from .schema import SECTION
from .sectionterms import section_key, section_terms


def with_coded_sections(query: wq.Query, reader) -> wq.Query:  # type: ignore[no-untyped-def]
    """``query`` with each ``section:`` term that is a topic code (``coded_section``) as the term of its name."""
    if not holds_leaf(query, lambda leaf: getattr(leaf, "fieldname", None) == SECTION):  # a leaf is its own leaf
        return query  # (most queries name no section)
    return _coded_terms(query, reader)


def _coded_terms(query: wq.Query, reader) -> wq.Query:  # type: ignore[no-untyped-def]
    """``with_coded_sections``, on a query that has a ``section:`` term."""
    if isinstance(query, wq.Term) and query.fieldname == SECTION:
        name = coded_section(reader, str(query.text))
        return wq.Term(SECTION, section_terms(name)[0], boost=query.boost) if name else query
    if query.is_leaf():
        return query
    return query.apply(lambda child: _coded_terms(child, reader))


def coded_section(reader, typed: str) -> str | None:  # type: ignore[no-untyped-def]
    """The section a wire archive's topic code ``typed`` names (Reuters-21578's ``earn``: "Earnings and Earnings
    Forecasts", RCV1's ``GCRIM``) when a live article names it and none names ``typed`` itself; else None."""
    from .documents.subjectcodes import RCV1_TOPICS, REUTERS_21578_TOPICS

    code = typed.strip()
    name = REUTERS_21578_TOPICS.get(code.lower()) or RCV1_TOPICS.get(code.upper())
    if not name or section_named(reader, section_key(code)):
        return None
    return name if section_named(reader, section_terms(name)[0]) else None


def section_named(reader, key: str) -> bool:  # type: ignore[no-untyped-def]
    """Whether a live article names the section ``key`` (as ``section_terms`` writes it)."""
    return bool(live_frequency(reader, SECTION, key, enough=0))
