"""An export's records that cannot be read now: which of its articles indexed before they may be, kept as they were
until the records read again, and the skip notes that say so (remembered in the manifest, said again on every run)."""

from __future__ import annotations

from collections import Counter

from . import store
from .documents.article import Skip, left_out, read_in_part
from .parallel import Written

_KEPT = " (kept: {} article{} indexed before, which this record may be)"
_KEPT_MARK = "indexed before, which this record may be)"


def stored_skips(entry: store.FileEntry) -> list[Skip]:
    """The skips the index remembers of a file not read again (or read again the same), as the run that read it
    said them."""
    return [Skip(path, reason, kept=_KEPT_MARK in reason, record=bool(entry.ids) and not read_in_part(reason),
                 said_before=True) for path, reason in entry.skips]


def _why(reason: str) -> str:
    """A record's skip reason without its place or a kept note: "line 4 (id d): no body text" is "no body text"."""
    return reason.split(" (kept: ", 1)[0].split(": ", 1)[-1]


def kept_records(written: Written, old: store.FileEntry | None) -> list[str]:
    """The ids of the file's articles indexed before that its records that cannot be read now may be (a line
    of an export cut short by a partial write): kept as they were, as a file that breaks whole keeps its
    version indexed before, until those records read again, whatever else of the file changes meanwhile."""
    broken = [skip for skip in written.skipped if not left_out(skip.reason)]  # a message its owner deleted goes
    if old is None or not written.ids or not broken:  # an export emptied keeps none
        return []
    keeping = bool(_noted(old) & {_why(skip.reason) for skip in broken})  # the record that broke, still broken
    if not keeping and not _broken_since(broken, old):
        return []  # no record broke since: one never read (no text), wherever it moved, keeps no deleted article
    new = set(written.ids)
    return [article_id for article_id in old.ids if article_id not in new and article_id != written.rel]


def _noted(old: store.FileEntry) -> set[str]:
    """The reasons of the records whose skip said, last run, that articles were kept for them."""
    return {_why(reason) for _, reason in old.skips if _KEPT_MARK in reason}


def _broken_since(skipped: list[Skip], old: store.FileEntry) -> Counter[str]:
    """The reasons of ``skipped`` records that the file's version indexed before did not have."""
    return Counter(_why(skip.reason) for skip in skipped) - Counter(_why(reason) for _, reason in old.skips)


def with_kept_note(skipped: list[Skip], kept: list[str], old: store.FileEntry | None) -> list[Skip]:
    """``skipped`` with the note of the articles kept on the record that broke (one skip a record, as ever)."""
    if not kept or old is None:
        return skipped
    broken, noted = _broken_since(skipped, old), _noted(old)
    at = next((n for n, skip in enumerate(skipped) if _why(skip.reason) in noted and not left_out(skip.reason)), None)
    if at is None:
        at = next((n for n, skip in enumerate(skipped) if broken[_why(skip.reason)] and not left_out(skip.reason)), 0)
    note = _KEPT.format(len(kept), "s" if len(kept) > 1 else "")
    return [Skip(skip.path, skip.reason + note, kept=True) if n == at else skip for n, skip in enumerate(skipped)]
