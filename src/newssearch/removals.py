"""What updates removed from the index, when and why: each update that removed or renamed articles appends a line
for each to ``removals.jsonl`` in the index folder (``{"id", "at", "why"}``, the last ``KEPT`` lines kept), so that
``show`` of an id removed at any update says so, not only while the removed id lingers in the index (until its
segment is merged, most often at the next update), and a user can read the list."""

from __future__ import annotations

import json
import os
import tempfile
from collections.abc import Sequence
from contextlib import suppress
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from .ids import file_part

if TYPE_CHECKING:
    from .indexreport import IndexReport

REMOVALS = "removals.jsonl"
KEPT = 10_000  # lines: an update removing more keeps its last ones
FILE_GONE = "its file was no longer in the corpus"
SET_ASIDE = "removals.previous.jsonl"  # the list of the corpus a rebuild of another one replaced


@dataclass(frozen=True)
class Removal:
    """An article an update removed: its id, the update's time (ISO 8601) and why."""

    id: str
    at: str
    why: str


def removals_of(report: IndexReport, files: set[str], at: str) -> list[Removal]:
    """The removals of an update's ``report`` at time ``at``, ``files`` the ids of the corpus files it left indexed."""
    removed = [Removal(article_id, at, FILE_GONE if file_part(article_id) not in files else
                       f"it was no longer in {file_part(article_id)} when that file was read again")
               for article_id in report.deleted_ids]
    return removed + [Removal(old, at, f"renamed to {new}") for old, new in report.renamed_ids]


@dataclass(frozen=True)
class NotSaved:
    """Why the index folder's list could not take an update's removals, and the copy of their lines kept instead
    (in the system's temporary folder; None when it could not be written either)."""

    why: str
    kept_at: str | None


def record_removals(index_dir: Path, removals: list[Removal], replaced: bool = False) -> NotSaved | None:
    """Append ``removals`` to the index folder's list, keeping its last ``KEPT`` lines (written whole, then moved
    into place: a reader sees the old list or the new one); return why it could not be written (a full disk, a
    folder made read-only) and where their lines were kept instead, else None. ``replaced``: the update was a
    rebuild that replaced the index of another corpus, whose list is set aside as ``SET_ASIDE`` (its ids are that
    corpus's: ``show`` of a same-named file of the new one must not say it was removed)."""
    path = index_dir / REMOVALS
    if replaced:
        with suppress(FileNotFoundError):
            os.replace(path, index_dir / SET_ASIDE)
    if not removals:
        return None
    lines = [json.dumps(vars(removal)) + "\n" for removal in removals]
    try:
        with open(path, encoding="utf-8") as handle:
            lines = handle.readlines() + lines
    except (OSError, ValueError):  # none yet, or unreadable: started again rather than left behind
        pass
    tmp = path.with_name(f".{REMOVALS}.{os.getpid()}.tmp")
    try:
        with open(tmp, "w", encoding="utf-8") as handle:
            handle.writelines(lines[-KEPT:])
        os.replace(tmp, path)
    except OSError as exc:  # the update is committed: a list not written (a full disk) is no reason to fail it
        with suppress(OSError):
            tmp.unlink(missing_ok=True)
        # no room for a second copy of the list: this update's lines, a few hundred bytes, at its end
        why = _appended(path, lines[-len(removals):], exc.strerror or str(exc))
        return None if why is None else NotSaved(why, _kept_elsewhere(lines[-len(removals):]))
    return None


def _kept_elsewhere(lines: list[str]) -> str | None:
    """The path of a new file of the system's temporary folder holding ``lines`` (another disk, most often, than a
    full one: the user adds them to the list later); None when it cannot be written either."""
    try:
        handle, name = tempfile.mkstemp(prefix="newssearch-removals-", suffix=".jsonl")
    except OSError:
        return None
    try:
        with os.fdopen(handle, "w", encoding="utf-8") as kept:
            kept.writelines(lines)
    except OSError:
        with suppress(OSError):
            os.unlink(name)
        return None
    return name


def _appended(path: Path, lines: list[str], why: str) -> str | None:
    """Add ``lines`` at the end of the list at ``path`` as it is (its last ``KEPT`` kept at the next update's
    writing), none of them when they do not all fit; return ``why`` it was not written whole when they could not
    be added either, else None."""
    try:
        with open(path, "a", encoding="utf-8") as handle:
            end = handle.tell()
            try:
                handle.write(("\n" if end and not _ends_a_line(path, end) else "") + "".join(lines))
                handle.flush()
            except OSError:
                handle.truncate(end)  # no line cut short: a later one would be joined to it
                raise
    except OSError:
        return why
    return None


def _ends_a_line(path: Path, size: int) -> bool:
    """Whether the file at ``path``, ``size`` bytes long, ends with a line's end."""
    with open(path, "rb") as handle:
        handle.seek(size - 1)
        return handle.read(1) == b"\n"


def removals_since(index_dir: Path) -> tuple[int, str | None]:
    """How many removals the index folder's list holds, and the time of its first (None when it holds none or
    cannot be read)."""
    count, since = 0, None
    try:
        with open(index_dir / REMOVALS, encoding="utf-8") as handle:
            for line in handle:
                if since is None and (removal := _parsed(line)) is not None:
                    since = removal.at
                count += int(bool(line.strip()))
    except (OSError, ValueError):
        return 0, None
    return count, since


def last_removal(index_dir: Path, article_ids: Sequence[str]) -> Removal | None:
    """The last removal the index folder's list holds of the first of ``article_ids`` (ways of writing one id) it
    holds any of, the list read once; None when it holds none (or cannot be read)."""
    found: dict[str, Removal] = {}
    needles = {json.dumps(article_id)[1:-1] for article_id in article_ids}  # as a line writes it: most lines not parsed
    try:
        with open(index_dir / REMOVALS, encoding="utf-8") as handle:
            for line in handle:
                if any(needle in line for needle in needles) and (removal := _parsed(line)) is not None \
                        and removal.id in article_ids:
                    found[removal.id] = removal
    except (OSError, ValueError):
        return None
    return next((found[article_id] for article_id in article_ids if article_id in found), None)


def _parsed(line: str) -> Removal | None:
    """A line of the list as a Removal; None when it is not one (a line cut short, edited)."""
    try:
        data = json.loads(line)
        return Removal(str(data["id"]), str(data["at"]), str(data["why"]))
    except (ValueError, KeyError, TypeError):
        return None


def records_removal(index_dir: Path, file_id: str) -> list[Removal]:
    """The removals of the records of the file ``file_id`` (``wire.jsonl#…``) at the last update the index folder's
    list says removed any (an export or feed the update found gone), in the list's order; [] when it holds none."""
    prefix = file_id + "#"
    needle = json.dumps(prefix)[1:-1]
    found: list[Removal] = []
    try:
        with open(index_dir / REMOVALS, encoding="utf-8") as handle:
            for line in handle:
                if needle in line and (removal := _parsed(line)) is not None and removal.id.startswith(prefix):
                    found = [*(kept for kept in found if kept.at == removal.at), removal]
    except (OSError, ValueError):
        return []
    return found
