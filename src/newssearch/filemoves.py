"""The files an update found moved or renamed inside the corpus: a file gone from its path whose bytes the same update
indexed under a new one (``mv corpus/politics corpus/pol``). Each new entry records the paths it had, so that
``show politics/223.txt`` names ``pol/223.txt`` after any number of updates: the removed articles that had told it
(their stored content hash) are dropped when their segment is merged."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from pathlib import PurePosixPath

from .ids import file_part
from .store import FileEntry


def record_moves(vanished: Mapping[str, FileEntry], entries: dict[str, FileEntry], added: Iterable[str]) -> None:
    """Note in each entry of ``added`` (paths new to the index this update) the ``vanished`` files holding its
    bytes, with the paths they had been moved from in turn: of several new files with those bytes, those of the
    same name (a folder renamed) when there are such, else each of them. A path added is no other file's former
    one any more: another file is there (deleted later, its bytes are not the file's that moved away)."""
    added = list(added)
    if added:
        _forget(entries.values(), set(added))
    if not vanished:  # an update that removed nothing (most): nothing moved
        return
    by_hash: dict[str, list[str]] = {}
    for rel in added:
        entry = entries.get(rel)
        if entry is not None and entry.ids and entry.sha1:
            by_hash.setdefault(entry.sha1, []).append(rel)
    if not by_hash:
        return
    for old, gone in vanished.items():
        found = by_hash.get(gone.sha1, []) if gone.ids and gone.sha1 else []
        named = [rel for rel in found if PurePosixPath(rel).name == PurePosixPath(old).name]
        for rel in named or found:
            entry = entries[rel]
            entry.moved_from = [path for path in dict.fromkeys([*entry.moved_from, *gone.moved_from, old])
                                if path != rel]


def _forget(entries: Iterable[FileEntry], paths: set[str]) -> None:
    """Each of ``paths`` taken out of the paths ``entries`` were moved from."""
    for entry in entries:
        if entry.moved_from and not paths.isdisjoint(entry.moved_from):
            entry.moved_from = [path for path in entry.moved_from if path not in paths]


def moved_to(entries: Iterable[FileEntry], rel: str) -> list[str]:
    """The ids of the files of ``entries`` an update found ``rel`` moved or renamed to (their first article's file
    part: a file's id, or the file of its records)."""
    return sorted(file_part(entry.ids[0]) for entry in entries if entry.ids and rel in entry.moved_from)


def renamed_articles(vanished: Mapping[str, FileEntry], entries: Mapping[str, FileEntry],
                     added: Iterable[str]) -> list[tuple[str, str]]:
    """The articles an update found renamed, as (old id, new id) pairs in the order of the old: each ``vanished``
    file paired with one file of ``added`` holding its bytes (of several, one of the same name, then one of the same
    modification time, which a move keeps and a copy does not, then the first), their articles paired by what
    follows their file's id (``e.jsonl#b``, ``f/e.jsonl#b``). A second file of those bytes is a copy: added."""
    if not vanished:  # an update that removed nothing (most): nothing renamed
        return []
    by_hash: dict[str, list[str]] = {}
    for rel in added:
        entry = entries.get(rel)
        if entry is not None and entry.ids and entry.sha1:
            by_hash.setdefault(entry.sha1, []).append(rel)
    pairs = []
    for old, gone in sorted(vanished.items()):
        found = by_hash.get(gone.sha1, []) if gone.ids and gone.sha1 else []
        if not found:
            continue
        new = min(found, key=lambda rel: (PurePosixPath(rel).name != PurePosixPath(old).name,
                                          entries[rel].mtime_ns != gone.mtime_ns))
        found.remove(new)
        tails = {article_id[len(file_part(article_id)):]: article_id for article_id in entries[new].ids}
        pairs += [(article_id, tails[tail]) for article_id in gone.ids
                  if (tail := article_id[len(file_part(article_id)):]) in tails]
    return sorted(pairs)
