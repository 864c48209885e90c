"""The records of a file too large to read whole (``jsonstream``, ``tablestream``), made articles as they are read,
with the ids, languages and skips that ``collect``, ``gather`` and ``parse_bytes`` give a file read whole."""

from __future__ import annotations

from dataclasses import dataclass, field

from ..errors import UnreadableFile
from .article import Article, Skip
from .recordresults import Made, gather_one, nothing_read
from .tablelanguages import given_language


@dataclass(frozen=True)
class FileScan:
    """What a first pass over a file learned of all its kinds (``LinesScan``, ``TableScan``): the hash of its bytes
    and how many it read; for a compressed file (``packed``: its ending, ``.gz``), the hash of the bytes unpacked."""

    sha1: str
    size: int
    packed: str | None = field(default=None, kw_only=True)
    unpacked_sha1: str | None = field(default=None, kw_only=True)

    @property
    def read_sha1(self) -> str:
        """The hash of the bytes its second pass reads (unpacked, for a compressed file)."""
        return self.unpacked_sha1 or self.sha1


class RecordArticles:
    """One file's records, fed one at a time (``article``), then ``finish``: its skips are then in ``skipped``. Each
    second pass (``jsonstream.LineArticles``, ``tablestream.TableArticles``) is one, reading its file's records."""

    def __init__(self, rel: str, language: str | None) -> None:
        """Records of the file ``rel``, its short rows given ``language`` (the one its opening tells, if any)."""
        self.rel, self.language = rel, language
        self.skipped: list[Skip] = []
        self._empty: list[Skip] = []
        self._made = 0
        self._seen: dict[str, int] = {}

    def article(self, made: Made) -> Article | None:
        """The article of the next record (under an id no earlier one took, normalised), or None: it is a skip."""
        from .normalise import NO_TEXT, has_text, normalised, record_place

        outcome = gather_one(made, self.rel, self._seen)
        if isinstance(outcome, Skip):
            self.skipped.append(outcome)
            return None
        self._made += 1
        article = normalised(given_language(outcome, self.language))
        if has_text(article):
            return article
        self._empty.append(Skip(self.rel, f"{record_place(article.id, self.rel)}: {NO_TEXT}"))
        return None

    def finish(self, notes: list[Skip] | None = None) -> None:
        """After the last record: UnreadableFile when no record gave an article (as ``gather`` and ``parse_bytes``
        raise); else the reader's ``notes`` and the records of no text join the skips, in a whole read's order."""
        from .normalise import NO_TEXT

        if not self._made:
            raise UnreadableFile(nothing_read(self.skipped))
        self.skipped += notes or []
        if len(self._empty) == self._made and not self.skipped:
            raise UnreadableFile(NO_TEXT)
        self.skipped += self._empty
