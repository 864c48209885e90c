"""Symbolic links met in a corpus walk: a link to a file listed already, a link into the corpus itself (back into a
folder it is in: a loop), a link to an index, and links that lead nowhere (a file deleted, a drive not mounted, a
loop)."""

from __future__ import annotations

import errno
import os
from pathlib import Path
from typing import TYPE_CHECKING

from .store import holds_index

if TYPE_CHECKING:
    from .corpus import CorpusFile


def claims(holders: dict[tuple[int, int], int], files: list[CorpusFile | None], item: CorpusFile,
           key: tuple[int, int], passed: list[tuple[str, tuple[int, int]]]) -> bool:
    """Whether to read ``item``: not when it is a link to a file already listed, whose place a real file takes.
    A link passed over is added to ``passed`` with its file's ``key`` (``linked_files`` names that file).

    A link to an article in the corpus ("latest.txt" -> "2024/story.txt") made the article twice. Links to
    folders were already cut; a link to a file outside the corpus is read as the file.
    """
    if key not in holders or not key[1]:  # (an inode of 0: a file system that numbers none)
        holders[key] = len(files)
        return True
    if os.path.islink(item.full):
        passed.append((item.rel, key))
        return False
    at = holders[key]
    earlier = files[at]
    if earlier is not None and os.path.islink(earlier.full):
        files[at] = None
        passed.append((earlier.rel, key))
    holders[key] = len(files)
    return True  # a hard link is a file of its own


def linked_files(passed: list[tuple[str, tuple[int, int]]], holders: dict[tuple[int, int], int],
                 files: list[CorpusFile | None]) -> list[tuple[str, str]]:
    """Each link ``claims`` passed over, with the id of the file that took its place (the last to claim it), in the
    order of their ids (one met before its file is passed over once that file is met)."""
    return sorted((rel, holder.rel) for rel, key in passed if (holder := files[holders[key]]) is not None)


def deleted_target(link: str) -> bool:
    """True for a link whose file is gone from a folder that is there; not for a link into a folder that is
    missing too (a drive not mounted): what the index holds of that one is kept."""
    if not os.path.islink(link):
        return False
    target = os.path.join(os.path.dirname(link), os.readlink(link))
    return os.path.isdir(os.path.dirname(target))


def broken_link(path: str) -> str:
    """Why a link leads nowhere: links that point at each other, or a target not there (a drive not mounted)."""
    try:
        os.stat(path)
    except OSError as exc:
        if exc.errno == errno.ELOOP:
            return _loop_reason(path)
    return NOWHERE


def _loop_reason(path: str) -> str:
    """Which loop a link is in: to itself, with others, or leading into one it is not part of."""
    chain = [os.path.normpath(path)]
    try:
        while os.path.islink(chain[-1]) and len(chain) < 40:
            step = os.path.normpath(os.path.join(os.path.dirname(chain[-1]), os.readlink(chain[-1])))
            if step in chain:
                break
            chain.append(step)
        else:
            step = ""
    except OSError:
        step = ""
    if step == chain[0]:
        return SELF_LOOP if len(chain) == 1 else IN_LOOP
    if step:
        return TO_LOOP
    return IN_LOOP  # a loop in a folder on its path


SELF_LOOP, IN_LOOP = "link that points at itself (a loop)", "link in a loop of links (each points at the other)"
TO_LOOP = "link to a link in a loop of links"
LOOPS = (SELF_LOOP, IN_LOOP, TO_LOOP)
# Links that lead nowhere: to a file deleted, into a folder not there (a drive not mounted), of a type not read
GONE_FILE = "link to a file that is gone"
NO_FOLDER = "link to a file in a folder that is not there (a drive not mounted?)"
NOWHERE = "link to a folder or file that is not there (a drive not mounted?)"
LEAD_NOWHERE = (GONE_FILE, NO_FOLDER, NOWHERE)


def links_within(path: Path, real_root: Path) -> bool:
    """True for a link to a folder the walk reaches by its own path ("a_latest" -> "z/2024"): its articles keep
    the ids of where they are, whatever the link is called and wherever it sits, and go when their folder goes.
    A link into a hidden folder of the corpus is followed: the walk never reaches that folder itself. A link to a
    folder above the corpus is cut too: it holds the corpus (a loop, ``unfollowed_links`` says)."""
    try:
        if not path.is_symlink():
            return False
        target = path.resolve()
        if target in real_root.parents:
            return True
        inside = target.relative_to(real_root)
    except (OSError, ValueError, RuntimeError):  # outside the corpus, or a loop
        return False
    return not any(part.startswith(".") for part in inside.parts)


LINK_BACK = "link back to a folder it is in (a loop): not followed"
# An index's files are no articles: the walk passes over the index folder and other indexes, and says so of a link
# to one (a real folder there is newssearch's own, passed over without a word: README, "What it reads").
INDEX_LINK = "link to the index folder (an index's files are not articles): not followed"
OTHER_INDEX_LINK = "link to another newssearch index (an index's files are not articles): not followed"


def unfollowed_links(here: Path, dirs: list[str], real_root: Path, index: Path | None) -> list[tuple[str, str]]:
    """The names among ``dirs`` (the folders of ``here``) that are links the walk does not follow, with why: a link
    to ``index`` (the index folder written, resolved) or to another newssearch index, and a link to ``here`` or a
    folder above it, within the corpus (``sub/up`` -> ``..``) or above the corpus (``up`` -> ``..``, ``rootfs`` ->
    ``/``: it holds the corpus), a loop, cut as ``links_within`` cuts every link into the corpus, but said, as a loop
    of links is. A link to another folder of the corpus is cut without a word: its
    articles are read where they are."""
    links = [name for name in dirs if not name.startswith(".") and os.path.islink(here / name)]  # hidden: passed over
    if not links:
        return []
    real_here = here.resolve()  # only in a folder holding links: a walk of many folders resolves none
    found = []
    for name in links:
        try:
            target = (here / name).resolve()
        except (OSError, RuntimeError):  # a loop of links: said as one by the walk's own checks
            continue
        within = target == real_root or real_root in target.parents
        if target == index:
            found.append((name, INDEX_LINK))
        elif (within and (target == real_here or target in real_here.parents)) or target in real_root.parents:
            found.append((name, LINK_BACK))
        elif holds_index(target):
            found.append((name, OTHER_INDEX_LINK))
    return found
