"""MHTML web archives (.mhtml, .mht): a page saved by a browser as one file, its HTML among the parts.

Chrome and Edge save "Webpage, Single File" this way: a MIME message whose first ``text/html`` part is
the page (quoted-printable or base64), with the address it was saved from in ``Snapshot-Content-Location``
or the part's ``Content-Location``. The page is read as any saved HTML page.
"""

from __future__ import annotations

import email
from email.message import Message

from ..errors import UnreadableFile
from .article import ReadResult
from .encoding import unmarked_bytes
from .html import read_html


def read_mhtml(data: bytes, rel: str) -> ReadResult:
    """Read the page inside an MHTML archive as one Article; ``rel`` is its id and path."""
    message = email.message_from_bytes(unmarked_bytes(data))  # a mark had hidden its header: no MIME parts
    if not message.is_multipart():
        raise UnreadableFile("not an MHTML web archive (no MIME parts)")
    page = next((part for part in message.walk() if part.get_content_type() == "text/html"), None)
    if page is None:
        raise UnreadableFile("no HTML page in the MHTML web archive")
    return read_html(page_text(page), rel, saved_from(message, page))


def page_text(part: Message) -> bytes | str:
    """The page's HTML: text when the part names its charset, else bytes for the HTML reader to decode."""
    raw = part.get_payload(decode=True)
    if not isinstance(raw, bytes):
        raise UnreadableFile("the HTML part of the MHTML web archive is empty")
    charset = part.get_content_charset()
    if charset:
        try:
            return raw.decode(charset)
        except (LookupError, UnicodeDecodeError, ValueError):  # a NUL in the name raises ValueError
            pass
    return raw


def saved_from(message: Message, part: Message) -> str | None:
    """The address the page was saved from, if the archive says."""
    for value in (message.get("Snapshot-Content-Location"), part.get("Content-Location")):
        if value and str(value).strip().startswith(("http://", "https://")):
            return str(value).strip()
    return None
