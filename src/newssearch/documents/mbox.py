"""Mailbox files (.mbox): a folder of messages exported as one file (Google Takeout, Thunderbird), a message each.

Messages are parted at each ``From `` line shaped as a postmark, a sender and a ctime date (``From
ann@example.com Tue Jun  3 09:01:00 2025``), wherever it stands, as mutt parts them: also where the message before
it ends without a blank line, and at one whose date was cut, over a message's header (``_cut_postmark``), and never at
a body line "From the mayor:". A file opening with another ``From ``
line is parted at each that opens the file or follows a blank line (mboxo and mboxrd alike). Never where no header
line follows: an unescaped body line "From noon Sat Jun 7 12:00 the detour applies." stays. A body line escaped
as ``>From `` (``>>From `` in mboxrd) loses one ``>``. Each message is read as an .eml (``mail.message_result``);
its id is ``inbox.mbox#<Message-ID>`` (without its angle brackets) when that is in the file once, else a hash of
its Date, From and Subject lines, ``inbox.mbox#3f2a9c01b2d4``: not its place, which an earlier message's deletion
would give to another. A message Gmail labels Spam or Trash (``X-Gmail-Labels``), or that Thunderbird deleted but has not
yet compacted away (``X-Mozilla-Status``), is skipped as a record with that reason. A message that does not read is a broken record:
reported with its reason while the others are read, and the index keeps what it held of it. So is the last message
when the file ends inside it (a mail program still appending, a download stopped): the file ends mid-line, or a
multipart message without its closing boundary; the index keeps it, and the messages after it, as they were.
A line may end in ``\n``, ``\r\n`` or a lone ``\r`` (a classic Mac OS mailbox), in one file mixed.
"""

from __future__ import annotations

import hashlib
import re
from collections import Counter
from email.message import EmailMessage

from ..errors import UnreadableFile
from ..ids import record_id
from .article import ReadResult, Skip
from .encoding import unmarked_bytes, without_surrogates
from .exportstories import CUT_SHORT
from .mail import message_result
from .mailheader import ends_inside, header_text, parse_message
from .recordresults import nothing_read, taken, unique_id

_SEPARATOR = re.compile(rb"^From [^\n]*\n", re.MULTILINE)
_LONE_CR = re.compile(rb"\r(?!\n)")
_BLANK_START = re.compile(rb"\s*")
MAX_HEADER = 1 << 20  # a message's header is read for its key within its first MB
# A postmark's date as ctime writes it, after the sender ("-" in Thunderbird's): "Tue Jun  3 09:01:00", then the year.
_POSTMARK = re.compile(rb"From \S+[ \t]+[A-Za-z]{3},?[ \t]+[A-Za-z]{3}[ \t]+\d{1,2}[ \t]+\d{1,2}:\d{2}")
_FIELD_LINE = re.compile(rb"[!-9;-~]+:")  # a header line's name (RFC 5322): what opens a message
# A message's header opening with field lines, among its first eight a From:, Date: or Message-ID:.
_HEADER_START = re.compile(rb"(?:[!-9;-~]+:[^\n]*\n(?:[ \t][^\n]*\n)*){0,7}(?i:from|date|message-id):[^\n]*\n")
_ESCAPED_FROM = re.compile(rb"^>(>*From )", re.MULTILINE)
_MESSAGE_ID = re.compile(rb"^Message-ID:[ \t]*<?([^\s<>]+)>?[ \t]*$", re.IGNORECASE | re.MULTILINE)
_FOLD = re.compile(rb"\n[ \t]+")  # a header line continued on the next (Exchange folds its long Message-ID so)
_KEY_LINES = re.compile(rb"^(?:date|from|subject):.*$", re.IGNORECASE | re.MULTILINE)
HASH_KEY_DIGITS = 12
_DROPPED_LABELS = frozenset({"spam", "trash"})  # Gmail's labels of messages that are no one's news
# Thunderbird's flag (in X-Mozilla-Status) of a message deleted from a local folder, left in the file until the folder
# is compacted: its owner's deletion (a copy went to Trash), no article.
_EXPUNGED = 0x0008


def read_mbox(data: bytes, rel: str) -> ReadResult:
    """Read each message of a mailbox file (see the module); ``rel`` is its id and path. One message's bytes at a
    time are copied out of the file: a Takeout export of GBs is held once, not once for each step."""
    data = _line_feeds(unmarked_bytes(data))  # a mark before its first "From " line had hidden it
    spans = message_spans(data)
    if not spans:
        raise UnreadableFile('not an mbox file (no "From " line opens it)')
    keys = message_keys([_header(data, start, end) for start, end in spans])
    result = ReadResult()
    seen: dict[str, int] = {}
    for place, ((start, end), key) in enumerate(zip(spans, keys), 1):
        article_id = unique_id(record_id(rel, key), seen)
        try:
            found = message_result(_kept_message(_message(data, start, end), end == len(data)), rel, article_id)
        except UnreadableFile as exc:
            result.skipped.append(Skip(article_id, f"message #{place}: {exc}"))
            continue
        result.articles += found.articles
        result.skipped += found.skipped
        result.ignored += found.ignored  # its attachments no reader reads, for the index report
        taken(seen, (article.id for article in found.articles))
    if not result.articles:
        raise UnreadableFile(nothing_read(result.skipped))
    return result


