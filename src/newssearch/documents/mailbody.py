"""An e-mail message's own text, and the attachments newssearch can read.

The text is the text/plain part, unless an HTML part stands beside it and the plain part is a stub ("View this
e-mail in your browser"), or the message came through a mailing list and its HTML part is a newsletter (the
mailer's plain part keeps the preheader, tracking links and unsubscribe footer): then the HTML part; a newsletter's (laid out in tables) read as a page's body is (its
paragraphs, not its cells, links and logos), any other all its text. Quoted lines of a reply (``> …``, with the
"On … wrote:" line over them) and a signature under ``-- `` at the end are not the article's text.
"""

from __future__ import annotations

import re
from email.message import EmailMessage

from .encoding import decode_declared, decode_text
from .mailalerts import is_alert
from .mailheader import header_text

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
STUB_SHARE = 0.5  # a plain part with fewer words than this share of its HTML part's is a stub
SIGNATURE_LINES = 10  # a "-- " line this near the end opens a signature (further up it is no signature)
# A message sent through a mailing list (a newsletter): its plain part is written by the mailer from its HTML one.
LIST_HEADERS = ("List-Id", "List-Post", "List-Unsubscribe", "Mailing-List")
_LAYOUT_TABLE = re.compile(r"<table\b", re.IGNORECASE)
_SIGNATURE = re.compile(r"^-- ?$")
# The line a reply puts over the lines it quotes, in the languages mail programs write it.
# the verb last ("On … Bob <bob@example.com> wrote:", "Le … a écrit :") or before the name, as German and Dutch put it
# ("Am 07.03.24 um 09:12 schrieb Anna Weber:", "Op … schreef Jan:"); Gmail wraps a long one over two lines.
_ATTRIBUTION = re.compile(r"\b(?:wrote|schrieb|a écrit|escribió|ha scritto|schreef|escreveu)\b[^\n]{0,120}:\s*$",
                          re.IGNORECASE)


def message_text(message: EmailMessage) -> str:
    """The message's own text (see the module), its line ends ``\\n``."""
    plain, page = message.get_body(("plain",)), message.get_body(("html",))
    text = _part_text(plain) if plain is not None else ""
    # An alert's (Google's) list header makes no newsletter of it: its headlines are its text (when no story of it
    # was told apart, as in a layout Google has not used before).
    if page is not None and any(header_text(message, name) for name in LIST_HEADERS) and not is_alert(message):
        body = _newsletter_body(_part_text(page))
        if body:  # a mailing's own plain part keeps its "View this email in your browser", links and footer
            return without_signature(body)
    if page is not None and len(text.split()) < STUB_SHARE * len((html := _page_text(page)).split()):
        text = html
    return without_signature(without_quotes(text.replace("\r\n", "\n").replace("\r", "\n")))


def body_parts(message: EmailMessage) -> tuple[str, str]:
    """The text of the message's HTML part and of its plain part ("" for one it lacks)."""
    page, plain = message.get_body(("html",)), message.get_body(("plain",))
    return (_part_text(page) if page is not None else ""), (_part_text(plain) if plain is not None else "")


def _part_text(part: EmailMessage) -> str:
    """A text part's text: in the charset it names (as a browser reads it: ISO-8859-1 as Windows-1252), else
    as a text file's (UTF-8, else Windows-1252)."""
    raw = part.get_payload(decode=True)
    if not isinstance(raw, bytes):
        return ""
    charset = part.get_content_charset()
    return (decode_declared(raw, charset) if charset else None) or decode_text(raw)


def _page_text(part: EmailMessage) -> str:
    """An HTML part's text: a newsletter's (laid out in tables) its body as the page reader finds it, without
    its links and logos; a message written in a mail program (no table) all its text, line by line, as a
    forwarding note and the header of the message it forwards are written."""
    from .htmltext import html_to_text

    page = _part_text(part)
    return _newsletter_body(page) or html_to_text(page)


def _newsletter_body(page: str) -> str:
    """A newsletter's body (a page laid out in tables) as the page reader finds it; "" for a page of no table."""
    from .html import extract

    return (_LAYOUT_TABLE.search(page) and extract(page).body) or ""


def without_quotes(text: str) -> str:
    """``text`` without the lines a reply quotes (``> …``) and the attribution line over them; a text all quoted
    (a message forwarded so) without the quote marks instead."""
    lines = text.split("\n")
    written = [line for line in lines if line.strip()]
    if not any(line.startswith(">") for line in written):
        return text
    if all(line.startswith(">") for line in written):
        return "\n".join(re.sub(r"^>+ ?", "", line) for line in lines)
    kept: list[str] = []
    for line in lines:
        if not line.startswith(">"):
            kept.append(line)
            continue
        while kept and not kept[-1].strip():
            kept.pop()
        if kept and _ATTRIBUTION.search(kept[-1]):
            kept.pop()
        elif len(kept) > 1 and kept[-1].rstrip().endswith(":") and _ATTRIBUTION.search(f"{kept[-2]} {kept[-1]}"):
            del kept[-2:]
    return "\n".join(kept).strip()


def without_signature(text: str) -> str:
    """``text`` without a signature: a ``-- `` line among the last lines, and what follows it."""
    lines = text.rstrip().split("\n")
    for at in range(len(lines) - 1, max(-1, len(lines) - SIGNATURE_LINES - 2), -1):
        if _SIGNATURE.match(lines[at]):
            return "\n".join(lines[:at]).strip()
    return text.strip()


def attachments(message: EmailMessage) -> list[tuple[str, EmailMessage]]:
    """The message's attachments newssearch reads, with their file names: attached messages (a message
    forwarded as an attachment) and files of a suffix in ``ATTACHMENT_SUFFIXES`` or, whatever their name, of a type in
    ``ATTACHMENT_TYPES`` (named for it: "attachment.pdf"); pictures and others left out."""
    found: list[tuple[str, EmailMessage]] = []
    for part in message.iter_attachments():
        name = part.get_filename() or ""
        if part.get_content_type() == ATTACHED_MESSAGE:
            found.append((name or "message.eml", part))  # type: ignore[arg-type]
        elif any(name.lower().endswith(suffix) for suffix in ATTACHMENT_SUFFIXES):
            found.append((name, part))  # type: ignore[arg-type]
        elif part.get_content_type() in ATTACHMENT_TYPES:
            found.append((f"{name or 'attachment'}{ATTACHMENT_TYPES[part.get_content_type()]}", part))  # type: ignore[arg-type]
        elif part.is_multipart():
            found += attachments(part)  # type: ignore[arg-type]
    return found
