"""What one indexing run did (``IndexReport``), and the tally of the attachments no reader reads."""

from __future__ import annotations

from collections import Counter
from dataclasses import asdict, dataclass, field
from pathlib import PurePosixPath

from . import store
from .documents.archivenames import is_archive
from .documents.article import Skip


@dataclass
class IndexReport:
    """What one indexing run did. Counts are articles; ``skipped`` lists files and records with reasons."""

    corpus: str
    index_dir: str
    added: int = 0
    updated: int = 0
    deleted: int = 0
    deleted_ids: list[str] = field(default_factory=list)  # the articles deleted, for --verbose
    renamed: int = 0  # articles whose file was renamed or moved in the corpus, its bytes the same
    renamed_ids: list[tuple[str, str]] = field(default_factory=list)  # (old id, new id), for --verbose
    unchanged: int = 0
    skipped: list[Skip] = field(default_factory=list)
    ignored: int = 0
    ignored_types: dict[str, int] = field(default_factory=dict)  # ending (".jpg", "" for none) -> files
    ignored_files: list[str] = field(default_factory=list)  # their ids, for --verbose
    ignored_inside: list[str] = field(default_factory=list)  # the ids of such files inside archives, for --verbose
    # links to a file the walk lists already, passed over (the file read where it is): (link id, file id), for --verbose
    linked: list[tuple[str, str]] = field(default_factory=list)
    # an e-mail file's attachments of such types, by ending (".jpg", "" for none), for --verbose: {"mail.mbox": {".jpg": 9}}
    unread_attachments: dict[str, dict[str, int]] = field(default_factory=dict)
    documents: int = 0
    files: int = 0
    rebuilt: bool = False
    moved_from: str | None = None  # the corpus path the index recorded, when this corpus is it moved or renamed
    seconds: float = 0.0
    # why removals.jsonl could not take this update's removals (a full disk): the update is committed all the same
    removals_not_saved: str | None = None
    removals_kept_at: str | None = None  # ... and the file of the temporary folder keeping its lines instead

    def to_dict(self) -> dict[str, object]:
        """Plain data for JSON output."""
        data = asdict(self)
        data["seconds"] = round(self.seconds, 3)
        return data

    def count_renamed(self, pairs: list[tuple[str, str]]) -> None:
        """Count the articles of ``pairs`` (old id, new id: ``filemoves.renamed_articles``) as renamed, not as one
        article deleted and one added."""
        old = {old_id for old_id, _ in pairs}
        self.added -= len(pairs)
        self.deleted -= len(pairs)
        self.deleted_ids = [article_id for article_id in self.deleted_ids if article_id not in old]
        self.renamed += len(pairs)
        self.renamed_ids += pairs



def is_attachment(ignored: str) -> bool:
    """Whether an ignored file's id is an e-mail's attachment (``mail.eml#photo.jpg``), not an archive's file
    (``clips.zip#photo.jpg``, ``mail.eml#clips.zip#photo.jpg``): what it is inside is no archive."""
    return not is_archive(ignored.rpartition("#")[0])


def unread_attachments(entries: dict[str, store.FileEntry]) -> dict[str, dict[str, int]]:
    """Each file's attachments of types none reads, counted by ending, most first (``IndexReport``)."""
    # Only the files that ignored some: a Counter for each of 19,000 files was 24 ms of every run, a no-op's too.
    unread = {rel: Counter(PurePosixPath(name).suffix.lower() for name in entries[rel].ignored if is_attachment(name))
              for rel in sorted(entries) if entries[rel].ignored}
    return {rel: dict(counts.most_common()) for rel, counts in unread.items() if counts}
