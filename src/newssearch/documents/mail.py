"""E-mail messages (.eml, and each message of an .mbox): press releases, agency alerts, newsletters, Google Alerts.

A message is parsed with the standard library's ``email`` package (encoded-word subjects, quoted-printable and
base64 bodies, charsets). Its header is read by the .txt e-mail rules (``mail_record``): the subject without
"Fwd:"/"Re:" (and a mailing list's "[tag]") is the title, ``Date`` the date, the sender's name the author (an
automatic sender's the publisher). Its text is its text/plain part, or its text/html part read as a page's body
when the plain part is a stub (``mailbody``); then the .txt rules read it. A forwarded message (inline, or attached
as a message of its own under a covering note) is the article, with its own subject, date and sender; the
forwarding note goes after its text. Attachments a reader handles become articles of their own (``#name``), whatever
the message's own text: an attached report is never lost behind a long note. A Google Alert is an article a story
(``mailalerts``); a returned message and a calendar invitation are no article (skipped with that reason).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import replace
from email.message import EmailMessage

from ..errors import UnreadableFile
from ..ids import record_id
from .article import Article, ReadResult, Skip
from .dates import parse_date
from .encoding import unmarked_bytes
from .fields import Keyed
from .mailalerts import Story, alert_stories, is_alert
from .mailattachments import attached_message, read_attachments
from .mailbody import (
    ATTACHED_MESSAGE,
    LIST_HEADERS,
    attachments,
    body_parts,
    message_text,
    page_heading,
    unread_attachments,
)
from .mailcut import cut_part
from .mailheader import (
    FORWARD,
    HEADER_ERRORS,
    MAIL_REPLY,
    REPLY,
    from_addresses,
    header_text,
    parse_message,
    subject_kind,
)
from .publishers import publisher_name
from .text import Lead, text_article
from .textheader import mail_record, split_mail_header

MAX_HOPS = 30  # Received lines read for a message's date, from the first hop's up (a path has a dozen at most)
COVER_WORDS = 150  # a message's own text shorter than this is a covering note: an attached message is the article
# A mailing list's tag before the subject ("[newsroom] Storm hits"), when the message says it came through a list.
_LIST_TAG = re.compile(r"^\s*\[[^\[\]]{1,40}\]\s*")
# The line a mail program writes over a message it forwards inline, in the languages Gmail, Apple Mail and
# Thunderbird write it: Gmail's "---------- Forwarded message ---------", Apple Mail's "Begin forwarded message:".
_FORWARD_LINE = re.compile(
    r"^[ \t]*(?:-{2,}[ \t]*(?:forwarded message|weitergeleitete nachricht|message transféré|mensaje reenviado|"
    r"messaggio inoltrato|doorgestuurd bericht|mensagem encaminhada)[ \t]*-{2,}|begin forwarded message:|"
    r"anfang der weitergeleiteten nachricht:|début du message réexpédié[ \xa0]?:)[ \t]*$",
    re.IGNORECASE | re.MULTILINE)
# Outlook writes the same line over a message it forwards and one it replies to ("-----Original Message-----", or
# a line of underscores): it is a forward's only when the subject says so ("FW:", "WG:", "TR:", "RV:", "I:").
_ORIGINAL_LINE = re.compile(
    r"^[ \t]*(?:-{2,}[ \t]*(?:original message|ursprüngliche nachricht|message d'origine|mensaje original|"
    r"messaggio originale|oorspronkelijk bericht|mensagem original)[ \t]*-{2,}|_{10,})[ \t]*$",
    re.IGNORECASE | re.MULTILINE)
_HEADER_START = re.compile(r"^[ \t]*From:[ \t]", re.IGNORECASE | re.MULTILINE)


def read_eml(data: bytes, rel: str) -> ReadResult:
    """Read one saved e-mail message (see the module); ``rel`` is its id and path. One the file ends inside
    (``mailcut``: no closing MIME boundary) is read but for its last part when that shows it is cut, which the file's
    skip says (the index keeps what it read of that part before); when that part is its text, it is not read."""
    data = unmarked_bytes(data)  # Notepad's UTF-8 mark, PowerShell's UTF-16: the parser had found no header lines
    message = parse_message(data)
    try:
        cut = cut_part(message, data)
    except HEADER_ERRORS as exc:
        raise broken_message(exc) from exc
    if cut is not None and cut.holds is not None:
        raise UnreadableFile(cut.reason)
    result = message_result(message, rel, rel)
    if cut is not None:
        result.skipped.append(Skip(rel, cut.note))
    return result


def message_result(message: EmailMessage, rel: str, article_id: str, note: str = "") -> ReadResult:
    """The articles of one message: the message itself (id ``article_id``; ``note``, a forwarding note, after its
    text), and its attachments' (ids ``article_id#name``). A message forwarded as an attachment under a covering
    note is read in its place, the note after its text; a Google Alert so forwarded is an attachment, the note the
    message's article. Its attachments of types none reads are ``ignored`` (``article_id#photo.jpg``), as an archive's
    files are: said in the index report."""
    try:
        result = _message_result(message, rel, article_id, note)
        result.ignored += [record_id(article_id, name) for name in unread_attachments(message)]
        return result
    except HEADER_ERRORS as exc:  # a header or part the parser chokes on: this message's loss, not its mailbox's
        raise broken_message(exc) from exc


def broken_message(exc: Exception) -> UnreadableFile:
    """The skip of a message whose header or part the ``email`` package chokes on."""
    return UnreadableFile(f"broken e-mail message ({type(exc).__name__}: {exc})")


def _message_result(message: EmailMessage, rel: str, article_id: str, note: str) -> ReadResult:
    """The articles of one message (see ``message_result``), raising what the parser raises."""
    reason = not_an_article(message)
    if reason:
        raise UnreadableFile(reason)
    text, parts = message_text(message), attachments(message)
    subject = listless_subject(message)
    record, kept = header_record(message, subject)
    covering = len(text.split()) < COVER_WORDS
    inner = next((part for _name, part in parts if part.get_content_type() == ATTACHED_MESSAGE), None)
    cover = "\n\n".join(filter(None, [text, note]))
    # An alert's stories are articles of their own, which take no note: a note over one is its message's article.
    if covering and inner is not None and not (cover and is_alert(attached_message(inner))):
        result = message_result(attached_message(inner), rel, article_id, cover)
        read_attachments([(name, part) for name, part in parts if part is not inner], rel, article_id, result, record)
        return result
    stories = alert_stories(*body_parts(message)) if is_alert(message) else []
    if stories:  # a Google Alert: an article a story, not one of its list of links
        result = ReadResult(articles=[_story_article(story, record, rel, record_id(article_id, str(place)))
                                      for place, story in enumerate(stories, 1)])
        read_attachments(parts, rel, article_id, result, record)
        return result
    sent = record  # what the files came with: the message's own header, not a forwarded one's in its text
    record, text = forwarded(record, text, subject_kind(subject) == FORWARD)
    # A reply's subject ("RE:", "AW:"): Outlook puts the message replied to under the reply, unquoted.
    text = without_original(text) if subject_kind(subject) == REPLY else text
    text = "\n\n".join(filter(None, [text, *kept, note]))
    result = ReadResult(articles=[_article(record, text, message, rel, article_id)])
    read_attachments(parts, rel, article_id, result, sent)
    return result


def not_an_article(message: EmailMessage) -> str | None:
    """Why ``message`` is no article (a returned message, a calendar invitation), or None."""
    return next((reason for test, reason in _NOT_ARTICLES if test(message)), None)


def _is_bounce(message: EmailMessage) -> bool:
    """Whether ``message`` reports a delivery failure: a delivery-status report, or sent by the mail system."""
    if message.get_content_type() == "multipart/report" and message.get_param("report-type") == "delivery-status":
        return True
    return any(str(address.username).lower() in _MAIL_SYSTEM for address in from_addresses(message))


def _is_invitation(message: EmailMessage) -> bool:
    """Whether ``message`` is a calendar invitation or its cancelling: a text/calendar part of method REQUEST or
    CANCEL as its body or beside it (not a file attached to a release: "Add to your calendar"; not one in an
    attached message, which is read, and skipped, on its own)."""
    for part in _own_parts(message):
        if part.get_content_type() != "text/calendar" or part.get_content_disposition() == "attachment":
            continue
        method = str(part.get_param("method") or "")
        if not method:
            payload = part.get_payload(decode=True)
            found = _CALENDAR_METHOD.search(payload) if isinstance(payload, bytes) else None
            method = found.group(1).decode("ascii") if found else ""
        if method.upper() in _INVITATION_METHODS:
            return True
    return False


def _own_parts(part: EmailMessage) -> Iterator[EmailMessage]:
    """``part`` and the parts inside it, not going into an attached message (message/rfc822)."""
    yield part
    if part.is_multipart() and part.get_content_type() != ATTACHED_MESSAGE:
        for inner in part.iter_parts():
            yield from _own_parts(inner)  # type: ignore[arg-type]


_MAIL_SYSTEM = frozenset({"mailer-daemon", "postmaster"})  # the senders of returned mail
_INVITATION_METHODS = frozenset({"REQUEST", "CANCEL"})
_CALENDAR_METHOD = re.compile(rb"^METHOD:[ \t]*([A-Za-z]+)", re.MULTILINE)
_NOT_ARTICLES = ((_is_bounce, "a delivery-failure report (returned mail), not an article"),
                 (_is_invitation, "a calendar invitation, not an article"))


def listless_subject(message: EmailMessage) -> str:
    """The message's subject, without a mailing list's tag when it came through one, before or after the prefixes:
    "[media] FW: Cycleway" and "FW: [media] Cycleway" are "FW: Cycleway"."""
    subject = header_text(message, "Subject")
    if not any(header_text(message, name) for name in LIST_HEADERS):
        return subject
    prefixes = MAIL_REPLY.match(subject)
    end = prefixes.end() if prefixes else 0
    return f"{subject[:end]} {_LIST_TAG.sub('', subject[end:], count=1)}".strip()


def header_record(message: EmailMessage, subject: str) -> tuple[Keyed, list[str]]:
    """The record of a message's header: its ``subject`` (``listless_subject``), date and sender; and the sender's
    words that are no name, as a line of text ("From: Ann Lee, Hamilton"). A message with no readable ``Date`` is
    dated by its first hop's ``Received`` line, when it went out (``date_source`` ``header:Received``)."""
    record, kept = mail_record([("Subject", subject), ("Date", header_text(message, "Date")),
                                ("From", _sender(message))])
    received = first_received(message) if "date" not in record else None
    return ({**record, "date": ("Received", received)} if received else record), kept