def _line_feeds(data: bytes) -> bytes:
    """``data`` with each carriage return that is a line's end alone a line feed: a classic Mac OS mailbox (Eudora's,
    Apple Mail's before OS X) ends its lines so, and a file edited on several systems mixes them with ``\n`` and
    ``\r\n``; none of its ``From `` lines had been found. As the ``email`` package reads a lone ``\r``: a line's
    end. A file with none is not copied."""
    if _LONE_CR.search(data) is None:
        return data
    return _LONE_CR.sub(b"\n", data)


def _kept_message(data: bytes, last: bool) -> EmailMessage:
    """The message ``data`` holds; UnreadableFile when Gmail labels it spam or trash (Takeout's "All mail Including
    Spam and Trash.mbox" holds them) or Thunderbird deleted it, or when it is the ``last`` and the file ends inside
    it (cut short: what reads of it is no message, and the index keeps the one read before)."""
    message = parse_message(data)
    if last and (not data.endswith(b"\n") or ends_inside(message)):
        raise UnreadableFile(CUT_SHORT)
    labels = {label.strip().lower() for label in header_text(message, "X-Gmail-Labels").split(",")}
    dropped = sorted(labels & _DROPPED_LABELS)
    if dropped:
        raise UnreadableFile(f"labelled {dropped[0].title()} in Gmail")
    if _EXPUNGED & _hex(header_text(message, "X-Mozilla-Status")):
        raise UnreadableFile("deleted in Thunderbird (it stays in the file until the folder is compacted)")
    return message


def _hex(value: str) -> int:
    """A header's hexadecimal flags ("0009"), 0 when it holds none."""
    try:
        return int(value.strip(), 16)
    except ValueError:
        return 0


def message_spans(data: bytes) -> list[tuple[int, int]]:
    """Where each message of a mailbox file is (after its ``From `` line, before the next), as offsets into ``data``:
    no copy of the file is made (its line ends may be CRLF, as Takeout writes them)."""
    first = _BLANK_START.match(data).end()  # type: ignore[union-attr]  # \s* always matches
    lines = list(_SEPARATOR.finditer(data, first))
    opens = _POSTMARK.match(data, first) is not None
    starts = [match for match in lines if match.start() == first or (
        (_POSTMARK.match(data, match.start()) or _cut_postmark(data, match)) if opens
        else _after_blank(data, match.start()))]
    if not starts or starts[0].start() != first:
        return []
    # A piece that opens with no header line was a body line shaped as a postmark (unescaped): its message's still.
    starts = [starts[0], *(match for match in starts[1:] if _FIELD_LINE.match(data, match.end()))]
    return [(match.end(), following.start() if following else len(data))
            for match, following in zip(starts, [*starts[1:], None])]


def _after_blank(data: bytes, at: int) -> bool:
    """Whether the line at ``at`` follows a blank line."""
    return data.endswith((b"\n\n", b"\n\r\n"), 0, at)


def _cut_postmark(data: bytes, line: re.Match[bytes]) -> bool:
    """A ``From `` line whose date was cut (``From jane@example.com Wed May``: a file edited or damaged) after a blank
    line and over a message's own header (a From:, Date: or Message-ID: line among its first lines): it had joined
    that message, headers and all, to the one before. A body line "From the mayor:" has no such header under it."""
    return _after_blank(data, line.start()) and _HEADER_START.match(data, line.end()) is not None


def _message(data: bytes, start: int, end: int) -> bytes:
    """The message at ``start:end`` of the file, its line ends ``\n``, its ``>From `` lines unescaped."""
    return _ESCAPED_FROM.sub(rb"\1", data[start:end].replace(b"\r\n", b"\n"))


def _header(data: bytes, start: int, end: int) -> bytes:
    """The header of the message at ``start:end``, unfolded (a header longer than MAX_HEADER is cut there)."""
    head = data[start:min(end, start + MAX_HEADER)].replace(b"\r\n", b"\n")
    return _FOLD.sub(b" ", head.split(b"\n\n", 1)[0])


def message_keys(headers: list[bytes]) -> list[str]:
    """Each message's key, from its unfolded header: its Message-ID when no other message in the file has it, else a
    hash of its Date, From and Subject lines (``3f2a9c01b2d4``), which stays when other messages are added or
    deleted."""
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
