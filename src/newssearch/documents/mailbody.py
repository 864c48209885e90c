"""An e-mail message's own text, and the attachments newssearch can read.

The text is the text/plain part, unless an HTML part stands beside it and the plain part is a stub ("View this
e-mail in your browser"), or the message came through a mailing list and its HTML part is a newsletter (the
mailer's plain part keeps the preheader, tracking links and unsubscribe footer): then the HTML part, a
newsletter's (laid out in tables) read as a page's body is (its paragraphs, not its cells, links and logos), any
other all its text. The lines a reply quotes (``> …`` under an "On … wrote:" line, or two or more of them) go after
the reply's own words, without their marks (``mailquotes``); a signature under ``-- `` at the end is not the
article's text (``mailsignatures``).
"""

from __future__ import annotations

import mimetypes
import re
from collections.abc import Callable
from email.message import EmailMessage, MIMEPart

from .archivenames import is_archive
from .encoding import decode_declared, decode_text
from .mailalerts import is_alert
from .mailheader import header_text
from .mailquotes import with_quotes_last
from .mailsignatures import without_marked_signature, without_signature

ATTACHED_MESSAGE = "message/rfc822"
# Attachments read as articles: a press release as a PDF, a Word or OpenDocument file, RTF, text or a page.
ATTACHMENT_SUFFIXES = frozenset({".pdf", ".docx", ".odt", ".rtf", ".doc", ".txt", ".text", ".md", ".html", ".htm"})
# An attachment sent without a file name, or under a name of no such ending, read by its type.
ATTACHMENT_TYPES = {
    "application/pdf": ".pdf",
    "application/vnd.openxmlformats-officedocument.wordprocessingml.document": ".docx",
    "application/vnd.oasis.opendocument.text": ".odt",
    "application/rtf": ".rtf",
    "text/rtf": ".rtf",
    "application/msword": ".doc",
}
# A text or page attached with no file name (a part the message's text is not: it says it is an attachment).
_TEXT_FILES = {"text/plain": ".txt", "text/html": ".html"}
# A message's signature, no file of its own.
SIGNATURE_TYPES = frozenset({"application/pgp-signature", "application/pkcs7-signature",
                             "application/x-pkcs7-signature"})
_CID = re.compile(r"""\bcid:([^"'\s>)]+)""", re.IGNORECASE)  # a picture an HTML part shows: <img src="cid:logo@x">
STUB_SHARE = 0.5  # a plain part with fewer words than this share of its HTML part's is a stub
# A message sent through a mailing list (a newsletter): its plain part is written by the mailer from its HTML one.
LIST_HEADERS = ("List-Id", "List-Post", "List-Unsubscribe", "Mailing-List")
_LAYOUT_TABLE = re.compile(r"<table\b", re.IGNORECASE)
_LIST_FOOTER = re.compile(r"\s*_{10,}\s*$", re.MULTILINE)  # Mailman's footer part opens with a rule of underscores


def message_text(message: EmailMessage) -> str:
    """The message's own text (see the module), its line ends ``\\n``."""
    plain, page = message.get_body(("plain",)), message.get_body(("html",))
    text = _with_continued(message, plain, _part_text) if plain is not None else ""
    # An alert's (Google's) list header makes no newsletter of it: its headlines are its text (when no story of it
    # was told apart, as in a layout Google has not used before).
    if page is not None and any(header_text(message, name) for name in LIST_HEADERS) and not is_alert(message):
        subject = header_text(message, "Subject")
        body = _newsletter_body(_part_text(page), subject)
        if body:  # a mailing's own plain part keeps its "View this email in your browser", links and footer
            more = _continued_texts(message, page, lambda part: _page_text(part, False, subject))
            return without_signature("\n\n".join(part.strip("\r\n") for part in [body, *more]))
    if page is not None and len(text.split()) < STUB_SHARE * len(
            (html := _with_continued(message, page, lambda part: _page_text(
                part, is_alert(message), header_text(message, "Subject")))).split()):
        text = html
    return with_quotes_last(text.replace("\r\n", "\n").replace("\r", "\n"))


