"""Publication dates of HTML pages: newssearch beside trafilatura's metadata (htmldate), in the same run.

Usage: python benchmarks/dates.py [CORPORA_DIR]

trafilatura-eval annotates a publication date for many of its pages (``evaldata.json``). For every such
page this prints how often each extractor gives that day, a day either side (a UTC stamp read as the
wrong local day, or a reader's comment), another day, or none, on each half of the pages (see ``half_of``):
rules are tried on the tuning half only.
"""

from __future__ import annotations

import argparse
import gzip
import hashlib
import json
import sys
import time
from collections import Counter
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO / "src"))

OUTCOMES = ("right", "a day off", "other day", "none")


HALVES = ("tuning", "held out")


def half_of(file_name: str) -> str:
    """The half of trafilatura-eval a page is in: "tuning" when the MD5 of its file name starts with 0-7.

    As for the extraction benchmark's page ids: metadata rules are tried on the tuning half only, and the
    held-out half says whether they carry over.
    """
    return HALVES[0] if hashlib.md5(file_name.encode()).hexdigest()[0] in "01234567" else HALVES[1]


def annotated_pages(corpora: Path, field: str = "date") -> list[tuple[str, str, Any]]:
    """(half, html, annotated value) for the trafilatura-eval pages that annotate ``field`` (a date: its ISO day)."""
    from newssearch.documents.html import decode_html

    root = corpora / "trafilatura-eval"
    pages = []
    for entry in json.loads((root / "evaldata.json").read_text()).values():
        if not entry.get(field):
            continue
        path = root / "eval" / f"{entry['file']}.gz"
        if not path.exists():
            path = root / "cache" / f"{entry['file']}.gz"
        if path.exists():
            value = entry[field][:10] if field == "date" else entry[field]
            pages.append((half_of(entry["file"]), decode_html(gzip.open(path).read()), value))
    return pages


def newssearch_date(html: str) -> str | None:
    """The day newssearch's HTML reader gives the page."""
    from newssearch.documents.html import extract

    found = extract(html).date
    return found.isoformat() if found else None


def trafilatura_date(html: str) -> str | None:
    """The day trafilatura's metadata (htmldate, original dates) gives the page."""
    from trafilatura import extract_metadata

    metadata = extract_metadata(html)
    return metadata.date[:10] if metadata is not None and metadata.date else None


def outcome(got: str | None, want: str) -> str:
    """Which of OUTCOMES ``got`` is against the annotated ``want``."""
    if got is None:
        return "none"
    if got == want:
        return "right"
    try:
        apart = abs((date.fromisoformat(got) - date.fromisoformat(want)).days)
    except ValueError:
        return "other day"
    return "a day off" if apart == 1 else "other day"


def with_trafilatura(ours: Callable[[str], Any], theirs: Callable[[str], Any]) -> dict[str, Callable[[str], Any]]:
    """newssearch's extractor, and trafilatura's beside it when the package is installed."""
    extractors = {"newssearch": ours}
    try:
        import trafilatura  # noqa: F401
    except ImportError:
        print("skipping trafilatura: package not installed", file=sys.stderr)
    else:
        extractors["trafilatura"] = theirs
    return extractors


def compare(pages: list[tuple[str, str, Any]], extractors: dict[str, Callable[[str], Any]],
            outcome: Callable[[Any, Any], str], outcomes: tuple[str, ...], show: bool = False, width: int = 10) -> None:
    """Print each extractor's count of each of ``outcomes`` on each half of ``pages`` and its time per page;
    with ``show``, newssearch's tuning pages whose outcome is not the first (right) one."""
    sizes = Counter(half for half, _html, _want in pages)
    print(f"{'extractor':14s} {'half':9s} " + " ".join(f"{name:>{width}s}" for name in outcomes) + "    ms/page")
    for name, value_of in extractors.items():
        started = time.perf_counter()
        results = [(half, value_of(html), want) for half, html, want in pages]
        ms = 1000 * (time.perf_counter() - started) / max(len(pages), 1)
        for half in HALVES:
            counts = Counter(outcome(got, want) for in_half, got, want in results if in_half == half)
            print(f"{name:14s} {half:9s} " + " ".join(f"{counts[o]:{width}d}" for o in outcomes)
                  + (f" {ms:10.1f}" if half == HALVES[0] else ""))
        if show and name == "newssearch":
            for half, got, want in results:
                if half == HALVES[0] and outcome(got, want) != outcomes[0]:
                    print(f"    {outcome(got, want):12s} want {want!r} got {got!r}")
    print("pages: " + ", ".join(f"{sizes[half]} {half}" for half in HALVES))


def run(description: str, field: str, what: str, ours: Callable[[str], Any], theirs: Callable[[str], Any],
        outcome: Callable[[Any, Any], str], outcomes: tuple[str, ...], width: int = 10) -> None:
    """The command line of a metadata benchmark: ``field``'s annotated pages, newssearch and trafilatura compared."""
    parser = argparse.ArgumentParser(description=description.splitlines()[0])
    parser.add_argument("corpora", nargs="?", type=Path, default=REPO.parent / "shared" / "corpora")
    parser.add_argument("--show", action="store_true", help="list newssearch's tuning pages that are not right")
    args = parser.parse_args()
    pages = annotated_pages(args.corpora, field)
    print(f"trafilatura-eval, {len(pages)} pages with {what}")
    compare(pages, with_trafilatura(ours, theirs), outcome, outcomes, args.show, width=width)


def main() -> None:
    run(__doc__, "date", "an annotated publication date", newssearch_date, trafilatura_date, outcome, OUTCOMES)


if __name__ == "__main__":
    main()
