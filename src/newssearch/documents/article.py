"""The Article record every reader produces and the index stores."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime

from .daytimes import moment_of, moment_text


@dataclass(frozen=True)
class Article:
    """One news article: its body, its metadata and where each came from.

    ``id`` is the path relative to the corpus folder, with ``#key`` for records inside one file.
    ``date`` is the publication date only; it is never taken from the file's modification time.
    ``date_source`` names where the date came from (for example ``json-ld``, ``marker``, ``url``); ``time`` the
    moment that source wrote, when it wrote a time of day (``daytimes``).
    ``sections`` are the newsroom's sections or categories it names ("Politics", "World News"), as written.
    """

    id: str
    path: str
    title: str
    body: str
    date: date | None = None
    date_source: str | None = None
    authors: tuple[str, ...] = ()
    source: str | None = None
    url: str | None = None
    lang: str | None = None
    title_source: str | None = None
    sections: tuple[str, ...] = ()

    @property
    def time(self) -> datetime | None:
        """The moment the date's source wrote (UTC where it gave an offset, else as written), or None."""
        return moment_of(self.date)

    def to_dict(self) -> dict[str, object]:
        """Plain data for JSON (``show --json``) or a table: the date as ``YYYY-MM-DD``, the authors a list, the time
        (``2020-06-19T11:30:00Z``) only where the date has one."""
        timed = {} if self.time is None else {"time": moment_text(self.time)}
        return {
            "id": self.id,
            "path": self.path,
            "title": self.title,
            "title_source": self.title_source,
            "date": self.date.isoformat() if self.date else None,
            "date_source": self.date_source,
            **timed,
            "authors": list(self.authors),
            "source": self.source,
            "url": self.url,
            "lang": self.lang,
            "sections": list(self.sections),
            "body": self.body,
        }


ARCHIVED_FILE = "archived file"  # a file's place in an archive's skip: "articles.zip#a.pdf: archived file: …"
# A file of no ending among files counted by ending: ".jpg 12, .css 3, (no ending) 1" ("no ending 1" had read oddly).
NO_ENDING = "(no ending)"
# A reader's note on a file it read in part ends saying what it read ("cut short: …; its text was read up to there",
# "page 3 does not read (…); the other pages were read"): no record of the file was skipped.
READ_IN_PART = ("read up to there", "read as written", "was read", "were read", "were not read")


def read_in_part(reason: str) -> bool:
    """Whether ``reason`` is a note on a file read in part (a kept note after it or not), not a record's skip."""
    return reason.split(" (kept", 1)[0].endswith(READ_IN_PART)


# A record its owner left out (a message labelled Spam or Trash, one deleted in the mail program, a WordPress or Ghost
# draft or page): no damage to wait out, so the articles indexed of it before are not kept (see keptrecords). Each reason ends so.
LEFT_OUT = ("in Gmail", "until the folder is compacted)", "(WordPress export)", "(Ghost export)")


def left_out(reason: str) -> bool:
    """Whether ``reason`` is a record's its owner left out (``LEFT_OUT``), a kept note after it or not."""
    return reason.split(" (kept: ", 1)[0].endswith(LEFT_OUT)


@dataclass(frozen=True)
class Skip:
    """A file or record that was not indexed, and why."""

    path: str
    reason: str
    kept: bool = False  # the index keeps the version read before: what it holds of this file may be out of date
    record: bool = False  # one record of a file whose other records were indexed, not the file
    # of a file unchanged since the run that read it, or could not open it, and said this (the index remembers it), or
    # a named pipe, a loop of links or a link that leads nowhere since the run that met it (fileoutcomes.walk_skips):
    # not news to -q
    said_before: bool = field(default=False, compare=False)

    def to_dict(self) -> dict[str, object]:
        """Plain data for JSON."""
        return {"path": self.path, "reason": self.reason, "kept": self.kept, "record": self.record,
                "said_before": self.said_before}


@dataclass
class ReadResult:
    """What a reader got out of one file: its articles and the records it had to skip."""

    articles: list[Article] = field(default_factory=list)
    skipped: list[Skip] = field(default_factory=list)
    ignored: list[str] = field(default_factory=list)  # the ids of files inside (an archive's) of types none reads
