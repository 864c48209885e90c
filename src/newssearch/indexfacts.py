"""What an index handle knows of its last update, read from its manifest and its removals list at need: why a file
was skipped or could not be opened, where a file moved, which files hold the same bytes, when and why an update
removed an article or a file's records (for the error on a file a user names that has no article: goneids)."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from pathlib import Path
from typing import NamedTuple

from .buildplan import NEVER_OPENED
from .errors import Worded
from .filemoves import moved_to
from .ids import file_part
from .indexhints import index_command
from .removals import Removal, last_removal, records_removal
from .store import FileEntry, Manifest, load_manifest


class IndexFacts(NamedTuple):
    """What an index handle knows of its last update, for the error on a file with no article."""

    skipped: Callable[[str], str | None]  # why it skipped the corpus file at a relative path (None: not, or unknown)
    same_bytes: Callable[[str], list[str]]  # the ids of the files the index holds whose content has this SHA-1
    moved_to: Callable[[str], list[str]]  # the ids of the files an update found the file at a relative path moved to
    command: Worded  # the call and the command that update it (its --index-dir named when not the default)
    record_skips: Callable[[str], list[str]] = lambda _rel: []  # why records of a file it read were skipped
    removed: Callable[[Sequence[str]], Removal | None] = lambda _ids: None  # when and why an update removed an article
    refused: Callable[[str], str | None] = lambda _rel: None  # why it could not open the file (tried at each update)
    records_removed: Callable[[str], list[Removal]] = lambda _file: []  # the last removal of a file's records


def index_facts(index_dir: Path, manifest: Manifest) -> IndexFacts:
    """The facts of the index in ``index_dir`` that a handle opened at ``manifest``: skips are read from the manifest
    at need (an error's path only), once (a large corpus's is megabytes of JSON: a tenth of a second over Reuters'
    19,000 files, read once for a skip and again for a move), and only while it is that generation: a later
    update's are not this snapshot's."""
    read: list[dict[str, FileEntry]] = []

    def files() -> dict[str, FileEntry]:
        if not read:
            now = load_manifest(index_dir)
            read.append(now.files if now and now.generation == manifest.generation else {})
        return read[0]

    def reason(rel: str, opened: bool = True) -> str | None:
        entry = files().get(rel)
        if entry is None or entry.ids or (entry.sha1 == NEVER_OPENED) == opened:  # one not opened: tried each update
            return None
        return next((why for _id, why in entry.skips), None)

    def same_bytes(sha1: str) -> list[str]:
        return sorted(file_part(entry.ids[0]) for entry in entries() if entry.ids and entry.sha1 == sha1)

    def entries() -> Iterable[FileEntry]:
        return files().values()

    def record_skips(rel: str) -> list[str]:
        entry = files().get(rel)
        return [why for _id, why in entry.skips] if entry is not None and entry.ids else []

    return IndexFacts(reason, same_bytes, lambda rel: moved_to(entries(), rel),
                      index_command(manifest.corpus, index_dir), record_skips,
                      lambda article_ids: last_removal(index_dir, article_ids),
                      refused=lambda rel: reason(rel, opened=False),
                      records_removed=lambda file_id: records_removal(index_dir, file_id))
