"""Walking a corpus folder: which files to read, one id each (reading them: ``corpusreads``; links met: ``corpuslinks``)."""

from __future__ import annotations

import errno
import os
from collections import Counter
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from functools import lru_cache
from pathlib import Path
from stat import S_IRGRP, S_IROTH, S_IRUSR, S_ISREG

from .corpuslinks import (
    GONE_FILE,
    NO_FOLDER,
    broken_link,
    claims,
    deleted_target,
    linked_files,
    links_within,
    unfollowed_links,
)
from .documents import FOLDER_FILE_NAMES, MAILBOX_SUMMARY, gzip_names_a_type, is_supported
from .errors import DELETED_DURING_RUN, read_problem
from .ids import distinct_id, os_name_id, utf8_text
from .savedpages import page_assets
from .store import MANIFEST, FileEntry, holds_index

READ_BY_ALL = S_IRUSR | S_IRGRP | S_IROTH


@dataclass(slots=True)
class CorpusFile:
    """A supported file found in the corpus, with the stat taken when it was found (read-only by convention)."""

    rel: str
    full: str  # its path as the walk found it; a Path only when asked (one a file: 60 ms a walk of 19k)
    mtime_ns: int
    size: int
    mode: int = 0  # its permission bits
    ctime_ns: int | None = None  # when its inode last changed: an edit that sets the modification time back moves it

    @property
    def path(self) -> Path:
        """Its path."""
        return Path(self.full)

    @property
    def readable_by_all(self) -> bool:
        """Whether its owner, its group and everyone else may read it (644, 444): no need to ask (bar an ACL)."""
        return self.mode & READ_BY_ALL == READ_BY_ALL


ROOT_ID = "."  # the id the corpus folder itself has in a problem: "cannot open folder" on the root


@dataclass
class WalkResult:
    """The files to consider, plus what the walk could not use."""

    files: list[CorpusFile]
    problems: list[tuple[str, str]]  # (relative path, reason) for entries that could not be visited
    ignored_types: Counter[str] = field(default_factory=Counter)  # files no reader handles, by ending (".jpg", "")
    ignored_files: list[str] = field(default_factory=list)  # and their ids, in walk order
    # links whose file is gone, and links back to a folder they are in: among the problems, but nothing is kept
    dangling: set[str] = field(default_factory=set)
    linked: list[tuple[str, str]] = field(default_factory=list)  # links to a file listed already: (link, file) ids

    @property
    def ignored(self) -> int:
        """How many files are of a type no reader handles."""
        return sum(self.ignored_types.values())

    @property
    def unreachable(self) -> set[str]:
        """Files and folders that are there but could not be looked at: what the index holds of them is kept
        (``fileoutcomes.walk_skips`` says so)."""
        return {rel for rel, _ in self.problems} - self.dangling

    def keeps(self, rel: str) -> bool:
        """Whether the indexed file ``rel`` is kept though not found: it, or a folder above it, could not be looked at
        (a folder not readable for a moment, a link to a folder on a drive not mounted). The corpus folder that
        could not be opened keeps every file: none of them was looked at."""
        unreachable = self.unreachable
        if ROOT_ID in unreachable:
            return True
        return rel in unreachable or any(rel.startswith(folder + "/") for folder in unreachable)


def relative_id(path: Path, root: Path) -> str:
    """The id of a file: its path relative to the corpus root, with forward slashes."""
    return os_name_id(path.relative_to(root).as_posix())


def walk_corpus(root: Path, exclude: Path | None = None, known: Mapping[str, FileEntry] | None = None) -> WalkResult:
    """List the supported files under ``root`` in a stable order.

    Hidden files and folders are passed over; symbolic links are followed once (loops are cut); ``exclude`` (the
    index folder, when it sits inside the corpus) is never read, nor another index (a link to either is a problem:
    ``corpuslinks.unfollowed_links``). ``known``: what the index holds of each file, by id (which of two files
    written as one id keeps it: see ``_one_id_each``).
    """
    if root.is_file():
        return _walk_one_file(root)
    walk = WalkResult(files=[], problems=[])  # gathers what the walk could not use; its files come last
    files: list[CorpusFile | None] = []
    holders: dict[tuple[int, int], int] = {}  # (device, inode) -> the place in ``files`` of the file that claimed it
    passed: list[tuple[str, tuple[int, int]]] = []  # links to a file listed already, and its (device, inode)
    top = root.stat()
    seen_dirs: set[tuple[int, int]] = {(top.st_dev, top.st_ino)}  # a link back to the root is a loop too
    excluded = exclude.resolve() if exclude else None
    real_root = root.resolve()

    def on_error(exc: OSError) -> None:
        where = Path(exc.filename) if exc.filename else root
        # a folder deleted while the run walked: said so, not the OS's "No such file or directory"
        why = DELETED_DURING_RUN if exc.errno == errno.ENOENT else f"cannot open folder: {exc.strerror or exc}"
        walk.problems.append((_rel_or_name(where, root), why))

    for folder, dirs, names in os.walk(root, onerror=on_error, followlinks=True):
        here = Path(folder)
        # Relative ids by string joins, not Path.relative_to per file: a walk of 200k files stays fast.
        prefix = "" if (rel := relative_id(here, root)) == "." else rel + "/"
        for name, why in unfollowed_links(here, dirs, real_root, excluded):
            walk.problems.append((prefix + os_name_id(name), why))
            walk.dangling.add(prefix + os_name_id(name))  # nothing is read behind it, so nothing is kept of it
        dirs[:] = _subfolders(here, dirs, names, real_root, seen_dirs, excluded)
        _list_files(walk, files, (holders, passed), folder, names, prefix)
    found, clashes = _one_id_each([item for item in files if item is not None], root, known or {})
    return WalkResult(files=found, problems=walk.problems + clashes, ignored_types=walk.ignored_types,
                      ignored_files=walk.ignored_files, dangling=walk.dangling,
                      linked=linked_files(passed, holders, files))


