"""An e-mail's attachments, each an article of its own beside the message's (``mail.eml#release.pdf``): a file read
by the reader for its name's ending, an attached message read as a message, an archive as an archive on disk is; an
attached file undated dated by the message it came with."""

from __future__ import annotations

from dataclasses import replace
from email.message import EmailMessage

from ..errors import UnreadableFile
from ..ids import file_part, record_id
from .article import Article, ReadResult, Skip
from .fields import Keyed
from .mailbody import ATTACHED_MESSAGE
from .recorddates import record_date
from .recordfields import record_source
from .recordresults import taken, unique_id


def attached_message(part: EmailMessage) -> EmailMessage:
    """The message a message/rfc822 part holds."""
    inner = part.get_content()
    if not isinstance(inner, EmailMessage):
        raise UnreadableFile("broken e-mail message (an attached message does not parse)")
    return inner


def read_attachments(parts: list[tuple[str, EmailMessage]], rel: str, article_id: str, result: ReadResult,
                      sent: Keyed) -> None:
    """Add the articles of ``parts`` (an attached message read as one, any other part by the reader for its name's
    suffix, dated by ``sent``, the header record of the message they came with, when undated: see ``_sent_with``), or
    a skip saying why one gives none. Each id is the message's own: an attached archive's files'
    (``mail.eml#clips.zip#story.txt``) may be another attachment's name, then the archive is ``clips.zip-2``."""
    seen: dict[str, int] = {}
    taken(seen, (article.id for article in result.articles))
    for name, part in parts:
        part_id = unique_id(record_id(article_id, name), seen)
        try:
            found = _attachment(name, part, rel, part_id)
        except UnreadableFile as exc:
            result.skipped.append(Skip(part_id, f"attachment {name}: {exc}"))
            continue
        if part.get_content_type() != ATTACHED_MESSAGE:  # an attached message has a header of its own
            found.articles = [_sent_with(article, sent) if article.id == part_id else article for article in found.articles]
        while seen.keys() & {article.id for article in found.articles if article.id != part_id}:
            other = unique_id(record_id(article_id, name), seen)
            found, part_id = _prefixed(found, part_id, other), other
        taken(seen, (article.id for article in found.articles))
        result.articles += [replace(article, path=rel) for article in found.articles]
        result.skipped += found.skipped
        result.ignored += found.ignored


def _sent_with(article: Article, sent: Keyed) -> Article:
    """An attached file's article (a release, a report; not an attached archive's files nor an export's records, which
    were gathered over time) with what the message it came with says of it when it says nothing itself: the date the
    message was sent, ``message:Date`` (a release sent is published), and the publisher an automatic sender names (a
    newsletter's PDF is the newsletter's). Never its sender as its author: who sends a file need not have written it."""
    if article.date is None and (date := record_date(sent)) is not None:
        article = replace(article, date=date[1], date_source=f"message:{date[0]}")
    if article.source is None and (source := record_source(sent)):
        article = replace(article, source=source)
    return article


def _attachment(name: str, part: EmailMessage, rel: str, part_id: str) -> ReadResult:
    """What one attachment gives under the id ``part_id``, or UnreadableFile. An archive attached to a message
    that is itself in an archive (``rel`` holds its ``#``) is an archive inside an archive, not read as there."""
    from . import READERS, reader_suffix
    from .archivefiles import ARCHIVE_ENDINGS, NESTED
    from .mail import message_result  # imported here: mail reads its attachments with this module

    if part.get_content_type() == ATTACHED_MESSAGE:
        return message_result(attached_message(part), rel, part_id)
    data = part.get_payload(decode=True)
    if not isinstance(data, bytes) or not data.strip():
        raise UnreadableFile("empty file")
    suffix = reader_suffix(name) or ".txt"
    if suffix in ARCHIVE_ENDINGS and file_part(rel) != rel:
        raise UnreadableFile(NESTED)
    return READERS[suffix](data, part_id)


def _prefixed(found: ReadResult, old: str, new: str) -> ReadResult:
    """``found`` with the ids that start ``old`` (an attachment's, and its files' and records') starting ``new``."""
    def moved(article_id: str) -> str:
        return new + article_id[len(old):] if article_id == old or article_id.startswith(old + "#") else article_id

    return ReadResult(articles=[replace(article, id=moved(article.id)) for article in found.articles],
                      skipped=[replace(skip, path=moved(skip.path)) for skip in found.skipped],
                      ignored=[moved(name) for name in found.ignored])
