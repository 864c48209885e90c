"""Authors of HTML pages: newssearch beside trafilatura's metadata, in the same run.

Usage: python benchmarks/authors.py [CORPORA_DIR] [--show]

trafilatura-eval annotates the author(s) of 538 of its pages (``evaldata.json``). For each such page this
prints whether an extractor gives exactly the annotated people, all of them and others besides (a
commenter, a reporter of another story), some of them, only other names, or none. Names are compared
case- and accent-blind. ``--show`` lists newssearch's tuning pages that are not right. Figures for each
half of the pages (see dates.half_of): rules are tried on the tuning half only.
"""

from __future__ import annotations

import re
import sys
import unicodedata
from pathlib import Path

from dates import run

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO / "src"))

OUTCOMES = ("right", "and others", "some", "others only", "none")
_SEPARATORS = re.compile(r"\s*(?:;|,|&|\band\b|\bund\b)\s*", re.IGNORECASE)


def key(name: str) -> str:
    """A name compared case- and accent-blind, spaces normalised; letters of other scripts kept (孔德明 is
    not the empty name, which every set of names holds)."""
    folded = "".join(c for c in unicodedata.normalize("NFKD", name) if not unicodedata.combining(c))
    return " ".join(folded.lower().replace(".", " ").split())


def people(annotated: str | list[str]) -> set[str]:
    """The annotated people of one page: a list, or one string of names joined by ; , & or "and"."""
    texts = annotated if isinstance(annotated, list) else [annotated]
    return {key(part) for text in texts for part in _SEPARATORS.split(text) if key(part)}


def newssearch_authors(html: str) -> list[str]:
    """The authors newssearch's HTML reader gives the page."""
    from newssearch.documents.html import extract

    return list(extract(html).authors)


def trafilatura_authors(html: str) -> list[str]:
    """The authors trafilatura's metadata gives the page (one string, names joined by "; ")."""
    from trafilatura import extract_metadata

    metadata = extract_metadata(html)
    return metadata.author.split("; ") if metadata is not None and metadata.author else []


def outcome(got: list[str], want: str | list[str]) -> str:
    """Which of OUTCOMES ``got`` is against the annotated ``want``."""
    found, wanted = {key(name) for name in got}, people(want)
    if not found:
        return "none"
    if found == wanted:
        return "right"
    if wanted <= found:
        return "and others"
    return "some" if found & wanted else "others only"


def main() -> None:
    run(__doc__, "author", "annotated authors", newssearch_authors, trafilatura_authors, outcome, OUTCOMES, width=12)


if __name__ == "__main__":
    main()