def _with_continued(message: EmailMessage, body: MIMEPart, read: Callable[[MIMEPart], str]) -> str:
    """The text ``read`` gives of ``body`` and of the parts that go on with it after a picture (``_continued_texts``),
    in order."""
    text = read(body)
    more = _continued_texts(message, body, read)
    return "\n\n".join(part.strip("\r\n") for part in [text, *more]) if more else text


def _continued_texts(message: EmailMessage, body: MIMEPart, read: Callable[[MIMEPart], str]) -> list[str]:
    """The texts ``read`` gives of the parts that go on with ``body`` after a picture, in order: Apple Mail sends a
    message with a picture pasted mid-text as a multipart of text, picture, text (or html, picture, html; mixed, or
    related or alternative in a newsletter), each text a part of ``body``'s type and no file name. A mailing list's
    footer part (Mailman's, under a rule of underscores) is not the message's text."""
    texts = map(read, _continued(message, body))
    return [found for found in texts if found.strip() and not _LIST_FOOTER.match(found)]


# The multiparts whose parts of one type after another go on with its text (an alternative's plain part is of
# another type than its HTML ones: never read with them).
_CONTINUING = frozenset({"multipart/mixed", "multipart/related", "multipart/alternative"})


def _continued(message: EmailMessage, body: MIMEPart) -> list[MIMEPart]:
    """The parts of ``body``'s type and no file name after it in the multipart (``_CONTINUING``) that holds it."""
    for parent in message.walk():
        if not isinstance(parent, MIMEPart) or parent.get_content_type() not in _CONTINUING:
            continue
        parts = list(parent.iter_parts())
        at = next((at for at, part in enumerate(parts) if part is body), None)
        if at is not None:
            return [part for part in parts[at + 1:] if part.get_content_type() == body.get_content_type()
                    and not part.get_filename() and part.get_content_disposition() != "attachment"]
    return []


def body_parts(message: EmailMessage) -> tuple[str, str]:
    """The text of the message's HTML part and of its plain part ("" for one it lacks)."""
    page, plain = message.get_body(("html",)), message.get_body(("plain",))
    return (_part_text(page) if page is not None else ""), (_part_text(plain) if plain is not None else "")


def _part_text(part: MIMEPart) -> str:
    """A text part's text: in the charset it names (as a browser reads it: ISO-8859-1 as Windows-1252), else
    as a text file's (UTF-8, else Windows-1252)."""
    raw = part.get_payload(decode=True)
    if not isinstance(raw, bytes):
        return ""
    charset = part.get_content_charset()
    return (decode_declared(raw, charset) if charset else None) or decode_text(raw)


def _page_text(part: MIMEPart, alert: bool = False, subject: str = "") -> str:
    """An HTML part's text: a newsletter's (laid out in tables) its body as the page reader finds it, without
    its links and logos; a message written in a mail program (no table), or an alert (whose headlines are its
    links), all its text, line by line, as a forwarding note and the header of the message it forwards are written;
    without the signature its mail program marks (``mailsignatures``), as a plain part's under ``-- ``."""
    from .htmltext import html_to_text

    page = without_marked_signature(_part_text(part))
    return ("" if alert else _newsletter_body(page, subject)) or html_to_text(page)


def _newsletter_body(page: str, subject: str) -> str:
    """A newsletter's body (a page laid out in tables) as the page reader finds it, opened by its headline (its
    first h1, which the page reader takes for the page's title) unless that is the ``subject``'s words, the
    message's title; "" for a page of no table."""
    from .html import extract

    if not _LAYOUT_TABLE.search(page):
        return ""
    body = extract(page).body
    heading = _first_heading(page)
    if body and heading and heading.casefold() not in f"{subject} {body}".casefold():
        return f"{heading}\n\n{body}"
    return body or ""


def page_heading(message: EmailMessage) -> str:
    """The first h1 of the message's HTML part, its white space single spaces ("" for none): the heading that opens
    the text read from that part, left out when it says the title (the subject) again."""
    page = message.get_body(("html",))
    return _first_heading(_part_text(page)) if page is not None else ""


