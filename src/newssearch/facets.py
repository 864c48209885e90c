"""Facet counts over the WHOLE set of hits (not one page): by source, author, language (in an index whose articles
are in several), year and month."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable, Set
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from whoosh import query as wq

from . import config
from .fastscore import all_docs
from .publisherkeys import is_host, letters_of, source_groups
from .schema import AUTHOR_FACET, LANG, MONTH, SECTION_FACET, SOURCE_FACET, YEAR

if TYPE_CHECKING:
    from .facettable import FacetTable

FacetCounts = list[tuple[str, int]]


def matching_docnums(searcher, query: wq.Query,  # type: ignore[no-untyped-def]
                     filter: wq.Query | set[int] | None = None) -> set[int]:
    """Every document number the query matches (within ``filter``: a query or a set of them): the matches a search
    reads from the postings (``fastscore``), 2-5 times faster than Whoosh's walk of its matchers (1 s for the
    12,854 of 100,000 articles that hold "government"), scores left aside."""
    found = all_docs(searcher, query)
    if filter is not None and found:
        found &= filter if isinstance(filter, (set, frozenset)) else set(searcher.docs_for_query(filter))
    return found


# The value a facet's counts name the documents without one by (facet_counts pops it into its own count).
NO_VALUE = ""


def column_counts(table: FacetTable, field: str, docnums: Set[int]) -> Counter[str]:
    """Counts of a single-valued sortable field's values over ``docnums``, those with none under NO_VALUE."""
    return Counter(value or NO_VALUE for value in table.values(field, docnums))  # "" where a segment has no column


def name_counts(table: FacetTable, field: str, docnums: Set[int]) -> Counter[str]:
    """Counts of a multi-valued keyword field of names over ``docnums`` (a document counts once per name), the names
    that differ only in letter case, accents or the dots, hyphens and spaces between their parts counted as one,
    under their most common spelling: "Jane Doe" (5) and "JANE DOE" (1) are Jane Doe (6), "J.R. Stone" and
    "J. R. Stone" one, "José García" and "Jose Garcia" one."""
    docs: dict[str, set[int]] = {}
    spellings: dict[str, Counter[str]] = {}
    for name, holders in table.names(field) if docnums else ():
        if found := holders & docnums:
            key = person_key(name)
            docs.setdefault(key, set()).update(found)
            spellings.setdefault(key, Counter())[name] += len(found)
    counts = Counter({most_common_spelling(spellings[key]): len(found) for key, found in docs.items()})
    return _with_none(counts, docnums, docs.values())


def term_counts(table: FacetTable, field: str, docnums: Set[int]) -> Counter[str]:
    """Counts of a field's terms over ``docnums`` (a language's code: the few an index holds, each one posting list)."""
    counts: Counter[str] = Counter()
    holding: list[Set[int]] = []
    for term, holders in table.holders(field) if docnums else ():
        if found := holders & docnums:
            counts[term] = len(found)
            holding.append(found)
    return _with_none(counts, docnums, holding)


def _with_none(counts: Counter[str], docnums: Set[int], holding: Iterable[Set[int]]) -> Counter[str]:
    """``counts`` with the documents of ``docnums`` that no value holds counted under NO_VALUE."""
    if none := len(docnums) - len(set().union(*holding)):
        counts[NO_VALUE] = none
    return counts


def person_key(name: str) -> str:
    """A person's name compared as a facet counts it: its letters and digits, case- and accent-blind ("J. R. Stone":
    jrstone); a name of none (a mark alone) by itself."""
    return letters_of(name) or name.casefold()


