"""Mailbox files (.mbox): a folder of messages exported as one file (Google Takeout, Thunderbird), a message each.

Messages are parted at each line starting ``From `` that opens the file or follows a blank line (mboxo and
mboxrd alike); a body line escaped as ``>From `` (``>>From `` in mboxrd) loses one ``>``. Each message is read as
an .eml (``mail.message_result``); its id is ``inbox.mbox#<Message-ID>`` (without its angle brackets) when that
is in the file once, else its place, ``inbox.mbox#3``. A message that does not read is a broken record: reported
with its reason while the others are read, and the index keeps what it held of it.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator

from ..errors import UnreadableFile
from ..ids import record_id
from .article import ReadResult, Skip
from .fields import nothing_read, unique_id
from .mail import message_result, parse_message

_SEPARATOR = re.compile(rb"^From [^\n]*\n", re.MULTILINE)
_ESCAPED_FROM = re.compile(rb"^>(>*From )", re.MULTILINE)
_MESSAGE_ID = re.compile(rb"^Message-ID:[ \t]*<?([^\s<>]+)>?[ \t]*\r?$", re.IGNORECASE | re.MULTILINE)


def read_mbox(data: bytes, rel: str) -> ReadResult:
    """Read each message of a mailbox file (see the module); ``rel`` is its id and path."""
    messages = list(split_mbox(data))
    if not messages:
        raise UnreadableFile('not an mbox file (no "From " line opens it)')
    keys = message_keys(messages)
    result = ReadResult()
    seen: set[str] = set()
    for place, (message, key) in enumerate(zip(messages, keys), 1):
        article_id = unique_id(record_id(rel, key), seen)
        try:
            found = message_result(parse_message(message), rel, article_id)
        except UnreadableFile as exc:
            result.skipped.append(Skip(article_id, f"message #{place}: {exc}"))
            continue
        result.articles += found.articles
        result.skipped += found.skipped
        seen.update(article.id for article in found.articles)
    if not result.articles:
        raise UnreadableFile(nothing_read(result.skipped))
    return result


def split_mbox(data: bytes) -> Iterator[bytes]:
    """The messages of a mailbox file, each without its ``From `` line, its ``>From `` lines unescaped."""
    data = data.replace(b"\r\n", b"\n").lstrip()
    starts = [match for match in _SEPARATOR.finditer(data)
              if match.start() == 0 or data[match.start() - 2:match.start()] == b"\n\n"]
    if not starts or starts[0].start() != 0:
        return
    for match, following in zip(starts, [*starts[1:], None]):
        message = data[match.end():following.start() if following else len(data)]
        yield _ESCAPED_FROM.sub(rb"\1", message)


def message_keys(messages: list[bytes]) -> list[str]:
    """Each message's key: its Message-ID when no other message in the file has it, else its place (``3``)."""
    ids = [_message_id(message) for message in messages]
    counts = Counter(ids)
    return [found if found and counts[found] == 1 else str(place) for place, found in enumerate(ids, 1)]


def _message_id(message: bytes) -> str | None:
    """The Message-ID in a message's header (before its first blank line), without its angle brackets."""
    header = message.split(b"\n\n", 1)[0]
    match = _MESSAGE_ID.search(header)
    return match.group(1).decode("ascii", "replace") if match else None