def first_received(message: EmailMessage) -> str | None:
    """The date of the message's earliest ``Received`` line that gives a readable one: each server puts its line on
    top, so the last is the first hop's ("from a by b; Tue, 3 Jun 2025 09:01:00 -0700"); None for none."""
    # Raw, and the last MAX_HOPS only: parsing each of a spam's 20,000 lines of no date had taken 3 s.
    lines = [str(value) for name, value in message.raw_items() if name.lower() == "received"][-MAX_HOPS:]
    stamps = (" ".join(line.rpartition(";")[2].split()) for line in reversed(lines) if ";" in line)
    return next((stamp for stamp in stamps if parse_date(stamp) is not None), None)


def _sender(message: EmailMessage) -> str:
    """The sender as the .txt rules read one, "Jo Lee <jo@example.com>": the first address of ``From``, its name
    unquoted ('"Lee, Jo" <…>': "Lee, Jo <…>")."""
    addresses = from_addresses(message)
    if not addresses:
        return header_text(message, "From")
    first = addresses[0]
    return f"{first.display_name} <{first.addr_spec}>" if first.display_name else first.addr_spec


def forwarded(record: Keyed, text: str, forward: bool = False) -> tuple[Keyed, str]:
    """The record and text of the message forwarded inline in ``text`` (its own header under the forwarding line;
    under Outlook's line only when ``forward``, the subject saying it is one), the note above it put after its text;
    ``record`` and ``text`` as they are when nothing is forwarded. A forwarded header without a subject keeps the
    message's."""
    match = _FORWARD_LINE.search(text) or (_ORIGINAL_LINE.search(text) if forward else None)
    found = split_mail_header(text[match.end():].strip("\n")) if match else None
    if match is None or found is None:
        return record, text
    inner, body = found
    inner = {**{key: value for key, value in record.items() if key == "title"}, **inner}
    return inner, "\n\n".join(filter(None, [body.strip(), text[:match.start()].strip()]))