def publisher_counts(table: FacetTable, field: str, docnums: Set[int]) -> Counter[str]:
    """``column_counts`` of the source field, one publisher's spellings counted as one (``publisherkeys``: "Vox" and
    "vox.com", "The Hill" and "TheHill"), under a name rather than a host, then its most common spelling."""
    counts = column_counts(table, field, docnums)
    none = counts.pop(NO_VALUE, 0)
    grouped: dict[str, Counter[str]] = {}
    for value, group in source_groups(counts, table.home()).items():
        grouped.setdefault(group, Counter())[value] = counts[value]
    shown = Counter({_shown(spellings): spellings.total() for spellings in grouped.values()})
    return shown + Counter({NO_VALUE: none})


def _shown(spellings: Counter[str]) -> str:
    """The spelling a publisher is shown by: a name before a host ("Vox", not "vox.com"), then the most common."""
    names = Counter({value: count for value, count in spellings.items() if not is_host(value)})
    return most_common_spelling(names or spellings)


def most_common_spelling(spellings: Counter[str]) -> str:
    """The spelling most documents use; of spellings as common, one in mixed case (Jane Doe, not JANE DOE or jane
    doe), then one with its marks (José García, not Jose Garcia: marks are left out, seldom added), then the first
    in order."""
    return min(spellings, key=lambda spelling: (-spellings[spelling], spelling.isupper() or spelling.islower(),
                                                spelling.isascii(), spelling))


def by_count(counts: Counter[str]) -> tuple[FacetCounts, int]:
    """The most common values first (ties alphabetical), at most FACET_VALUES of them, and how many more there are."""
    ordered = sorted(counts.items(), key=lambda item: (-item[1], item[0]))
    return ordered[: config.FACET_VALUES], max(0, len(ordered) - config.FACET_VALUES)


def by_value(counts: Counter[str]) -> tuple[FacetCounts, int]:
    """Every value, in order of value (dates in date order)."""
    return sorted(counts.items()), 0


# Facet name -> (schema field, how to count it, how to order and cut the counts).
FACETS: dict[str, tuple[str, Callable[..., Counter[str]], Callable[[Counter[str]], tuple[FacetCounts, int]]]] = {
    # A name in two letter cases is one value: an index made before readers wrote one case for a name, and what
    # title case cannot mend (John McDonald from pages, John Mcdonald from JOHN MCDONALD), keep both.
    "source": (SOURCE_FACET, publisher_counts, by_count),
    "author": (AUTHOR_FACET, name_counts, by_count),
    # only in an index whose articles name two languages or more (facet_counts): one of English news lists none
    "lang": (LANG, term_counts, by_count),
    # only when a hit names a section (facet_counts): an index of none lists none; "Sport" and "SPORT" are one
    "section": (SECTION_FACET, name_counts, by_count),
    "year": (YEAR, column_counts, by_value),
    "month": (MONTH, column_counts, by_value),
}


@dataclass
class FacetTally:
    """Every facet's counts over a set of documents (``counts``), for each facet cut short how many values it left
    out (``more``), and for every facet how many of the documents have no value for it (``missing``: undated
    articles in the year and month facets, those naming no source or author), as Elasticsearch's missing bucket."""

    counts: dict[str, FacetCounts] = field(default_factory=dict)
    more: dict[str, int] = field(default_factory=dict)
    missing: dict[str, int] = field(default_factory=dict)


def facet_counts(table: FacetTable, docnums: Set[int]) -> FacetTally:
    """Every facet's counts over ``docnums`` (read from ``table``, an index snapshot's), how many values each facet
    cut short left out, how many have none."""
    tally = FacetTally()
    docnums = docnums if isinstance(docnums, (set, frozenset)) else set(docnums)  # intersected with each name's
    for name, (field_name, count, order) in FACETS.items():
        if field_name == LANG and not table.several_languages():
            continue  # one language, or none named: nothing to tell the hits apart by
        values = count(table, field_name, docnums)
        if field_name == SECTION_FACET and not set(values) - {NO_VALUE}:
            continue  # no hit names a section
        tally.missing[name] = values.pop(NO_VALUE, 0)
        tally.counts[name], left_out = order(values)
        if left_out:
            tally.more[name] = left_out
    return tally
