"""Recording one indexed file's outcome: the report's counts and skips, its manifest entry, and the deletion of its
superseded articles."""

from __future__ import annotations

import os
from collections import Counter
from collections.abc import Mapping
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING

from . import store
from .corpus import NOT_REGULAR, ROOT_ID, CorpusFile, WalkResult
from .corpuslinks import INDEX_LINK, LEAD_NOWHERE, LINK_BACK, LOOPS, OTHER_INDEX_LINK
from .documents.article import Skip, read_in_part
from .ids import os_text
from .keptrecords import kept_records, stored_skips, with_kept_note
from .parallel import Written
from .schema import FILE, ID

if TYPE_CHECKING:
    from .buildplan import BuildPlan
    from .indexreport import IndexReport

KEPT_BEFORE = " (kept the version indexed before)"  # said of a file that cannot be read now


def walk_skips(walk: WalkResult, known: Mapping[str, store.FileEntry], root: Path | None = None,
               said: int | None = None) -> list[Skip]:
    """The walk's problems as skips. A file or folder that could not be looked at keeps what the index holds of it,
    and says so, only when the index holds something there: a first build or --rebuild keeps nothing. A named pipe,
    a loop of links or a link that leads nowhere (``PERMANENT``) unchanged since ``said`` (ns:
    ``writerlock.last_walk``, the walk of a run that said it), and no file the index read there, is ``said_before``:
    ``index -q`` had named it on every run."""
    # Not a clash's id: another file holds it and was read this run.
    unreachable = walk.unreachable - {item.rel for item in walk.files} if walk.unreachable else set()
    held = _held_articles(unreachable, known) if unreachable else Counter()
    skips = []
    for rel, reason in walk.problems:
        if not held[rel]:
            # a file the last run read there (a link's file, now gone) is news; else the run that marked said it
            said_before = reason in PERMANENT and rel not in known and _unchanged_since(root, rel, said)
            skips.append(Skip(rel, reason, said_before=said_before))
        elif rel in known:  # a file not looked at (its folder lets none be), not a folder
            skips.append(Skip(rel, reason + KEPT_BEFORE, kept=True))
        else:
            articles = "1 article" if held[rel] == 1 else f"{held[rel]} articles"
            skips.append(Skip(rel, f"{reason} (kept {articles} indexed before)", kept=True))
    return skips


# until someone changes them (a link's folder may come back: then it is read, no problem)
PERMANENT = frozenset({NOT_REGULAR, *LOOPS, LINK_BACK, INDEX_LINK, OTHER_INDEX_LINK, *LEAD_NOWHERE})


def forget_led_nowhere(plan: BuildPlan, walk: WalkResult) -> BuildPlan:
    """``plan`` without the vanished entries of no article at a place the walk met a ``PERMANENT`` problem (a link
    to an empty file whose folder went: a drive unmounted): kept as an indexed file's are, they held nothing, yet made
    the link news to ``index -q`` on every run (``walk_skips``: a file the index read there) and stayed in ``stats``
    as the file's old reason. Forgotten, the manifest written without them, the link is said once; its file, back,
    is read as new."""
    for rel, why in walk.problems:
        if why in PERMANENT and (entry := plan.vanished.get(rel)) is not None and not entry.ids:
            del plan.vanished[rel]
    return plan


def _unchanged_since(root: Path | None, rel: str, said: int | None) -> bool:
    """Whether the entry ``rel`` of the corpus at ``root`` (itself, not where a link leads) last changed before
    ``said``; False when either is not known."""
    if root is None or said is None:
        return False
    try:
        return os.lstat(root / os_text(rel)).st_ctime_ns < said
    except OSError:
        return False


def _held_articles(places: set[str], known: Mapping[str, store.FileEntry]) -> Counter[str]:
    """How many articles the index holds at each of ``places``: a file's id, a folder's, or the corpus folder's."""
    held: Counter[str] = Counter()
    for rel, entry in known.items():
        if not entry.ids:
            continue
        parts = rel.split("/")
        for place in {ROOT_ID, *("/".join(parts[:n]) for n in range(1, len(parts) + 1))} & places:
            held[place] += len(entry.ids)
    return held


def account_file(writer, written: Written, item: CorpusFile, old: store.FileEntry | None,  # type: ignore[no-untyped-def]
             entries: dict[str, store.FileEntry], report: IndexReport) -> None:
    """Record one file's outcome: counts, skips, the manifest entry; drop its superseded articles."""
    if written.same_content and old is not None:
        entries[written.rel] = store.FileEntry(item.mtime_ns, item.size, old.sha1, old.ids, old.digests, old.skips,
                                               old.ignored, item.ctime_ns, old.moved_from)
        report.unchanged += len(old.ids)
        report.skipped.extend(stored_skips(old))
        return
    if written.ids is None:
        record_failure(written, item, old, entries, report)
        return
    kept = kept_records(written, old)
    if old is not None and (kept or written.same):
        for article_id in set(old.ids) - set(kept) - written.same:  # the articles not kept as indexed
            writer.delete_by_term(ID, article_id)
    elif old is not None:
        writer.delete_by_term(FILE, written.rel)
    old_ids = set(old.ids) if old else set()
    old_digests = old.digest_of() if old else {}
    new_digests = dict(zip(written.ids, written.digests))
    for article_id in written.ids:
        if article_id not in old_ids:
            report.added += 1
        elif article_id in old_digests and old_digests[article_id] == new_digests.get(article_id):
            report.unchanged += 1  # written again with its file, but the same article
        else:
            report.updated += 1
    gone = old_ids - set(written.ids) - set(kept)  # a feed's items that scrolled off, an export's records
    report.deleted += len(gone)
    report.deleted_ids += sorted(gone)
    report.unchanged += len(kept)
    skipped = with_kept_note(written.skipped, kept, old)
    ids, digests = written.ids + kept, written.digests + [old_digests.get(article_id, "") for article_id in kept]
    report.skipped.extend(replace(skip, record=bool(ids) and not read_in_part(skip.reason)) for skip in skipped)
    entries[written.rel] = store.FileEntry(item.mtime_ns, item.size, written.sha1 or "", ids,
                                           digests if written.digests else [], [[s.path, s.reason] for s in skipped],
                                           written.ignored, item.ctime_ns)


def record_failure(written: Written, item: CorpusFile, old: store.FileEntry | None,
                    entries: dict[str, store.FileEntry], report: IndexReport) -> None:
    """Skip a file that cannot be read; keep its previously indexed version if it had one.

    A file read whole but holding no article (binary, empty, a list of words) is remembered with its reason,
    so that later runs say it again without reading it while it is unchanged: a 150 MB junk file had been read
    on every run. A file that could not be read at all (a passing I/O error) is tried again each run.
    """
    rel, reason = written.rel, written.error or "unknown error"
    if old is not None and old.ids:
        entries[rel] = old
        report.unchanged += len(old.ids)  # still in the index, as they were
        reason += KEPT_BEFORE
    elif written.sha1 is not None:
        entries[rel] = store.FileEntry(item.mtime_ns, item.size, written.sha1, [], [], [[rel, reason]], [], item.ctime_ns)
    report.skipped.append(Skip(rel, reason, kept=old is not None and bool(old.ids)))