def _subfolders(here: Path, dirs: list[str], names: list[str], real_root: Path, seen: set[tuple[int, int]],
                excluded: Path | None) -> list[str]:
    """The folders of ``here`` to walk into, in order: no saved page's assets, no link to a folder the walk reaches
    by its own path, nothing hidden, excluded or visited."""
    # Real folders claim their place before links to them: a link beside its target ("latest" ->
    # "2024") must not give the target's articles the link's ids, which would change when it goes.
    claimed = sorted(dirs, key=lambda d: (os.path.islink(os.path.join(here, d)), d))
    return sorted(d for d in claimed if not page_assets(d, names) and not links_within(here / d, real_root)
                  and _visit_dir(here / d, seen, excluded))


NOT_REGULAR = "not a regular file (a pipe, device or socket): not read"  # reading a named pipe waits for ever

# Word keeps "~$port story.docx" beside a document while it is open (who has it open, 162 bytes):
# no article, and each run had reported it skipped ("binary file (not text)") as it does a broken document.
OWNER_FILE = "~$"
OWNER_FILE_TYPES = (".docx", ".docm", ".doc", ".rtf", ".odt")  # of the types newssearch reads: a "~$x.txt" is read


def _list_files(walk: WalkResult, files: list[CorpusFile | None],
                claimed: tuple[dict[tuple[int, int], int], list[tuple[str, tuple[int, int]]]], folder: str,
                names: list[str], prefix: str) -> None:
    """Add the supported files among ``names`` in ``folder`` (ids ``prefix`` + name) to ``files``; the others, and
    those that cannot be read, to ``walk``'s ignored files and problems; ``claimed``: ``claims``'s holders and the
    links it passed over."""
    base = os.path.join(folder, "")  # the folder and its separator: each file's path by one string join
    summaries = {name for name in names if name.endswith(MAILBOX_SUMMARY)}  # Thunderbird's: "Inbox.msf"
    for name in sorted(names):
        if name.startswith(".") or (name.startswith(OWNER_FILE) and name.lower().endswith(OWNER_FILE_TYPES)):
            continue
        rel, full = prefix + os_name_id(name), base + name
        if not (_supported(name) or ((name in FOLDER_FILE_NAMES or name + MAILBOX_SUMMARY in summaries)
                                     and is_supported(full)) or gzip_names_a_type(full)):
            _pass_over(walk, rel, full)
            continue
        try:
            stat = os.stat(full)
        except OSError as exc:
            walk.problems.append(_stat_problem(walk, rel, full, exc))
            continue
        if not S_ISREG(stat.st_mode):  # reading a named pipe waits for ever, /dev/zero never ends
            walk.problems.append((rel, NOT_REGULAR))
            continue
        item = CorpusFile(rel, full, stat.st_mtime_ns, stat.st_size, stat.st_mode, stat.st_ctime_ns)
        if claims(claimed[0], files, item, (stat.st_dev, stat.st_ino), claimed[1]):
            files.append(item)


def _pass_over(walk: WalkResult, rel: str, full: str) -> None:
    """Count a file no reader handles as ignored; a broken link (most likely to a folder elsewhere) as a problem."""
    if os.path.islink(full) and not os.path.exists(full):  # most likely a folder elsewhere, not there now
        walk.problems.append((rel, broken_link(full)))
    else:
        walk.ignored_types[os.path.splitext(rel)[1].lower()] += 1
        walk.ignored_files.append(rel)


