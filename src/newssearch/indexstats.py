"""An open index's facts: its counts, size, date span, publishers and skips, the work of ``NewsIndex.stats``."""

from __future__ import annotations

import os
import re
from collections import Counter
from typing import TYPE_CHECKING

from . import livecounts, store
from .collector import collector_off
from .documents.article import read_in_part
from .errors import NewsSearchError
from .publisherkeys import article_home, source_groups
from .removals import removals_since
from .results import IndexStats, SkipTally
from .schema import QUERY_FIELDS, SOURCE_FACET

if TYPE_CHECKING:
    from .searcher import NewsIndex


def index_stats(handle: NewsIndex) -> IndexStats:
    """Counts, size, date span and when the index was last updated: of the snapshot ``handle`` reads."""
    reader = handle._searcher.reader()
    # the day column, read once: sorting every dated article by its date field took 3 s at 100,000 articles
    dated = sum(1 for _, number in handle._days.live() if number)
    return IndexStats(
        index_dir=str(handle.index_dir),
        corpus=handle.manifest.corpus,
        documents=reader.doc_count(),
        files=handle.manifest.file_count,
        fields=[name for name in QUERY_FIELDS if name in handle._searcher.schema],  # what a query may name
        size_bytes=handle._size_bytes,  # a rebuild since may have deleted the folder this handle reads
        updated=handle.manifest.updated,
        dated=dated,
        earliest=handle._days.oldest(),
        latest=handle._days.newest(),
        sources=_publishers(reader),
        corpus_found=(found := os.path.exists(handle.manifest.corpus)),
        corpus_moved_to=None if found else _moved_corpus(handle),
        skipped=_remembered_skips(handle),
        removals=removals_since(handle.index_dir),
    )


def _remembered_skips(handle: NewsIndex) -> SkipTally | None:
    """What the manifest remembers the last update skipped; None when its table changed since the snapshot was
    opened (another run's update) or cannot be read now."""
    # The handle read only the manifest's head: the table is read here, stats' alone of a handle's calls, the
    # collector off while its lists are made (Reuters' 19,043 entries, the table read and tallied: 55–146 ms of CPU
    # with it on, 38–53 ms off, on a busy machine).
    try:
        with collector_off():
            whole = store.load_manifest(handle.index_dir)
    except NewsSearchError:
        return None
    if whole is None or whole.generation != handle.manifest.generation:
        return None
    return skip_tally(whole.files)


def skip_tally(files: dict[str, store.FileEntry]) -> SkipTally:
    """The skips ``files`` remember, as ``newssearch index`` says them again: the files that hold no article, the
    records of files indexed that do not read, the files read in part, and every skip by its reason in brief, most
    first (ties in the order of their files' ids)."""
    tally = SkipTally()
    reasons: Counter[str] = Counter()
    for rel in sorted(rel for rel, entry in files.items() if entry.skips):
        entry = files[rel]
        tally.files += 0 if entry.ids else 1
        for _, reason in entry.skips:
            # a record's skip as keptrecords.stored_skips tells it (not imported: it brings the readers' modules)
            partial = bool(entry.ids) and read_in_part(reason)
            tally.partial += int(partial)
            tally.records += int(bool(entry.ids) and not partial)
            reasons[brief_reason(reason, placed=not partial and (bool(entry.ids) or len(entry.skips) > 1))] += 1
    tally.reasons = dict(reasons.most_common())
    return tally


def brief_reason(reason: str, placed: bool) -> str:
    """A skip's reason without a record's place (when ``placed``), any note in brackets or after a semicolon, and
    the ", not an article" after what the file is: "line 3: invalid JSON (column 2: …)" is "invalid JSON", "binary
    file (not text)" is "binary file", "a README file, not an article" is "a README file" (its count after a comma's
    clause had read as the article's: "a README file, not an article 1"). A count or a page's number in it is
    ``N`` ("a list of N short lines"): each file's number had made a reason of its own, its count 1."""
    why = reason.split(": ", 1)[-1] if placed else reason
    why = _NUMBER.sub("N", why.split(" (", 1)[0].split("; ", 1)[0])
    return next((why[:-len(end)] for end in _NOT_ARTICLES if why.endswith(end)), why)


_NUMBER = re.compile(r"(?<![\w.,/#-])\d+(?:,\d{3})*(?:\.\d+)?(?![\w/#-])")  # not in a name: UTF-16, ISO-8859-1


_NOT_ARTICLES = (", not an article", ", not articles")


def _moved_corpus(handle: NewsIndex) -> str | None:
    """Where the corpus not found seems to have moved with the index (None: nowhere the index's place shows)."""
    from .buildtarget import moved_to  # only for a corpus gone: it reads the manifest's whole file table

    moved = moved_to(handle.index_dir, handle.manifest.corpus)
    return None if moved is None else str(moved)


def _publishers(reader) -> int:  # type: ignore[no-untyped-def]
    """How many publishers live articles name, one per publisher as facets count them ("Vox", "vox.com")."""
    live = [source for source in reader.field_terms(SOURCE_FACET)
            if livecounts.live_frequency(reader, SOURCE_FACET, source)]  # not a deleted article's
    return len(set(source_groups(live, article_home(reader)).values()))
