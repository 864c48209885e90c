"""Headlines of HTML pages: newssearch beside trafilatura's metadata, in the same run.

Usage: python benchmarks/titles.py [CORPORA_DIR] [--show]

trafilatura-eval annotates the title of most of its pages (``evaldata.json``). For each such page this
prints whether an extractor gives exactly the annotated title, a title holding it with more besides (a site
name, a section), only part of it (a headline cut at a dash), another title, or none. Titles are compared
case- and accent-blind, spaces and quotes normalised, letters of every script kept. ``--show`` lists newssearch's
pages that are not right. Figures for each half of the pages (see dates.half_of): rules are tried on the tuning half only.
"""

from __future__ import annotations

import sys
import unicodedata
from pathlib import Path

from dates import run

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO / "src"))

OUTCOMES = ("right", "more", "part", "other", "none")
_QUOTES = str.maketrans({"“": '"', "”": '"', "„": '"', "«": '"', "»": '"', "‘": "'", "’": "'", "‚": "'"})


def key(title: str) -> str:
    """A title compared case- and accent-blind, quotes straight, spaces normalised, soft hyphens and other invisible
    marks left out; letters of other scripts kept (a title wholly in Cyrillic, Bengali or Japanese is not the empty
    title, which every title holds)."""
    decomposed = unicodedata.normalize("NFKD", title.translate(_QUOTES))
    folded = "".join(c for c in decomposed if not unicodedata.combining(c) and unicodedata.category(c) != "Cf")
    return " ".join(folded.casefold().split()).strip(" .")


def newssearch_title(html: str) -> str | None:
    """The title newssearch's HTML reader gives the page."""
    from newssearch.documents.html import extract

    return extract(html).title


def trafilatura_title(html: str) -> str | None:
    """The title trafilatura's metadata gives the page."""
    from trafilatura import extract_metadata

    metadata = extract_metadata(html)
    return metadata.title if metadata is not None else None


def outcome(got: str | None, want: str) -> str:
    """Which of OUTCOMES ``got`` is against the annotated ``want``."""
    found, wanted = key(got or ""), key(want)
    if not found:
        return "none"
    if found == wanted:
        return "right"
    if wanted in found:
        return "more"
    return "part" if found in wanted else "other"


def main() -> None:
    run(__doc__, "title", "an annotated title", newssearch_title, trafilatura_title, outcome, OUTCOMES, width=8)


if __name__ == "__main__":
    main()