def walk_problem(full: str) -> str | None:
    """Why a walk reports the file of a supported type at ``full`` not read (a pipe, a link to a file that is gone),
    as ``show`` tells it: the walk's skips are in no manifest entry. None when a walk reads it."""
    try:
        stat = os.stat(full)
    except OSError as exc:
        return _stat_problem(WalkResult([], []), "", full, exc)[1]
    return None if S_ISREG(stat.st_mode) else NOT_REGULAR


def _stat_problem(walk: WalkResult, rel: str, full: str, exc: OSError) -> tuple[str, str]:
    """Why the file ``rel`` could not be looked at; a link whose file was deleted is noted as dangling in ``walk``."""
    if exc.errno == errno.ENOENT and deleted_target(full):
        walk.dangling.add(rel)  # its file was deleted: so are its articles
        return rel, GONE_FILE
    if exc.errno == errno.ENOENT and os.path.islink(full):  # into a folder missing too
        return rel, NO_FOLDER
    if exc.errno == errno.ELOOP:  # as a loop of links of no supported type is told: not the OS's words
        return rel, broken_link(full)
    return rel, read_problem(exc)


def _one_id_each(files: list[CorpusFile], root: Path,
                 known: Mapping[str, FileEntry]) -> tuple[list[CorpusFile], list[tuple[str, str]]]:
    """``files`` with an id each, and the files that could get none: two names can be written as one id
    (``caf%E9.txt`` named so, and ``caf\xe9.txt`` written so). The file the index holds under that id keeps
    it (by its stat; else the one whose name had to be written so); another gets ``distinct_id``.
    """
    if len({item.rel for item in files}) == len(files):  # no two alike, as nearly always: 1.5 ms, not 11 at 19k files
        return files, []
    places: dict[str, list[int]] = {}
    for n, item in enumerate(files):
        places.setdefault(item.rel, []).append(n)
    shared = [found for found in places.values() if len(found) > 1]
    taken, problems = set(places), []
    kept: list[CorpusFile | None] = list(files)
    for found in shared:
        _keeper, *others = sorted(found, key=lambda n: _claim_order(n, files[n], root, known))
        for n in others:
            item, other = files[n], distinct_id(files[n].rel)
            if other in taken:
                kept[n] = None
                problems.append((item.rel, f"not read: other files have the ids its name may be written as, {item.rel} and {other}"))
                continue
            taken.add(other)
            kept[n] = replace(item, rel=other)
    return [item for item in kept if item is not None], problems


def _claim_order(n: int, item: CorpusFile, root: Path, known: Mapping[str, FileEntry]) -> tuple[bool, bool, bool, int]:
    """Which of files sharing an id keeps it, first first: the one the index holds under it (its stat unchanged),
    not the one it holds under its distinct id, the one whose name had to be written as the id is, walk order."""
    def indexed(rel: str) -> bool:
        entry = known.get(rel)
        return entry is not None and entry.same_stat(item.mtime_ns, item.size, item.ctime_ns)

    named_so = utf8_text(item.path.relative_to(root).as_posix()) == item.rel
    return not indexed(item.rel), indexed(distinct_id(item.rel)), named_so, n


def _walk_one_file(path: Path) -> WalkResult:
    """A corpus that is one file (a JSONL export, a feed): its id is its name."""
    stat = path.stat()
    item = CorpusFile(os_name_id(path.name), str(path), stat.st_mtime_ns, stat.st_size, stat.st_mode, stat.st_ctime_ns)
    return WalkResult(files=[item], problems=[])


def _supported(name: str) -> bool:
    """``is_supported`` for a file name, decided once per ending (its last two suffixes) rather than per file; a name
    with a query string (``story.php?url=www.odt.co.nz``) by its whole name: its ending may be before the ``?``."""
    if "?" in name:
        return is_supported(name)
    parts = name.rsplit(".", 2)
    return _supported_ending("." + ".".join(parts[1:])) if len(parts) > 1 else is_supported(name)


@lru_cache(maxsize=4096)
def _supported_ending(ending: str) -> bool:
    """Whether a file whose name ends in ``ending`` has a reader (a stand-in stem keeps Path's suffix rules)."""
    return is_supported("x" + ending)




def _visit_dir(path: Path, seen: set[tuple[int, int]], excluded: Path | None) -> bool:
    """Whether to descend into ``path``: not hidden, not excluded, not another newssearch index, not already visited."""
    if path.name.startswith("."):
        return False
    try:
        stat = path.stat()
        if excluded is not None and path.resolve() == excluded:
            return False
        if (path / MANIFEST).is_file() and holds_index(path):
            return False  # an index built earlier inside the corpus: its files are not articles
    except OSError:
        return True  # os.walk reports the error through onerror
    key = (stat.st_dev, stat.st_ino)
    if key in seen:
        return False
    seen.add(key)
    return True


def _rel_or_name(path: Path, root: Path) -> str:
    try:
        return relative_id(path, root)
    except ValueError:
        return str(path)
