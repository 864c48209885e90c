"""What an incremental build reads, keeps and deletes: the corpus walk compared with the manifest by stat."""

from __future__ import annotations

from dataclasses import dataclass, field, replace

from . import store
from .corpus import CorpusFile
from .corpusreads import file_sha1, open_problem
from .errors import UnreadableFile, read_problem


@dataclass
class BuildPlan:
    """Which files to read, which to keep and which are gone, against the manifest."""

    to_read: list[CorpusFile]
    previous: dict[str, store.FileEntry]   # what the index holds now for the files to re-read
    unchanged: dict[str, store.FileEntry]
    vanished: dict[str, store.FileEntry]
    unopenable: dict[str, str] = field(default_factory=dict)  # unchanged files that cannot be opened now: why
    # new files that cannot be opened now, why: nothing to read; each is remembered (``unopened_entry``), once
    unopened: dict[str, str] = field(default_factory=dict)
    unopened_entries: dict[str, store.FileEntry] = field(default_factory=dict)
    forced: set[str] = field(default_factory=set)  # files read again, their hash aside: a file of their folder changed
    said: set[str] = field(default_factory=set)  # unopenable files holding no article whose entry records why: said


def plan_build(files: list[CorpusFile], known: dict[str, store.FileEntry]) -> BuildPlan:
    """Compare the walk against the manifest by stat: unchanged files are never re-read. A file not readable by all
    is checked that it can be opened: an indexed one that cannot (made unreadable, its stat changed or not) keeps
    its entry and its articles, and a new one is a skip; neither is read, nor written."""
    to_read, previous, unchanged, unopenable, unopened = [], {}, {}, {}, {}
    unopened_entries: dict[str, store.FileEntry] = {}
    said: set[str] = set()
    for item in files:
        entry = known.get(item.rel)
        problem = None if item.readable_by_all else open_problem(item.path)  # no-op runs stay fast
        if entry is not None and (problem is not None or (entry.sha1 != NEVER_OPENED
                                                           and entry.same_stat(item.mtime_ns, item.size, item.ctime_ns))):
            # an entry of an older run learns its change time, to tell the next edit that sets the time back; one
            # that cannot be opened keeps its entry as it is (its chmod had been read, failed and committed each run)
            same = problem is not None or entry.ctime_ns is not None
            unchanged[item.rel] = entry if same else replace(entry, ctime_ns=item.ctime_ns)
            if not entry.ids and problem is not None:  # why it is not opened now (an empty file's reason replaced)
                # the run that recorded this reason said it: `index -q` had named such a file on every run
                if entry.sha1 == NEVER_OPENED and entry.skips == [[item.rel, problem]]:
                    said.add(item.rel)
                unchanged[item.rel] = unopened_entry(item, problem)
            if problem is not None:
                unopenable[item.rel] = problem
            continue
        if problem is not None:  # a new file
            unopened[item.rel] = problem
            unopened_entries[item.rel] = unopened_entry(item, problem)
            continue
        to_read.append(item)
        if entry is not None:
            previous[item.rel] = entry
    present = {item.rel for item in files}
    vanished = {rel: entry for rel, entry in known.items() if rel not in present}
    # An export folder's files are read together: one changed, all read again (an Omnivore record and its page)
    forced = _regrouped(present, [*(item.rel for item in to_read), *vanished])
    for item in [item for item in files if item.rel in forced and item.rel in unchanged]:
        previous[item.rel] = unchanged.pop(item.rel)
        to_read.append(item)
    return BuildPlan(to_read, previous, unchanged, vanished, unopenable, unopened, unopened_entries, forced, said)


NEVER_OPENED = ""  # the hash of a file remembered without its bytes: one that could not be opened (no hash is empty)


def unopened_entry(item: CorpusFile, problem: str) -> store.FileEntry:
    """The manifest's entry of a new file that could not be opened, with why: remembered so that ``stats`` counts
    it among the skips, and read as soon as it opens, its stat changed or not (a group or an ACL given to the user
    changes no file's stat)."""
    return store.FileEntry(item.mtime_ns, item.size, NEVER_OPENED, [], [], [[item.rel, problem]], [], item.ctime_ns)


def settle_unwritable(plan: BuildPlan) -> bool:
    """For an update of an index that cannot be written: read each file the plan would read again to compare its
    bytes with the index's hash, keeping as unchanged those of the same bytes (a ``chmod``, a ``touch`` or a copy
    moved only their times) and those that cannot be read now while the index holds their articles (kept, as a
    written run keeps them); True when nothing is left to write, False at the first new or changed file."""
    same: dict[str, store.FileEntry] = {}
    unopenable: dict[str, str] = {}
    for item in plan.to_read:
        old = plan.previous.get(item.rel)
        if old is None:  # a new file
            return False
        try:
            if file_sha1(item.path) != old.sha1:
                return False
        except (OSError, UnreadableFile) as exc:
            if not old.ids:
                return False
            unopenable[item.rel] = read_problem(exc) if isinstance(exc, OSError) else str(exc)
        same[item.rel] = old
    plan.unchanged.update(same)
    plan.unopenable.update(unopenable)
    plan.to_read, plan.previous, plan.forced = [], {}, set()
    return True


def _regrouped(present: set[str], changed: list[str]) -> set[str]:
    """``exportfolders.regrouped``: none when no file changed, without loading the export readers (an index left
    unchanged re-indexes without them)."""
    if not changed:
        return set()
    from .exportfolders import regrouped

    return regrouped(present, changed)