def without_original(text: str) -> str:
    """A reply's ``text`` without the message it replies to, as Outlook puts it under the reply unquoted: from its
    line of underscores (or "-----Original Message-----") or its "From: … Sent: … Subject: …" header on; ``text`` as
    it is when that leaves nothing."""
    starts = [match for match in (*_ORIGINAL_LINE.finditer(text), *_HEADER_START.finditer(text))
              if split_mail_header(text[match.end() if match.re is _ORIGINAL_LINE else match.start():].strip("\n"))]
    first = min((match.start() for match in starts), default=None)
    return text[:first].strip() if first is not None and text[:first].strip() else text


def _article(record: Keyed, text: str, message: EmailMessage, rel: str, article_id: str) -> Article:
    """The message's article: its text read by the .txt rules, its header's fields outranking the text's."""
    language = header_text(message, "Content-Language").split(",")[0].strip()
    if language:
        record = {**record, "language": ("Content-Language", language)}
    # An HTML message's h1 saying its subject again ("<h1>Floods close roads</h1>" under that subject) is the title,
    # not the text's first line as well: the text reader leaves out a heading that repeats the title. So is a plain
    # message's first line that says it again, a press release's headline over its text.
    subject = record["title"][1] if "title" in record else ""
    headings = {page_heading(message), subject if isinstance(subject, str) else ""} - {""}
    lead = Lead(record=record, headings=frozenset(headings))
    return replace(text_article(text, article_id, lead), path=rel)


def _story_article(story: Story, record: Keyed, rel: str, article_id: str) -> Article:
    """The article of one story of a Google Alert: its headline, address, source and snippet, the alert's date."""
    lead = {"title": ("alert", story.headline), "url": ("alert", story.url),
            **{key: value for key, value in record.items() if key == "date"},
            # Google's label for the story's own address, which names a known publisher better: not stated_publisher
            "publisher": ("alert", publisher_name(story.source, story.url) or "")}
    return replace(text_article(story.snippet or story.headline, article_id, Lead(record=lead)), path=rel)
