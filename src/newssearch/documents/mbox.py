"""Mailbox files (.mbox): a folder of messages exported as one file (Google Takeout, Thunderbird), a message each.

Messages are parted at each ``From `` line shaped as a postmark, a sender and a ctime date (``From
ann@example.com Tue Jun  3 09:01:00 2025``), wherever it stands, as mutt parts them: also where the message before
it ends without a blank line, and never at a body line "From the mayor:". A file opening with another ``From ``
line is parted at each that opens the file or follows a blank line (mboxo and mboxrd alike). Never where no header
line follows: an unescaped body line "From noon Sat Jun 7 12:00 the detour applies." stays. A body line escaped
as ``>From `` (``>>From `` in mboxrd) loses one ``>``. Each message is read as an .eml (``mail.message_result``);
its id is ``inbox.mbox#<Message-ID>`` (without its angle brackets) when that is in the file once, else a hash of
its Date, From and Subject lines, ``inbox.mbox#3f2a9c01b2d4``: not its place, which an earlier message's deletion
would give to another. A message Gmail labels Spam or Trash (``X-Gmail-Labels``) is skipped as a record with that
reason. A message that does not read is a broken record:
reported with its reason while the others are read, and the index keeps what it held of it.
"""

from __future__ import annotations

import hashlib
import re
from collections import Counter
from collections.abc import Iterator
from email.message import EmailMessage

from ..errors import UnreadableFile
from ..ids import record_id
from .article import ReadResult, Skip
from .encoding import without_surrogates
from .fields import nothing_read, unique_id
from .mail import message_result
from .mailheader import header_text, parse_message

_SEPARATOR = re.compile(rb"^From [^\n]*\n", re.MULTILINE)
# A postmark's date as ctime writes it, after the sender ("-" in Thunderbird's): "Tue Jun  3 09:01:00", then the year.
_POSTMARK = re.compile(rb"From \S+[ \t]+[A-Za-z]{3},?[ \t]+[A-Za-z]{3}[ \t]+\d{1,2}[ \t]+\d{1,2}:\d{2}")
_FIELD_LINE = re.compile(rb"[!-9;-~]+:")  # a header line's name (RFC 5322): what opens a message
_ESCAPED_FROM = re.compile(rb"^>(>*From )", re.MULTILINE)
_MESSAGE_ID = re.compile(rb"^Message-ID:[ \t]*<?([^\s<>]+)>?[ \t]*$", re.IGNORECASE | re.MULTILINE)
_FOLD = re.compile(rb"\n[ \t]+")  # a header line continued on the next (Exchange folds its long Message-ID so)
_KEY_LINES = re.compile(rb"^(?:date|from|subject):.*$", re.IGNORECASE | re.MULTILINE)
HASH_KEY_DIGITS = 12
_DROPPED_LABELS = frozenset({"spam", "trash"})  # Gmail's labels of messages that are no one's news


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
            found = message_result(_kept_message(message), rel, article_id)
        except UnreadableFile as exc:
            result.skipped.append(Skip(article_id, f"message #{place}: {exc}"))
            continue
        result.articles += found.articles
        result.skipped += found.skipped
        seen.update(article.id for article in found.articles)
    if not result.articles:
        raise UnreadableFile(nothing_read(result.skipped))
    return result


def _kept_message(data: bytes) -> EmailMessage:
    """The message ``data`` holds; UnreadableFile when Gmail labels it spam or trash (Takeout's "All mail Including
    Spam and Trash.mbox" holds them)."""
    message = parse_message(data)
    labels = {label.strip().lower() for label in header_text(message, "X-Gmail-Labels").split(",")}
    dropped = sorted(labels & _DROPPED_LABELS)
    if dropped:
        raise UnreadableFile(f"labelled {dropped[0].title()} in Gmail")
    return message


def split_mbox(data: bytes) -> Iterator[bytes]:
    """The messages of a mailbox file, each without its ``From `` line, its ``>From `` lines unescaped."""
    data = data.replace(b"\r\n", b"\n").lstrip()
    lines = list(_SEPARATOR.finditer(data))
    postmarks = [match for match in lines if match.start() == 0 or _POSTMARK.match(data, match.start())]
    starts = postmarks if _POSTMARK.match(data) else [
        match for match in lines if match.start() == 0 or data[match.start() - 2:match.start()] == b"\n\n"]
    if not starts or starts[0].start() != 0:
        return
    # A piece that opens with no header line was a body line shaped as a postmark (unescaped): its message's still.
    starts = [starts[0], *(match for match in starts[1:] if _FIELD_LINE.match(data, match.end()))]
    for match, following in zip(starts, [*starts[1:], None]):
        message = data[match.end():following.start() if following else len(data)]
        yield _ESCAPED_FROM.sub(rb"\1", message)


def message_keys(messages: list[bytes]) -> list[str]:
    """Each message's key: its Message-ID when no other message in the file has it, else a hash of its Date, From
    and Subject lines (``3f2a9c01b2d4``), which stays when other messages are added or deleted."""
    headers = [_FOLD.sub(b" ", message.split(b"\n\n", 1)[0]) for message in messages]
    ids = [_message_id(header) for header in headers]
    counts = Counter(ids)
    return [found if found and counts[found] == 1 else _hash_key(header) for found, header in zip(ids, headers)]


def _message_id(header: bytes) -> str | None:
    """The Message-ID in a message's unfolded header, without its angle brackets (raw 8-bit bytes read as UTF-8,
    else Windows-1252)."""
    match = _MESSAGE_ID.search(header)
    return without_surrogates(match.group(1).decode("utf-8", "surrogateescape")) if match else None


def _hash_key(header: bytes) -> str:
    """A key made from a message's unfolded Date, From and Subject lines (its whole header when it has none)."""
    lines = b"\n".join(b" ".join(line.split()) for line in _KEY_LINES.findall(header)) or header
    return hashlib.sha1(lines).hexdigest()[:HASH_KEY_DIGITS]
