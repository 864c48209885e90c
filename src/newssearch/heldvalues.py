"""The values a name field holds, for a ``section:``, ``source:`` or ``author:`` clause that finds no article: the
index's sections, sources or authors, the most common first, as a ``lang:`` of no article names its languages.

``section:politics`` had said only that nothing matched, leaving the user to guess what the newsroom calls it.
Imported only by a search that found nothing: the plain query's path never reads a facet field's lexicon.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable

from whoosh import query as wq

from . import livecounts
from .facets import most_common_spelling
from .schema import AUTHOR, AUTHOR_FACET, SECTION, SECTION_FACET, SOURCE, SOURCE_FACET, URL, facet_name

SHOWN = 8  # values named, as the languages a lang: notice names
_READ = 64  # names, by the count the index stores, whose live count is read: a wire's 10,000 bylines are not

# The field a clause searches -> the facet field holding its values as written, and what a notice calls them.
_FIELDS = {SECTION: (SECTION_FACET, "sections"), SOURCE: (SOURCE_FACET, "sources"),
           AUTHOR: (AUTHOR_FACET, "authors")}


def held_values_notice(reader, leaves: list[wq.Query],  # type: ignore[no-untyped-def]
                       matched: Callable[[wq.Query], set[int]]) -> list[str]:
    """For each of ``section:``, ``source:`` and ``author:`` whose clauses among ``leaves`` (those of a query that
    found nothing) find no article at all (``matched``), what the index holds instead: ``no article in this index is
    in section politics (its sections: Sport, Business, World News)``."""
    said = []
    for field, (facet, plural) in _FIELDS.items():
        clauses = [leaf for leaf in leaves if getattr(leaf, "fieldname", None) == field]
        # a source: clause finds a site's articles by their address too (site:): those count as found
        tried = clauses + [leaf for leaf in leaves if field == SOURCE and getattr(leaf, "fieldname", None) == URL]
        if not clauses or any(matched(leaf) for leaf in tried):
            continue
        names, more = held_names(reader, facet)
        if not names:
            continue  # no article names one: empty_field_notice says so
        listed = ", ".join(names) + (f" and {more:,} more" if more else "")
        said.append(f"no article in this index is {_asked(field, clauses)} (its {plural}: {listed})")
    return said


def _asked(field: str, clauses: list[wq.Query]) -> str:
    """What the clauses asked for, in words: ``in section politics``; an author's or a source's name is searched as
    its folded words, not as typed, so it is not repeated."""
    if field == SECTION:
        keys = dict.fromkeys(str(getattr(clause, "text", "")) for clause in clauses)
        return f"in section {' or '.join(key for key in keys if key)}".rstrip()
    return "by that author" if field == AUTHOR else "from that source"


def held_names(reader, facet: str) -> tuple[list[str], int]:  # type: ignore[no-untyped-def]
    """The names of a facet field live articles hold, the most common first (ties alphabetical; a name in two letter
    cases is one, spelt as most write it), at most SHOWN of them, and how many more there are.

    The count the index stores (deleted articles too, until a merge) picks the _READ names whose live count is read.
    """
    stored: Counter[str] = Counter()
    for term, info in reader.iter_field(facet):
        stored[term.decode("utf-8") if isinstance(term, bytes) else term] = info.doc_frequency()
    live: Counter[str] = Counter()
    spellings: dict[str, Counter[str]] = {}
    read = stored.most_common(_READ)
    for term, _ in read:
        count = livecounts.live_frequency(reader, facet, term)
        if count:
            name = facet_name(term)
            live[name.casefold()] += count
            spellings.setdefault(name.casefold(), Counter())[name] += count
    ordered = sorted(live, key=lambda key: (-live[key], most_common_spelling(spellings[key])))
    names = [most_common_spelling(spellings[key]) for key in ordered]
    unread = {facet_name(term).casefold() for term in stored} - {facet_name(term).casefold() for term, _ in read}
    return names[:SHOWN], max(0, len(names) - SHOWN) + len(unread)