def _first_heading(page: str) -> str:
    """The text of the first h1 of ``page``, its white space single spaces; "" for none."""
    from .html import parse_tree

    return next((" ".join(h1.text_content().split()) for h1 in parse_tree(page).iter("h1")), "") \
        if "<h1" in page.lower() else ""



def attachments(message: EmailMessage) -> list[tuple[str, EmailMessage]]:
    """The message's attachments newssearch reads, with their file names: attached messages (a message
    forwarded as an attachment), archives (``is_archive``) and files of a suffix in ``ATTACHMENT_SUFFIXES`` or, whatever
    their name, of a type in ``ATTACHMENT_TYPES`` (named for it: "attachment.pdf"), a text or page attached with no
    name ("attachment.txt"); pictures and others left out (``unread_attachments``)."""
    found: list[tuple[str, EmailMessage]] = []
    for part in message.iter_attachments() if message.is_multipart() else _single_attachment(message):
        name = _read_as(part)
        if name is not None:
            found.append((name, part))
        elif part.is_multipart():
            found += attachments(part)
    return found


def _read_as(part: EmailMessage) -> str | None:
    """The file name an attachment is read under (``attachments``), or None for one not read."""
    name = part.get_filename() or ""
    if part.get_content_type() == ATTACHED_MESSAGE:
        return name or "message.eml"
    if any(name.lower().endswith(suffix) for suffix in ATTACHMENT_SUFFIXES) or is_archive(name):
        return name
    if part.get_content_type() in ATTACHMENT_TYPES:
        return f"{name or 'attachment'}{ATTACHMENT_TYPES[part.get_content_type()]}"
    if not name and part.get_content_disposition() == "attachment" and part.get_content_type() in _TEXT_FILES:
        return f"attachment{_TEXT_FILES[part.get_content_type()]}"
    return None


def unread_attachments(message: EmailMessage) -> list[str]:
    """The names of the message's attachments ``attachments`` leaves out, a nameless one named for its type
    ("attachment.jpg"): a spreadsheet, a slide deck, a photo, a calendar invite. Not a picture its HTML shows
    (``cid:``, a signature's logo: no file anyone saved), a signature (PGP, S/MIME) or a plain text that goes on
    with the message's own (``_continued``)."""
    unread = _unread_parts(message)
    if any(part["Content-ID"] for part in unread):  # the HTML read again only for a message with such a part
        shown = set(_CID.findall(" ".join(_part_text(part) for part in message.walk()
                                          if part.get_content_type() == "text/html")))
        unread = [part for part in unread if str(part["Content-ID"] or "").strip().strip("<>") not in shown]
    return [part.get_filename() or f"attachment{mimetypes.guess_extension(part.get_content_type()) or ''}"
            for part in unread]


def _unread_parts(message: EmailMessage) -> list[EmailMessage]:
    """The parts of ``unread_attachments``, pictures its HTML shows among them."""
    unread: list[EmailMessage] = []
    for part in message.iter_attachments() if message.is_multipart() else _single_attachment(message):
        if _read_as(part) is not None or part.get_content_type() in SIGNATURE_TYPES:
            continue
        if part.is_multipart():
            unread += _unread_parts(part)
        elif not _body_text(part):
            unread.append(part)
    return unread


def _body_text(part: EmailMessage) -> bool:
    """Whether ``part`` is a text of no file name that is no attachment: the message's own, not a file."""
    return (part.get_content_type() in _TEXT_FILES and not part.get_filename()
            and part.get_content_disposition() != "attachment")


def _single_attachment(message: EmailMessage) -> list[EmailMessage]:
    """A message of one part that is a file, not text (a scanner's or a system's mail: ``application/pdf``, or
    ``application/octet-stream`` named ``report.txt``), as its one attachment; none for a message of text."""
    return [] if message.get_content_maintype() in ("text", "multipart", "message") else [message]
